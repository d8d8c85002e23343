using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Stateless;

namespace Senate.Bot.Domain.Youth;

/// <summary>
/// Registration for an event: consent → (the details of last time, or) full name → age → region → study or work
/// place → phone from the user's own contact → optional motivation → review, where any field can be changed →
/// confirm. Every step takes only what it asks for and explains anything else; every step first checks that the
/// event still takes registrations.
/// </summary>
internal sealed class RegistrationFlow : Conversation<RegistrationDraft>
{
    public const string Name = "youth.register";

    private const string Agree = "agree";
    private const string CancelData = "cancel";
    private const string UseData = "use";
    private const string ChangeData = "change";
    private const string SkipData = "skip";
    private const string ConfirmData = "confirm";
    private const string RegionPrefix = "r:";
    private const string EditPrefix = "edit:";

    private readonly YouthContext _youth;
    private readonly StateMachine<State, Trigger> _machine;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<Turn> _confirm;

    public RegistrationFlow(ConversationRecord record, YouthContext youth)
        : base(record)
    {
        _youth = youth;
        _machine = CreateMachine<State, Trigger>(State.Consent);
        _confirm = _machine.SetTriggerParameters<Turn>(Trigger.Confirm);
        Configure();
    }

    private enum State
    {
        Consent,
        Profile,
        FullName,
        Age,
        Region,
        StudyOrWork,
        Phone,
        Motivation,
        Review,
    }

    private enum Trigger
    {
        Agree,
        UseProfile,
        ChangeProfile,
        Next,
        ChangeFullName,
        ChangeAge,
        ChangeRegion,
        ChangeStudyOrWork,
        ChangePhone,
        ChangeMotivation,
        Confirm,
    }

    public override string Flow => Name;

    public override TextKey Title => YouthTexts.RegistrationFlowTitle;

    /// <summary>Starts a registration for an event in the turn's chat.</summary>
    public static void Begin(Turn turn, YouthContext youth, long eventId)
    {
        // The base constructor reads the record's draft, which still belongs to the flow being replaced (if any).
        turn.Conversation.Draft = string.Empty;
        var flow = new RegistrationFlow(turn.Conversation, youth);
        flow.Draft.EventId = eventId;
        turn.Begin(flow);
    }

    public override void Start(Turn turn)
    {
        SetState(nameof(State.Consent));
        Prompt(turn);
    }

    public override void Prompt(Turn turn)
    {
        if (OpenEvent(turn) is not null)
        {
            Ask(turn, null);
        }
    }

    public override void Handle(Turn turn, Input input)
    {
        if (OpenEvent(turn) is not { } youthEvent)
        {
            return;
        }

        if (input is ButtonInput { Data: CancelData })
        {
            turn.End();
            turn.Send(new Reply { Text = CommonTexts.Cancelled.With(Title), RemoveKeyboard = true });
            turn.ShowMenu();
            return;
        }

        var hint = _machine.State switch
        {
            State.Consent => OnConsent(turn, input),
            State.Profile => OnProfile(turn, youthEvent, input),
            State.FullName => OnFullName(input),
            State.Age => OnAge(turn, youthEvent, input),
            State.Region => OnRegion(input),
            State.StudyOrWork => OnStudyOrWork(input),
            State.Phone => OnPhone(turn, input),
            State.Motivation => OnMotivation(input),
            _ => OnReview(turn, input),
        };

        if (turn.Conversation.IsActive && turn.Conversation.Flow == Name)
        {
            Ask(turn, hint);
        }
    }

    private void Configure()
    {
        bool Reviewing() => Draft.Reviewing;
        bool AgeFits() => Draft.Age is { } age && _youth.Stores.Events.Get(Draft.EventId)?.AcceptsAge(age) == true;

        _machine.Configure(State.Consent)
            .PermitIf(Trigger.Agree, State.Profile, () => Draft.ProfileAvailable)
            .PermitIf(Trigger.Agree, State.FullName, () => !Draft.ProfileAvailable);
        _machine.Configure(State.Profile)
            .PermitIf(Trigger.UseProfile, State.Motivation, AgeFits)
            .PermitIf(Trigger.UseProfile, State.Age, () => !AgeFits())
            .Permit(Trigger.ChangeProfile, State.FullName);
        _machine.Configure(State.FullName)
            .PermitIf(Trigger.Next, State.Age, () => !Reviewing())
            .PermitIf(Trigger.Next, State.Review, Reviewing);
        _machine.Configure(State.Age)
            .PermitIf(Trigger.Next, State.Region, () => !Reviewing() && Draft.RegionId is null)
            .PermitIf(Trigger.Next, State.Motivation, () => !Reviewing() && Draft.RegionId is not null)
            .PermitIf(Trigger.Next, State.Review, Reviewing);
        _machine.Configure(State.Region)
            .PermitIf(Trigger.Next, State.StudyOrWork, () => !Reviewing())
            .PermitIf(Trigger.Next, State.Review, Reviewing);
        _machine.Configure(State.StudyOrWork)
            .PermitIf(Trigger.Next, State.Phone, () => !Reviewing())
            .PermitIf(Trigger.Next, State.Review, Reviewing);
        _machine.Configure(State.Phone)
            .PermitIf(Trigger.Next, State.Motivation, () => !Reviewing())
            .PermitIf(Trigger.Next, State.Review, Reviewing);
        _machine.Configure(State.Motivation)
            .Permit(Trigger.Next, State.Review);
        _machine.Configure(State.Review)
            .OnEntry(() => Draft.Reviewing = true)
            .Permit(Trigger.ChangeFullName, State.FullName)
            .Permit(Trigger.ChangeAge, State.Age)
            .Permit(Trigger.ChangeRegion, State.Region)
            .Permit(Trigger.ChangeStudyOrWork, State.StudyOrWork)
            .Permit(Trigger.ChangePhone, State.Phone)
            .Permit(Trigger.ChangeMotivation, State.Motivation)
            .InternalTransition(_confirm, (turn, _) => Submit(turn));
    }

    /// <summary>The event if it still takes registrations; otherwise says so and ends the flow.</summary>
    private YouthEvent? OpenEvent(Turn turn)
    {
        var youthEvent = _youth.Stores.Events.Get(Draft.EventId);
        if (youthEvent is not null && youthEvent.AcceptsRegistrations(turn.Now.UtcDateTime))
        {
            return youthEvent;
        }

        turn.End();
        turn.Send(new Reply
        {
            Text = YouthTexts.RegistrationClosedNow.With(youthEvent?.Title.Show(turn.Language) ?? (Text)YouthTexts.Empty),
            RemoveKeyboard = true,
        });
        return null;
    }

    private Text? OnConsent(Turn turn, Input input)
    {
        if (input is not ButtonInput { Data: Agree })
        {
            return Unusable(input, YouthTexts.ConsentUseButtons);
        }

        Draft.ConsentUtc = turn.Now.UtcDateTime;
        Draft.ProfileAvailable = Profile(turn.User.Id) is not null;
        _machine.Fire(Trigger.Agree);
        return null;
    }

    private Text? OnProfile(Turn turn, YouthEvent youthEvent, Input input)
    {
        switch (input)
        {
            case ButtonInput { Data: UseData } when Profile(turn.User.Id) is { } profile:
                Draft.FullName = profile.FullName;
                Draft.Age = profile.Age;
                Draft.RegionId = profile.RegionId;
                Draft.StudyOrWork = profile.StudyOrWork;
                Draft.Phone = profile.Phone;
                var fits = youthEvent.AcceptsAge(profile.Age);
                _machine.Fire(Trigger.UseProfile);
                return fits ? null : YouthTexts.ProfileAgeOutsideRange.With(profile.Age, youthEvent.MinAge, youthEvent.MaxAge);
            case ButtonInput { Data: UseData or ChangeData }:
                _machine.Fire(Trigger.ChangeProfile);
                return null;
            default:
                return Unusable(input, YouthTexts.ProfileUseButtons);
        }
    }

    private Text? OnFullName(Input input)
    {
        if (input is not TextInput text)
        {
            return Unusable(input, YouthTexts.FullNameInvalid);
        }

        if (ParticipantInput.FullName(text.Text) is not { } name)
        {
            return YouthTexts.FullNameInvalid;
        }

        Draft.FullName = name;
        _machine.Fire(Trigger.Next);
        return null;
    }

    private Text? OnAge(Turn turn, YouthEvent youthEvent, Input input)
    {
        if (input is not TextInput text)
        {
            return Unusable(input, YouthTexts.AgeNotNumber);
        }

        if (ParticipantInput.Age(text.Text) is not { } age)
        {
            return YouthTexts.AgeNotNumber;
        }

        if (!youthEvent.AcceptsAge(age))
        {
            RefuseAge(turn, youthEvent);
            return null;
        }

        Draft.Age = age;
        _machine.Fire(Trigger.Next);
        return null;
    }

    private Text? OnRegion(Input input)
    {
        if (input is ButtonInput { Data: var data } && data.StartsWith(RegionPrefix, StringComparison.Ordinal)
            && _youth.Regions.Find(data[RegionPrefix.Length..]) is { } region)
        {
            Draft.RegionId = region.Id;
            _machine.Fire(Trigger.Next);
            return null;
        }

        return Unusable(input, YouthTexts.RegionUseButtons);
    }

    private Text? OnStudyOrWork(Input input)
    {
        if (input is not TextInput text)
        {
            return Unusable(input, YouthTexts.StudyOrWorkInvalid);
        }

        if (ParticipantInput.StudyOrWork(text.Text) is not { } value)
        {
            return YouthTexts.StudyOrWorkInvalid;
        }

        Draft.StudyOrWork = value;
        _machine.Fire(Trigger.Next);
        return null;
    }

    private Text? OnPhone(Turn turn, Input input)
    {
        switch (input)
        {
            case ContactInput contact when contact.UserId != turn.User.Id:
                return YouthTexts.PhoneNotYours;
            case ContactInput contact:
                Draft.Phone = ParticipantInput.Phone(contact.PhoneNumber);
                turn.Send(new Reply { Text = YouthTexts.PhoneSaved, RemoveKeyboard = true });
                _machine.Fire(Trigger.Next);
                return null;
            default:
                return Unusable(input, YouthTexts.PhoneUseButton);
        }
    }

    private Text? OnMotivation(Input input)
    {
        switch (input)
        {
            case ButtonInput { Data: SkipData }:
                Draft.Motivation = null;
                break;
            case TextInput { Text: var text } when text.Trim().Length > ParticipantInput.MaxMotivation:
                return YouthTexts.MotivationTooLong.With(ParticipantInput.MaxMotivation, text.Trim().Length);
            case TextInput { Text: var text } when text.Trim().Length > 0:
                Draft.Motivation = text.Trim();
                break;
            default:
                return Unusable(input, YouthTexts.MotivationHint);
        }

        _machine.Fire(Trigger.Next);
        return null;
    }

    private Text? OnReview(Turn turn, Input input)
    {
        Trigger? change = input switch
        {
            ButtonInput { Data: EditPrefix + "name" } => Trigger.ChangeFullName,
            ButtonInput { Data: EditPrefix + "age" } => Trigger.ChangeAge,
            ButtonInput { Data: EditPrefix + "region" } => Trigger.ChangeRegion,
            ButtonInput { Data: EditPrefix + "place" } => Trigger.ChangeStudyOrWork,
            ButtonInput { Data: EditPrefix + "phone" } => Trigger.ChangePhone,
            ButtonInput { Data: EditPrefix + "motivation" } => Trigger.ChangeMotivation,
            _ => null,
        };
        if (change is { } trigger)
        {
            _machine.Fire(trigger);
            return null;
        }

        if (input is ButtonInput { Data: ConfirmData })
        {
            _machine.Fire(_confirm, turn);
            return null;
        }

        return Unusable(input, YouthTexts.ReviewUseButtons);
    }

    /// <summary>Registers the participant: re-checks, takes a seat or a waitlist place, remembers the details.</summary>
    private void Submit(Turn turn)
    {
        var now = turn.Now.UtcDateTime;
        var youthEvent = _youth.Stores.Events.Get(Draft.EventId)!;
        if (_youth.Roster.ActiveFor(youthEvent.Id, turn.User.Id) is { } existing)
        {
            turn.End();
            YouthFeature.ShowAlreadyRegistered(turn, _youth, existing, youthEvent);
            return;
        }

        if (Draft.Age is not { } age || !youthEvent.AcceptsAge(age))
        {
            RefuseAge(turn, youthEvent);
            return;
        }

        var registration = _youth.Roster.Register(youthEvent, new Registration
        {
            UserId = turn.User.Id,
            Language = turn.Language,
            FullName = Draft.FullName!,
            Age = age,
            RegionId = Draft.RegionId!,
            StudyOrWork = Draft.StudyOrWork!,
            Phone = Draft.Phone!,
            Motivation = Draft.Motivation,
            ConsentUtc = Draft.ConsentUtc ?? now,
            ConsentVersion = YouthTexts.ConsentVersion,
        }, now);
        _youth.Stores.Profiles.Save(new ParticipantProfile
        {
            Id = turn.User.Id,
            FullName = registration.FullName,
            Age = registration.Age,
            RegionId = registration.RegionId,
            StudyOrWork = registration.StudyOrWork,
            Phone = registration.Phone,
            UpdatedUtc = now,
        });
        turn.End();
        YouthFeature.ShowOutcome(turn, _youth, registration, youthEvent);
    }

    private static void RefuseAge(Turn turn, YouthEvent youthEvent)
    {
        turn.End();
        turn.Send(new Reply
        {
            Text = YouthTexts.AgeOutOfRange.With(youthEvent.MinAge, youthEvent.MaxAge),
            Buttons = [[new Button(YouthTexts.BackToProgrammes, YouthFeature.ProgrammesData)]],
        });
    }

    private ParticipantProfile? Profile(long userId) =>
        _youth.Stores.Profiles.Get(userId) is { } profile
        && ParticipantInput.FullName(profile.FullName) is not null
        && profile.Age > 0
        && _youth.Regions.Find(profile.RegionId) is not null
        && profile.StudyOrWork.Length > 0
        && profile.Phone.Length > 1
            ? profile
            : null;

    /// <summary>The hint for an input a step cannot use: a message type it never takes, or what it wants instead.</summary>
    private static Text Unusable(Input input, Text wanted) =>
        input is UnsupportedInput or PhotoInput or DocumentInput or LocationInput
            ? YouthTexts.HintThenQuestion.With(CommonTexts.UnsupportedMessage, wanted)
            : wanted;

    private void Ask(Turn turn, Text? hint)
    {
        var youthEvent = _youth.Stores.Events.Get(Draft.EventId)!;
        var language = turn.Language;
        if (_machine.State == State.Profile && Profile(turn.User.Id) is null)
        {
            // The remembered details are gone (erased at the user's request): ask for them anew.
            _machine.Fire(Trigger.ChangeProfile);
        }

        (Text Question, IReadOnlyList<IReadOnlyList<Button>> Buttons, Keyboard? Keyboard) step = _machine.State switch
        {
            State.Consent => (
                YouthTexts.Consent.With(youthEvent.Title.Show(language)),
                Rows([StepButton(YouthTexts.AgreeButton, Agree)], [StepButton(CommonTexts.CancelButton, CancelData)]),
                null),
            State.Profile => (ProfileOffer(Profile(turn.User.Id)!), Rows([StepButton(YouthTexts.UseProfileButton, UseData)], [StepButton(YouthTexts.ChangeProfileButton, ChangeData)]), null),
            State.FullName => (YouthTexts.AskFullName, Rows(), null),
            State.Age => (YouthTexts.AskAge.With(youthEvent.MinAge, youthEvent.MaxAge), Rows(), null),
            State.Region => (
                YouthTexts.AskRegion,
                YouthScreens.Grid(_youth.Regions.All.Select(r => StepButton(CommonTexts.Plain.With(r.Name), RegionPrefix + r.Id)), 2),
                null),
            State.StudyOrWork => (YouthTexts.AskStudyOrWork, Rows(), null),
            State.Phone => (YouthTexts.AskPhone, Rows(), new Keyboard([[new Key(YouthTexts.SharePhoneKey, KeyRequest.Contact)]])),
            State.Motivation => (YouthTexts.AskMotivation.With(ParticipantInput.MaxMotivation), Rows([StepButton(CommonTexts.Skip, SkipData)]), null),
            _ => (Review(youthEvent, language), ReviewButtons(), null),
        };
        turn.Send(new Reply
        {
            Text = hint is null ? step.Question : YouthTexts.HintThenQuestion.With(hint, step.Question),
            Buttons = step.Buttons,
            Keyboard = step.Keyboard,
        });
    }

    private Text ProfileOffer(ParticipantProfile profile) =>
        YouthTexts.ProfileOffer.With(profile.FullName, profile.Age, _youth.Regions.Find(profile.RegionId)!.Name, profile.StudyOrWork, profile.Phone);

    private Text Review(YouthEvent youthEvent, Language language) =>
        YouthTexts.Review.With(
            YouthScreens.Summary(youthEvent, language),
            Draft.FullName ?? string.Empty,
            Draft.Age ?? 0,
            _youth.Regions.Find(Draft.RegionId)?.Name ?? (object)string.Empty,
            Draft.StudyOrWork ?? string.Empty,
            Draft.Phone ?? string.Empty,
            Draft.Motivation is { } motivation ? CommonTexts.Plain.With(motivation) : YouthTexts.NotGiven);

    private IReadOnlyList<IReadOnlyList<Button>> ReviewButtons() =>
    [
        [StepButton(YouthTexts.ChangeFullNameButton, EditPrefix + "name"), StepButton(YouthTexts.ChangeAgeButton, EditPrefix + "age")],
        [StepButton(YouthTexts.ChangeRegionButton, EditPrefix + "region"), StepButton(YouthTexts.ChangeStudyOrWorkButton, EditPrefix + "place")],
        [StepButton(YouthTexts.ChangePhoneButton, EditPrefix + "phone"), StepButton(YouthTexts.ChangeMotivationButton, EditPrefix + "motivation")],
        [StepButton(CommonTexts.Confirm, ConfirmData)],
        [StepButton(CommonTexts.CancelButton, CancelData)],
    ];

    private static IReadOnlyList<Button>[] Rows(params IReadOnlyList<Button>[] rows) => rows;
}
