using System.Globalization;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Youth;

/// <summary>
/// Staff create an event (programme → title in kk, ru, en, each optional but at least one → start → place or
/// link → capacity → age range → registration deadline → review → create) or change one (straight to the review,
/// where any field can be changed → save). The editor role is checked again at every input.
/// </summary>
internal sealed class EventEditorFlow(ConversationRecord record, YouthContext youth) : Form<EventDraft>(record)
{
    public const string Name = "youth.event";

    public override string Flow => Name;

    public override TextKey Title => Draft.EventId is null ? YouthTexts.NewEventFlowTitle : YouthTexts.EditEventFlowTitle;

    protected override bool StartsAtReview => Draft.EventId is not null;

    /// <summary>Starts creating a new event.</summary>
    public static void BeginNew(Turn turn, YouthContext youth)
    {
        var flow = new EventEditorFlow(turn.Conversation, youth);
        flow.FreshDraft();
        turn.Begin(flow);
    }

    /// <summary>Starts changing an event: its fields are copied into the draft and the review is shown.</summary>
    public static void BeginEdit(Turn turn, YouthContext youth, YouthEvent youthEvent)
    {
        var flow = new EventEditorFlow(turn.Conversation, youth);
        var draft = flow.FreshDraft();
        draft.EventId = youthEvent.Id;
        draft.ProgrammeId = youthEvent.ProgrammeId;
        (draft.TitleKk, draft.TitleRu, draft.TitleEn) = (youthEvent.Title.In(Language.Kk), youthEvent.Title.In(Language.Ru), youthEvent.Title.In(Language.En));
        (draft.StartUtc, draft.Place, draft.OnlineUrl) = (youthEvent.StartUtc, youthEvent.Place, youthEvent.OnlineUrl);
        (draft.Capacity, draft.MinAge, draft.MaxAge) = (youthEvent.Capacity, youthEvent.MinAge, youthEvent.MaxAge);
        draft.DeadlineUtc = youthEvent.RegistrationDeadlineUtc;
        turn.Begin(flow);
    }

    protected override void Define(FormBuilder<EventDraft> form)
    {
        form.Ask("programme", YouthTexts.AskProgramme, ProgrammeAnswer, (d, programme) => d.ProgrammeId = programme.Id)
            .Changes(YouthTexts.ChangeProgrammeButton);
        TitleStep(form, "titleKk", YouthTexts.AskTitleKk, d => d.TitleKk, (d, t) => d.TitleKk = t)
            .Changes(YouthTexts.ChangeTitleButton);
        TitleStep(form, "titleRu", YouthTexts.AskTitleRu, d => d.TitleRu, (d, t) => d.TitleRu = t);
        TitleStep(form, "titleEn", YouthTexts.AskTitleEn, d => d.TitleEn, (d, t) => d.TitleEn = t)
            .CanGoTo("titleKk");
        form.Ask("start", f => WithCurrent(YouthTexts.AskStart.With(new { example = YouthScreens.Utc(f.Now.UtcDateTime.AddDays(7)) }), f.Draft.StartUtc is { } s ? CommonTexts.DateTime.With(new { value = YouthScreens.Utc(s) }) : null), DateAnswer, TakeStart)
            .Changes(YouthTexts.ChangeStartButton);
        form.Ask("place", f => WithCurrent(YouthTexts.AskPlace, f.Draft.OnlineUrl ?? f.Draft.Place), Answers.Typed(PlaceOrLink), (d, where) => (d.Place, d.OnlineUrl) = where)
            .Changes(YouthTexts.ChangePlaceButton);
        form.Ask("capacity", f => WithCurrent(YouthTexts.AskCapacity.With(new { max = StaffInput.MaxCapacity }), f.Draft.Capacity?.ToString(CultureInfo.InvariantCulture)), Answers.Typed(text => StaffInput.Capacity(text) is { } capacity ? Parsed<int>.Ok(capacity) : Parsed<int>.Invalid(YouthTexts.CapacityInvalid.With(new { max = StaffInput.MaxCapacity }))), (d, capacity) => d.Capacity = capacity)
            .Changes(YouthTexts.ChangeCapacityButton);
        form.Ask("ages", f => WithCurrent(YouthTexts.AskAges, f.Draft.MinAge is { } min ? AgeRange(min, f.Draft.MaxAge ?? min) : null), Answers.Typed(text => StaffInput.Ages(text) is { } ages ? Parsed<(int Min, int Max)>.Ok(ages) : Parsed<(int Min, int Max)>.Invalid(YouthTexts.AgesInvalid)), (d, ages) => (d.MinAge, d.MaxAge) = ages)
            .Or(_ => Text.Plain(AgeRange(youth.Settings.DefaultMinAge, youth.Settings.DefaultMaxAge)), f =>
            {
                (f.Draft.MinAge, f.Draft.MaxAge) = (youth.Settings.DefaultMinAge, youth.Settings.DefaultMaxAge);
                return Go.Next;
            })
            .Changes(YouthTexts.ChangeAgesButton);
        form.Ask("deadline", f => WithCurrent(YouthTexts.AskDeadline.With(new { start = YouthScreens.Utc(f.Draft.StartUtc!.Value) }), f.Draft.DeadlineUtc is { } d ? CommonTexts.DateTime.With(new { value = YouthScreens.Utc(d) }) : null), DateAnswer, TakeDeadline)
            .Or(YouthTexts.DeadlineAtStartButton, f => TakeDeadline(f, f.Draft.StartUtc!.Value))
            .Changes(YouthTexts.ChangeDeadlineButton);
        form.Reviewed(Review, f => f.Draft.EventId is null ? YouthTexts.CreateEventButton : YouthTexts.SaveEventButton, Save);
    }

    /// <summary>Only editors may go on.</summary>
    protected override bool CanContinue(FormContext<EventDraft> form)
    {
        if (form.Turn.Can(StaffRole.Editor))
        {
            return true;
        }

        form.Say(CommonTexts.NotAllowed);
        return false;
    }

    private Answer<Programme> ProgrammeAnswer => Answers.Choice<Programme>(
        _ => [.. youth.Programmes.All.Select(p => (IReadOnlyList<Programme>)[p])],
        p => "p:" + p.Id,
        p => Text.Plain(p.Name));

    private Answer<DateTime> DateAnswer => StaffInput.LocalTimeAnswer(youth.Settings.TimeZone, YouthTexts.DateInvalid);

    /// <summary>A title step: text, "keep" while it has one, and "without this language"; the last one checks that some title was given.</summary>
    private static StepBuilder<EventDraft> TitleStep(FormBuilder<EventDraft> form, string name, TextKey question, Func<EventDraft, string?> current, Action<EventDraft, string?> set)
    {
        Go Then(FormContext<EventDraft> f) =>
            name == "titleEn" && f.Draft.TitleKk is null && f.Draft.TitleRu is null && f.Draft.TitleEn is null
                ? Go.To("titleKk", YouthTexts.TitleNeeded)
                : Go.Next;

        return form.Ask(name, f => WithCurrent(question, current(f.Draft)), Answers.Typed(text => StaffInput.Title(text) is { } title ? Parsed<string>.Ok(title) : Parsed<string>.Invalid(YouthTexts.TitleInvalid.With(new { max = StaffInput.MaxTitle }))), (f, title) =>
            {
                set(f.Draft, title);
                return Then(f);
            })
            .Or(f => current(f.Draft) is null ? null : YouthTexts.KeepButton, Then)
            .Or(YouthTexts.SkipLanguageButton, f =>
            {
                set(f.Draft, null);
                return Then(f);
            });
    }

    private static Parsed<(string? Place, string? Link)> PlaceOrLink(string text) =>
        StaffInput.Link(text) is { } link ? Parsed<(string?, string?)>.Ok((null, link))
        : StaffInput.Place(text) is { } place ? Parsed<(string?, string?)>.Ok((place, null))
        : Parsed<(string?, string?)>.Invalid(YouthTexts.PlaceInvalid);

    private static Go TakeStart(FormContext<EventDraft> form, DateTime start)
    {
        if (start <= form.Now.UtcDateTime)
        {
            return Go.Retry(YouthTexts.StartInPast);
        }

        form.Draft.StartUtc = start;
        if (form.Draft.DeadlineUtc is { } deadline && deadline > start)
        {
            form.Draft.DeadlineUtc = start;
            form.Say(YouthTexts.DeadlineMovedToStart.With(new { start = YouthScreens.Utc(start) }));
        }

        return Go.Next;
    }

    private static Go TakeDeadline(FormContext<EventDraft> form, DateTime deadline)
    {
        var start = form.Draft.StartUtc!.Value;
        if (deadline <= form.Now.UtcDateTime || deadline > start)
        {
            return Go.Retry(YouthTexts.DeadlineInvalid.With(new { start = YouthScreens.Utc(start) }));
        }

        form.Draft.DeadlineUtc = deadline;
        return Go.Next;
    }

    private static string AgeRange(int min, int max) => string.Create(CultureInfo.InvariantCulture, $"{min}–{max}");

    /// <summary>A question with the value the field has now under it (while changing an event).</summary>
    private static Text WithCurrent(Text question, object? current) =>
        Text.Paragraphs(question, current is null ? null : YouthTexts.CurrentValue.With(new { value = current }));

    private Text Review(FormContext<EventDraft> form)
    {
        var draft = form.Draft;
        Text Or(string? value) => value is null ? YouthTexts.NotGiven : Text.Plain(value);
        return YouthTexts.EventReview.With(new
        {
            programme = youth.Programmes.Find(draft.ProgrammeId)?.Name ?? (object)string.Empty,
            kk = Or(draft.TitleKk),
            ru = Or(draft.TitleRu),
            en = Or(draft.TitleEn),
            start = YouthScreens.Utc(draft.StartUtc!.Value),
            where = draft.OnlineUrl is { } url ? YouthTexts.WhereOnline.With(new { url }) : YouthTexts.WherePlace.With(new { place = draft.Place ?? string.Empty }),
            capacity = draft.Capacity ?? 0,
            ages = AgeRange(draft.MinAge ?? 0, draft.MaxAge ?? 0),
            deadline = YouthScreens.Utc(draft.DeadlineUtc!.Value),
        });
    }

    /// <summary>Creates the event, or saves the changes and tells whom they concern.</summary>
    private Go Save(FormContext<EventDraft> form)
    {
        var turn = form.Turn;
        var now = turn.Now.UtcDateTime;

        // Time may have passed while the draft waited. A changed event may keep a deadline that has passed
        // (registration stays closed), but nothing is saved for an event that has started.
        if (Draft.StartUtc <= now || (Draft.EventId is null && Draft.DeadlineUtc <= now))
        {
            return Go.Retry(YouthTexts.DatesPassed);
        }

        if (Draft.EventId is not { } id)
        {
            var created = new YouthEvent { Status = EventStatus.Open, CreatedUtc = now, CreatedBy = turn.User.Id };
            Apply(created, now);
            youth.Stores.Events.Insert(created);
            turn.Audit(AuditAction.EventChanged, AuditSubjects.Event(created.Id), EventAudit.Created);
            turn.Send(new Reply
            {
                Text = YouthTexts.EventCreated.With(new { id = created.Id, link = YouthStaffFeature.Link(youth, created) }),
                Buttons = [[new Button(YouthTexts.StaffEventCardButton, YouthStaffFeature.EventData(created.Id))]],
            });
            return Go.Done;
        }

        if (youth.Stores.Events.Get(id) is not { Status: not EventStatus.Cancelled } youthEvent)
        {
            turn.Say(YouthTexts.EventNotEditable);
            return Go.Done;
        }

        var moved = youthEvent.StartUtc != Draft.StartUtc || youthEvent.Place != Draft.Place || youthEvent.OnlineUrl != Draft.OnlineUrl;
        var startChanged = youthEvent.StartUtc != Draft.StartUtc;
        Apply(youthEvent, now);
        youth.Stores.Events.Update(youthEvent);
        turn.Audit(AuditAction.EventChanged, AuditSubjects.Event(youthEvent.Id), EventAudit.Edited);

        var active = youth.Stores.Registrations.ByEvent(youthEvent.Id).Where(r => r.IsActive).ToList();
        var told = 0;
        if (moved)
        {
            foreach (var registration in active)
            {
                if (startChanged)
                {
                    // Reminders count from the new start.
                    registration.RemindersSent.Clear();
                    youth.Stores.Registrations.Update(registration);
                }

                turn.Send(new Reply
                {
                    ChatId = registration.UserId,
                    Language = registration.Language,
                    Text = YouthTexts.EventChangedNotice.With(new { @event = YouthScreens.Summary(youthEvent, registration.Language) }),
                    Buttons = [[new Button(YouthTexts.MyRegistrationButton, YouthFeature.RegistrationData(registration.Id))]],
                });
                told++;
            }
        }

        var promoted = youth.Roster.FillSeats(youthEvent, now);
        turn.Say(YouthTexts.EventSaved.With(new { id = youthEvent.Id, told, promoted = promoted.Count }), [[new Button(YouthTexts.StaffEventCardButton, YouthStaffFeature.EventData(youthEvent.Id))]]);
        var confirmed = youth.Roster.Count(youthEvent.Id).Confirmed;
        if (confirmed > youthEvent.Capacity)
        {
            turn.Say(YouthTexts.CapacityBelowConfirmed.With(new { confirmed, capacity = youthEvent.Capacity }));
        }

        foreach (var registration in promoted)
        {
            turn.Send(YouthScreens.Promoted(registration, youthEvent));
        }

        return Go.Done;
    }

    private void Apply(YouthEvent youthEvent, DateTime now)
    {
        youthEvent.ProgrammeId = Draft.ProgrammeId!;
        youthEvent.Title = new EventTitle { Kk = Draft.TitleKk, Ru = Draft.TitleRu, En = Draft.TitleEn };
        youthEvent.StartUtc = Draft.StartUtc!.Value;
        youthEvent.Place = Draft.Place;
        youthEvent.OnlineUrl = Draft.OnlineUrl;
        youthEvent.Capacity = Draft.Capacity!.Value;
        youthEvent.MinAge = Draft.MinAge!.Value;
        youthEvent.MaxAge = Draft.MaxAge!.Value;
        youthEvent.RegistrationDeadlineUtc = Draft.DeadlineUtc!.Value;
        youthEvent.UpdatedUtc = now;
    }

}
