using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Privacy;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Youth;

/// <summary>
/// Registration for an event: consent → (the details of last time, or) full name → age → region → study or work
/// place → phone from the user's own contact → optional motivation → review, where any field can be changed →
/// confirm. Before every step the event must still take registrations.
/// </summary>
internal sealed class RegistrationFlow(ConversationRecord record, YouthContext youth) : Form<RegistrationDraft>(record)
{
    public const string Name = "youth.register";

    private const string UseProfile = "use";

    public override string Flow => Name;

    public override TextKey Title => YouthTexts.RegistrationFlowTitle;

    /// <summary>Starts a registration for an event in the turn's chat.</summary>
    public static void Begin(Turn turn, YouthContext youth, long eventId)
    {
        var flow = new RegistrationFlow(turn.Conversation, youth);
        flow.FreshDraft().EventId = eventId;
        turn.Begin(flow);
    }

    protected override void Define(FormBuilder<RegistrationDraft> form)
    {
        form.Ask("consent", f => YouthTexts.Consent.With(new { @event = Event(f).Title.Show(f.Language) }), Answers.Consent(YouthTexts.ConsentVersion, YouthTexts.AgreeButton), (f, consent) =>
        {
            f.Draft.Consent = consent;
            f.Draft.ProfileAvailable = Profile(f.Turn.User.Id) is not null;
            return Go.Next;
        });
        form.Ask("profile", ProfileQuestion, Answers.Buttons(new Choice(YouthTexts.UseProfileButton, UseProfile), new Choice(YouthTexts.ChangeProfileButton, "change")), TakeProfile)
            .When(d => d.ProfileAvailable)
            .CanGoTo("age", "motivation");
        form.Ask("name", YouthTexts.AskFullName, Answers.Typed(text => Valid(ParticipantInput.FullName(text), YouthTexts.FullNameInvalid)), (d, name) => d.FullName = name)
            .Changes(YouthTexts.ChangeFullNameButton);
        form.Ask("age", f => YouthTexts.AskAge.With(new { min = Event(f).MinAge, max = Event(f).MaxAge }), Answers.Typed(text => ParticipantInput.Age(text) is { } age ? Parsed<int>.Ok(age) : Parsed<int>.Invalid(YouthTexts.AgeNotNumber)), TakeAge)
            .Changes(YouthTexts.ChangeAgeButton);
        form.Ask("region", YouthTexts.AskRegion, Answers.Region(youth.Regions), (d, region) => d.RegionId = region.Id)
            .When(d => d.RegionId is null)
            .Changes(YouthTexts.ChangeRegionButton);
        form.Ask("place", YouthTexts.AskStudyOrWork, Answers.Typed(text => Valid(ParticipantInput.StudyOrWork(text), YouthTexts.StudyOrWorkInvalid)), (d, place) => d.StudyOrWork = place)
            .When(d => d.StudyOrWork is null)
            .Changes(YouthTexts.ChangeStudyOrWorkButton);
        form.Ask("phone", YouthTexts.AskPhone, Answers.Phone(), (d, phone) => d.Phone = phone.Phone)
            .When(d => d.Phone is null)
            .Changes(YouthTexts.ChangePhoneButton);
        form.Ask("motivation", YouthTexts.AskMotivation.With(new { max = ParticipantInput.MaxMotivation }), Answers.Text(1, ParticipantInput.MaxMotivation), (d, text) => d.Motivation = text)
            .Optional(d => d.Motivation = null)
            .Changes(YouthTexts.ChangeMotivationButton);
        form.Reviewed(Review, _ => CommonTexts.Confirm, Submit);
    }

    /// <summary>The event must still take registrations; otherwise says so.</summary>
    protected override bool CanContinue(FormContext<RegistrationDraft> form)
    {
        var youthEvent = youth.Stores.Events.Get(form.Draft.EventId);
        if (youthEvent is not null && youthEvent.AcceptsRegistrations(form.Now.UtcDateTime))
        {
            return true;
        }

        form.Send(new Reply
        {
            Text = YouthTexts.RegistrationClosedNow.With(new { @event = youthEvent?.Title.Show(form.Language) ?? Text.Empty }),
            Buttons = [[new Button(YouthTexts.BackToProgrammes, YouthFeature.ProgrammesData)]],
            RemoveKeyboard = true,
        });
        return false;
    }

    private YouthEvent Event(FormContext<RegistrationDraft> form) => youth.Stores.Events.Get(form.Draft.EventId)!;

    private Text ProfileQuestion(FormContext<RegistrationDraft> form) =>
        Profile(form.Turn.User.Id) is { } profile
            ? YouthTexts.ProfileOffer.With(new
            {
                name = profile.FullName,
                age = profile.Age,
                region = youth.Regions.Find(profile.RegionId)!.Name,
                place = profile.StudyOrWork,
                phone = profile.Phone,
            })
            : YouthTexts.ProfileGone;

    private Go TakeProfile(FormContext<RegistrationDraft> form, string choice)
    {
        if (choice != UseProfile || Profile(form.Turn.User.Id) is not { } profile)
        {
            return Go.Next;
        }

        var draft = form.Draft;
        (draft.FullName, draft.Age, draft.RegionId, draft.StudyOrWork, draft.Phone) = (profile.FullName, profile.Age, profile.RegionId, profile.StudyOrWork, profile.Phone);
        var youthEvent = Event(form);
        return youthEvent.AcceptsAge(profile.Age)
            ? Go.To("motivation")
            : Go.To("age", YouthTexts.ProfileAgeOutsideRange.With(new { age = profile.Age, min = youthEvent.MinAge, max = youthEvent.MaxAge }));
    }

    /// <summary>An age outside the event's range is asked again: it may be a typo, and the user can still cancel.</summary>
    private Go TakeAge(FormContext<RegistrationDraft> form, int age)
    {
        var youthEvent = Event(form);
        if (!youthEvent.AcceptsAge(age))
        {
            return Go.Retry(YouthTexts.AgeOutOfRange.With(new { min = youthEvent.MinAge, max = youthEvent.MaxAge }));
        }

        form.Draft.Age = age;
        return Go.Next;
    }

    private Text Review(FormContext<RegistrationDraft> form)
    {
        var draft = form.Draft;
        return YouthTexts.Review.With(new
        {
            @event = YouthScreens.Summary(Event(form), form.Language),
            name = draft.FullName ?? string.Empty,
            age = draft.Age ?? 0,
            region = youth.Regions.Find(draft.RegionId)?.Name ?? (object)string.Empty,
            place = draft.StudyOrWork ?? string.Empty,
            phone = draft.Phone ?? string.Empty,
            motivation = draft.Motivation is { } motivation ? Text.Plain(motivation) : YouthTexts.NotGiven,
        });
    }

    /// <summary>Registers the participant: re-checks, takes a seat or a waitlist place, remembers the details.</summary>
    private Go Submit(FormContext<RegistrationDraft> form)
    {
        var turn = form.Turn;
        var draft = form.Draft;
        var now = turn.Now.UtcDateTime;
        var youthEvent = Event(form);
        if (youth.Roster.ActiveFor(youthEvent.Id, turn.User.Id) is { } existing)
        {
            YouthFeature.ShowAlreadyRegistered(turn, youth, existing, youthEvent);
            return Go.Done;
        }

        if (draft.Age is not { } age || !youthEvent.AcceptsAge(age))
        {
            return Go.Retry(YouthTexts.AgeOutOfRange.With(new { min = youthEvent.MinAge, max = youthEvent.MaxAge }));
        }

        var registration = youth.Roster.Register(youthEvent, new Registration
        {
            UserId = turn.User.Id,
            Language = turn.Language,
            FullName = draft.FullName!,
            Age = age,
            RegionId = draft.RegionId!,
            StudyOrWork = draft.StudyOrWork!,
            Phone = draft.Phone!,
            Motivation = draft.Motivation,
            ConsentUtc = draft.Consent?.AtUtc ?? now,
            ConsentVersion = draft.Consent?.Version ?? YouthTexts.ConsentVersion,
        }, now);
        if (draft.Consent is { } consent)
        {
            turn.RecordConsent(ConsentScopes.YouthRegistration, consent, ConsentScopes.YouthRegistrationCovers, youthEvent.Title.Best(turn.Language).Value, registration.Id);
        }

        youth.Stores.Profiles.Save(new ParticipantProfile
        {
            Id = turn.User.Id,
            FullName = registration.FullName,
            Age = registration.Age,
            RegionId = registration.RegionId,
            StudyOrWork = registration.StudyOrWork,
            Phone = registration.Phone,
            UpdatedUtc = now,
        });
        YouthFeature.ShowOutcome(turn, youth, registration, youthEvent);
        return Go.Done;
    }

    private ParticipantProfile? Profile(long userId) =>
        youth.Stores.Profiles.Get(userId) is { } profile
        && ParticipantInput.FullName(profile.FullName) is not null
        && profile.Age > 0
        && youth.Regions.Find(profile.RegionId) is not null
        && profile.StudyOrWork.Length > 0
        && profile.Phone.Length > 1
            ? profile
            : null;

    private static Parsed<string> Valid(string? value, Text hint) => value is null ? Parsed<string>.Invalid(hint) : Parsed<string>.Ok(value);
}
