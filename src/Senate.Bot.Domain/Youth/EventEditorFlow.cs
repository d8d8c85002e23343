using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using Stateless;

namespace Senate.Bot.Domain.Youth;

/// <summary>
/// Staff create an event (programme → title in kk, ru, en, each optional but at least one → start → place or
/// link → capacity → age range → registration deadline → review → create) or edit one (straight to the review,
/// where any field can be changed → save). The editor role is re-checked at every input.
/// </summary>
internal sealed class EventEditorFlow : Conversation<EventDraft>
{
    public const string Name = "youth.event";

    private const string SkipData = "skip";
    private const string KeepData = "keep";
    private const string DefaultData = "default";
    private const string AtStartData = "start";
    private const string SaveData = "save";
    private const string CancelData = "cancel";
    private const string ProgrammePrefix = "p:";
    private const string EditPrefix = "edit:";

    private readonly YouthContext _youth;
    private readonly StateMachine<State, Trigger> _machine;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<Turn> _save;

    public EventEditorFlow(ConversationRecord record, YouthContext youth)
        : base(record)
    {
        _youth = youth;
        _machine = CreateMachine<State, Trigger>(State.Programme);
        _save = _machine.SetTriggerParameters<Turn>(Trigger.Save);
        Configure();
    }

    private enum State
    {
        Programme,
        TitleKk,
        TitleRu,
        TitleEn,
        Start,
        Place,
        Capacity,
        Ages,
        Deadline,
        Review,
    }

    private enum Trigger
    {
        Next,
        TitleMissing,
        ChangeProgramme,
        ChangeTitle,
        ChangeStart,
        ChangePlace,
        ChangeCapacity,
        ChangeAges,
        ChangeDeadline,
        Save,
    }

    public override string Flow => Name;

    public override TextKey Title => Draft.EventId is null ? YouthTexts.NewEventFlowTitle : YouthTexts.EditEventFlowTitle;

    /// <summary>Starts creating a new event.</summary>
    public static void BeginNew(Turn turn, YouthContext youth)
    {
        turn.Conversation.Draft = string.Empty;
        turn.Begin(new EventEditorFlow(turn.Conversation, youth));
    }

    /// <summary>Starts editing an event: its fields are copied into the draft and the review is shown.</summary>
    public static void BeginEdit(Turn turn, YouthContext youth, YouthEvent youthEvent)
    {
        turn.Conversation.Draft = string.Empty;
        var flow = new EventEditorFlow(turn.Conversation, youth);
        var draft = flow.Draft;
        draft.EventId = youthEvent.Id;
        draft.ProgrammeId = youthEvent.ProgrammeId;
        draft.TitleKk = youthEvent.Title.In(Language.Kk);
        draft.TitleRu = youthEvent.Title.In(Language.Ru);
        draft.TitleEn = youthEvent.Title.In(Language.En);
        draft.StartUtc = youthEvent.StartUtc;
        draft.Place = youthEvent.Place;
        draft.OnlineUrl = youthEvent.OnlineUrl;
        draft.Capacity = youthEvent.Capacity;
        draft.MinAge = youthEvent.MinAge;
        draft.MaxAge = youthEvent.MaxAge;
        draft.DeadlineUtc = youthEvent.RegistrationDeadlineUtc;
        draft.Reviewing = true;
        turn.Begin(flow);
    }

    public override void Start(Turn turn)
    {
        SetState(Draft.EventId is null ? nameof(State.Programme) : nameof(State.Review));
        Ask(turn, null);
    }

    public override void Prompt(Turn turn)
    {
        if (Authorised(turn))
        {
            Ask(turn, null);
        }
    }

    public override void Handle(Turn turn, Input input)
    {
        if (!Authorised(turn))
        {
            return;
        }

        if (input is ButtonInput { Data: CancelData })
        {
            turn.End();
            turn.Say(CommonTexts.Cancelled.With(Title));
            return;
        }

        var hint = _machine.State switch
        {
            State.Programme => OnProgramme(input),
            State.TitleKk or State.TitleRu or State.TitleEn => OnTitle(input),
            State.Start => OnStart(turn, input),
            State.Place => OnPlace(input),
            State.Capacity => OnCapacity(input),
            State.Ages => OnAges(input),
            State.Deadline => OnDeadline(turn, input),
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

        _machine.Configure(State.Programme)
            .PermitIf(Trigger.Next, State.TitleKk, () => !Reviewing())
            .PermitIf(Trigger.Next, State.Review, Reviewing);
        _machine.Configure(State.TitleKk)
            .Permit(Trigger.Next, State.TitleRu);
        _machine.Configure(State.TitleRu)
            .Permit(Trigger.Next, State.TitleEn);
        _machine.Configure(State.TitleEn)
            .PermitIf(Trigger.Next, State.Start, () => !Reviewing())
            .PermitIf(Trigger.Next, State.Review, Reviewing)
            .Permit(Trigger.TitleMissing, State.TitleKk);
        _machine.Configure(State.Start)
            .PermitIf(Trigger.Next, State.Place, () => !Reviewing())
            .PermitIf(Trigger.Next, State.Review, Reviewing);
        _machine.Configure(State.Place)
            .PermitIf(Trigger.Next, State.Capacity, () => !Reviewing())
            .PermitIf(Trigger.Next, State.Review, Reviewing);
        _machine.Configure(State.Capacity)
            .PermitIf(Trigger.Next, State.Ages, () => !Reviewing())
            .PermitIf(Trigger.Next, State.Review, Reviewing);
        _machine.Configure(State.Ages)
            .PermitIf(Trigger.Next, State.Deadline, () => !Reviewing())
            .PermitIf(Trigger.Next, State.Review, Reviewing);
        _machine.Configure(State.Deadline)
            .Permit(Trigger.Next, State.Review);
        _machine.Configure(State.Review)
            .OnEntry(() => Draft.Reviewing = true)
            .Permit(Trigger.ChangeProgramme, State.Programme)
            .Permit(Trigger.ChangeTitle, State.TitleKk)
            .Permit(Trigger.ChangeStart, State.Start)
            .Permit(Trigger.ChangePlace, State.Place)
            .Permit(Trigger.ChangeCapacity, State.Capacity)
            .Permit(Trigger.ChangeAges, State.Ages)
            .Permit(Trigger.ChangeDeadline, State.Deadline)
            .InternalTransition(_save, (turn, _) => Save(turn));
    }

    private static bool Authorised(Turn turn)
    {
        if (turn.Can(StaffRole.Editor))
        {
            return true;
        }

        turn.End();
        turn.Say(CommonTexts.NotAllowed);
        return false;
    }

    private Text? OnProgramme(Input input)
    {
        if (input is ButtonInput { Data: var data } && data.StartsWith(ProgrammePrefix, StringComparison.Ordinal)
            && _youth.Programmes.Find(data[ProgrammePrefix.Length..]) is { } programme)
        {
            Draft.ProgrammeId = programme.Id;
            _machine.Fire(Trigger.Next);
            return null;
        }

        return Unusable(input, YouthTexts.ProgrammeUseButtons);
    }

    private Text? OnTitle(Input input)
    {
        var state = _machine.State;
        switch (input)
        {
            case ButtonInput { Data: SkipData }:
                SetTitle(state, null);
                break;
            case ButtonInput { Data: KeepData } when CurrentTitle(state) is not null:
                break;
            case TextInput text when StaffInput.Title(text.Text) is { } title:
                SetTitle(state, title);
                break;
            case TextInput:
                return YouthTexts.TitleInvalid.With(StaffInput.MaxTitle);
            default:
                return Unusable(input, YouthTexts.TitleHint);
        }

        if (state == State.TitleEn && Draft.TitleKk is null && Draft.TitleRu is null && Draft.TitleEn is null)
        {
            _machine.Fire(Trigger.TitleMissing);
            return YouthTexts.TitleNeeded;
        }

        _machine.Fire(Trigger.Next);
        return null;
    }

    private string? CurrentTitle(State state) => state switch
    {
        State.TitleKk => Draft.TitleKk,
        State.TitleRu => Draft.TitleRu,
        _ => Draft.TitleEn,
    };

    private void SetTitle(State state, string? title)
    {
        switch (state)
        {
            case State.TitleKk:
                Draft.TitleKk = title;
                break;
            case State.TitleRu:
                Draft.TitleRu = title;
                break;
            default:
                Draft.TitleEn = title;
                break;
        }
    }

    private Text? OnStart(Turn turn, Input input)
    {
        if (input is not TextInput text)
        {
            return Unusable(input, YouthTexts.DateInvalid);
        }

        if (StaffInput.LocalTime(text.Text, _youth.Settings.TimeZone) is not { } start)
        {
            return YouthTexts.DateInvalid;
        }

        if (start <= turn.Now.UtcDateTime)
        {
            return YouthTexts.StartInPast;
        }

        Draft.StartUtc = start;
        Text? note = null;
        if (Draft.DeadlineUtc is { } deadline && deadline > start)
        {
            Draft.DeadlineUtc = start;
            note = YouthTexts.DeadlineMovedToStart.With(YouthScreens.Utc(start));
        }

        _machine.Fire(Trigger.Next);
        return note;
    }

    private Text? OnPlace(Input input)
    {
        if (input is not TextInput text)
        {
            return Unusable(input, YouthTexts.PlaceInvalid);
        }

        if (StaffInput.Link(text.Text) is { } link)
        {
            Draft.OnlineUrl = link;
            Draft.Place = null;
        }
        else if (StaffInput.Place(text.Text) is { } place)
        {
            Draft.Place = place;
            Draft.OnlineUrl = null;
        }
        else
        {
            return YouthTexts.PlaceInvalid;
        }

        _machine.Fire(Trigger.Next);
        return null;
    }

    private Text? OnCapacity(Input input)
    {
        if (input is not TextInput text)
        {
            return Unusable(input, YouthTexts.CapacityInvalid.With(StaffInput.MaxCapacity));
        }

        if (StaffInput.Capacity(text.Text) is not { } capacity)
        {
            return YouthTexts.CapacityInvalid.With(StaffInput.MaxCapacity);
        }

        Draft.Capacity = capacity;
        _machine.Fire(Trigger.Next);
        return null;
    }

    private Text? OnAges(Input input)
    {
        var settings = _youth.Settings;
        switch (input)
        {
            case ButtonInput { Data: DefaultData }:
                (Draft.MinAge, Draft.MaxAge) = (settings.DefaultMinAge, settings.DefaultMaxAge);
                break;
            case TextInput text when StaffInput.Ages(text.Text) is { } ages:
                (Draft.MinAge, Draft.MaxAge) = (ages.Min, ages.Max);
                break;
            case TextInput:
                return YouthTexts.AgesInvalid;
            default:
                return Unusable(input, YouthTexts.AgesInvalid);
        }

        _machine.Fire(Trigger.Next);
        return null;
    }

    private Text? OnDeadline(Turn turn, Input input)
    {
        var start = Draft.StartUtc!.Value;
        DateTime? deadline = input switch
        {
            ButtonInput { Data: AtStartData } => start,
            TextInput text => StaffInput.LocalTime(text.Text, _youth.Settings.TimeZone),
            _ => null,
        };
        if (deadline is null)
        {
            return Unusable(input, YouthTexts.DateInvalid);
        }

        if (deadline <= turn.Now.UtcDateTime || deadline > start)
        {
            return YouthTexts.DeadlineInvalid.With(YouthScreens.Utc(start));
        }

        Draft.DeadlineUtc = deadline;
        _machine.Fire(Trigger.Next);
        return null;
    }

    private Text? OnReview(Turn turn, Input input)
    {
        Trigger? change = input switch
        {
            ButtonInput { Data: EditPrefix + "programme" } => Trigger.ChangeProgramme,
            ButtonInput { Data: EditPrefix + "title" } => Trigger.ChangeTitle,
            ButtonInput { Data: EditPrefix + "start" } => Trigger.ChangeStart,
            ButtonInput { Data: EditPrefix + "place" } => Trigger.ChangePlace,
            ButtonInput { Data: EditPrefix + "capacity" } => Trigger.ChangeCapacity,
            ButtonInput { Data: EditPrefix + "ages" } => Trigger.ChangeAges,
            ButtonInput { Data: EditPrefix + "deadline" } => Trigger.ChangeDeadline,
            _ => null,
        };
        if (change is { } trigger)
        {
            _machine.Fire(trigger);
            return null;
        }

        if (input is ButtonInput { Data: SaveData })
        {
            // Time may have passed while the draft waited. An edited event may keep a deadline that has passed
            // (registration stays closed), but nothing is saved for an event that has started.
            var now = turn.Now.UtcDateTime;
            if (Draft.StartUtc <= now || (Draft.EventId is null && Draft.DeadlineUtc <= now))
            {
                return YouthTexts.DatesPassed;
            }

            _machine.Fire(_save, turn);
            return null;
        }

        return Unusable(input, YouthTexts.EventReviewUseButtons);
    }

    /// <summary>Creates the event, or saves the changes and tells whom they concern.</summary>
    private void Save(Turn turn)
    {
        var now = turn.Now.UtcDateTime;
        if (Draft.EventId is not { } id)
        {
            var created = new YouthEvent { Status = EventStatus.Open, CreatedUtc = now, CreatedBy = turn.User.Id };
            Apply(created, now);
            _youth.Stores.Events.Insert(created);
            turn.End();
            turn.Send(new Reply
            {
                Text = YouthTexts.EventCreated.With(created.Id, YouthStaffFeature.Link(_youth, created)),
                Buttons = [[new Button(YouthTexts.StaffEventCardButton, YouthStaffFeature.EventData(created.Id))]],
            });
            return;
        }

        if (_youth.Stores.Events.Get(id) is not { Status: not EventStatus.Cancelled } youthEvent)
        {
            turn.End();
            turn.Say(YouthTexts.EventNotEditable);
            return;
        }

        var moved = youthEvent.StartUtc != Draft.StartUtc || youthEvent.Place != Draft.Place || youthEvent.OnlineUrl != Draft.OnlineUrl;
        var startChanged = youthEvent.StartUtc != Draft.StartUtc;
        Apply(youthEvent, now);
        _youth.Stores.Events.Update(youthEvent);
        turn.End();

        var active = _youth.Stores.Registrations.ByEvent(youthEvent.Id).Where(r => r.IsActive).ToList();
        var told = 0;
        if (moved)
        {
            foreach (var registration in active)
            {
                if (startChanged)
                {
                    // Reminders count from the new start.
                    registration.RemindersSent.Clear();
                    _youth.Stores.Registrations.Update(registration);
                }

                turn.Send(new Reply
                {
                    ChatId = registration.UserId,
                    Language = registration.Language,
                    Text = YouthTexts.EventChangedNotice.With(YouthScreens.Summary(youthEvent, registration.Language)),
                    Buttons = [[new Button(YouthTexts.MyRegistrationButton, YouthFeature.RegistrationData(registration.Id))]],
                });
                told++;
            }
        }

        var promoted = _youth.Roster.FillSeats(youthEvent, now);
        turn.Say(YouthTexts.EventSaved.With(youthEvent.Id, told, promoted.Count), [[new Button(YouthTexts.StaffEventCardButton, YouthStaffFeature.EventData(youthEvent.Id))]]);
        var confirmed = _youth.Roster.Count(youthEvent.Id).Confirmed;
        if (confirmed > youthEvent.Capacity)
        {
            turn.Say(YouthTexts.CapacityBelowConfirmed.With(confirmed, youthEvent.Capacity));
        }

        foreach (var registration in promoted)
        {
            turn.Send(YouthScreens.Promoted(registration, youthEvent));
        }
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

    private static Text Unusable(Input input, Text wanted) =>
        input is UnsupportedInput or PhotoInput or DocumentInput or LocationInput or ContactInput
            ? YouthTexts.HintThenQuestion.With(CommonTexts.UnsupportedMessage, wanted)
            : wanted;

    private static Text Current(object? value) => value is null ? YouthTexts.Empty : YouthTexts.CurrentValue.With(value);

    private void Ask(Turn turn, Text? hint)
    {
        var settings = _youth.Settings;
        var skipRow = (IReadOnlyList<Button>)[StepButton(YouthTexts.SkipLanguageButton, SkipData)];
        IReadOnlyList<IReadOnlyList<Button>> TitleButtons(string? current) =>
            current is null ? [skipRow] : [[StepButton(YouthTexts.KeepButton, KeepData)], skipRow];
        (Text Question, IReadOnlyList<IReadOnlyList<Button>> Buttons) step = _machine.State switch
        {
            State.Programme => (
                YouthTexts.AskProgramme,
                YouthScreens.Grid(_youth.Programmes.All.Select(p => StepButton(CommonTexts.Plain.With(p.Name), ProgrammePrefix + p.Id)), 1)),
            State.TitleKk => (YouthTexts.AskTitleKk.With(Current(Draft.TitleKk)), TitleButtons(Draft.TitleKk)),
            State.TitleRu => (YouthTexts.AskTitleRu.With(Current(Draft.TitleRu)), TitleButtons(Draft.TitleRu)),
            State.TitleEn => (YouthTexts.AskTitleEn.With(Current(Draft.TitleEn)), TitleButtons(Draft.TitleEn)),
            State.Start => (
                YouthTexts.AskStart.With(YouthScreens.Utc(turn.Now.UtcDateTime.AddDays(7)), Current(Draft.StartUtc is { } s ? CommonTexts.DateTime.With(YouthScreens.Utc(s)) : null)),
                []),
            State.Place => (YouthTexts.AskPlace.With(Current(Draft.OnlineUrl ?? Draft.Place)), []),
            State.Capacity => (YouthTexts.AskCapacity.With(StaffInput.MaxCapacity, Current(Draft.Capacity)), []),
            State.Ages => (
                YouthTexts.AskAges.With(Current(Draft.MinAge is { } min ? YouthTexts.AgeRange.With(min, Draft.MaxAge ?? min) : null)),
                [[StepButton(YouthTexts.AgeRange.With(settings.DefaultMinAge, settings.DefaultMaxAge), DefaultData)]]),
            State.Deadline => (
                YouthTexts.AskDeadline.With(YouthScreens.Utc(Draft.StartUtc!.Value), Current(Draft.DeadlineUtc is { } d ? CommonTexts.DateTime.With(YouthScreens.Utc(d)) : null)),
                [[StepButton(YouthTexts.DeadlineAtStartButton, AtStartData)]]),
            _ => (Review(), ReviewButtons()),
        };
        var rows = step.Buttons.Append([StepButton(CommonTexts.CancelButton, CancelData)]).ToList();
        turn.Send(new Reply
        {
            Text = hint is null ? step.Question : YouthTexts.HintThenQuestion.With(hint, step.Question),
            Buttons = rows,
        });
    }

    private Text Review()
    {
        Text Or(string? value) => value is null ? YouthTexts.NotGiven : CommonTexts.Plain.With(value);
        return YouthTexts.EventReview.With(
            _youth.Programmes.Find(Draft.ProgrammeId)?.Name ?? (object)string.Empty,
            Or(Draft.TitleKk),
            Or(Draft.TitleRu),
            Or(Draft.TitleEn),
            YouthScreens.Utc(Draft.StartUtc!.Value),
            Draft.OnlineUrl is { } url ? YouthTexts.WhereOnline.With(url) : YouthTexts.WherePlace.With(Draft.Place ?? string.Empty),
            Draft.Capacity ?? 0,
            YouthTexts.AgeRange.With(Draft.MinAge ?? 0, Draft.MaxAge ?? 0),
            YouthScreens.Utc(Draft.DeadlineUtc!.Value));
    }

    private IReadOnlyList<IReadOnlyList<Button>> ReviewButtons() =>
    [
        [StepButton(YouthTexts.ChangeProgrammeButton, EditPrefix + "programme"), StepButton(YouthTexts.ChangeTitleButton, EditPrefix + "title")],
        [StepButton(YouthTexts.ChangeStartButton, EditPrefix + "start"), StepButton(YouthTexts.ChangePlaceButton, EditPrefix + "place")],
        [StepButton(YouthTexts.ChangeCapacityButton, EditPrefix + "capacity"), StepButton(YouthTexts.ChangeAgesButton, EditPrefix + "ages")],
        [StepButton(YouthTexts.ChangeDeadlineButton, EditPrefix + "deadline")],
        [StepButton(Draft.EventId is null ? YouthTexts.CreateEventButton : YouthTexts.SaveEventButton, SaveData)],
    ];
}
