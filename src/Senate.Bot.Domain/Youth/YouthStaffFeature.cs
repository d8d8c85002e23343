using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Youth;

/// <summary>
/// The staff side of youth programmes, for editors: <c>/newevent</c>, <c>/events</c>, an event's staff card
/// (edit, close or reopen registration, cancel the event), <c>/registrants</c>, <c>/exportregs</c> (CSV) and
/// <c>/checkin</c>. Buttons carry <c>ys:…</c>; the role is checked on the server for every command and press, and
/// anyone else gets a polite refusal with nothing changed. Created by <see cref="YouthFeature"/>.
/// </summary>
public sealed class YouthStaffFeature : Feature
{
    internal const string Prefix = "ys";
    private const string ListData = Prefix + ":l";
    private const int MaxRegistrantLines = 40;
    private static readonly TimeSpan ListPast = TimeSpan.FromDays(30);

    private readonly YouthContext _youth;

    internal YouthStaffFeature(YouthContext youth) => _youth = youth;

    /// <inheritdoc />
    public override string Name => "youth-staff";

    /// <inheritdoc />
    public override string? ButtonPrefix => Prefix;

    /// <inheritdoc />
    public override IEnumerable<CommandInfo> Commands =>
    [
        new("newevent", YouthTexts.CommandNewEvent, StaffRole.Editor),
        new("events", YouthTexts.CommandEvents, StaffRole.Editor),
        new("registrants", YouthTexts.CommandRegistrants, StaffRole.Editor),
        new("exportregs", YouthTexts.CommandExportRegs, StaffRole.Editor),
        new("checkin", YouthTexts.CommandCheckIn, StaffRole.Editor),
    ];

    internal static string EventData(long eventId) => Prefix + ":e:" + YouthFeature.Id(eventId);

    /// <inheritdoc />
    public override IEnumerable<MenuEntry> MenuEntries(Turn turn) =>
        turn.Can(StaffRole.Editor) ? [new MenuEntry(YouthTexts.StaffMenuEntry, ListData)] : [];

    /// <inheritdoc />
    public override void OnCommand(Turn turn, CommandInput command)
    {
        if (!turn.Can(StaffRole.Editor))
        {
            turn.Say(CommonTexts.NotAllowed);
            return;
        }

        var argument = command.Argument.Trim();
        switch (command.Name)
        {
            case "newevent" when Private(turn):
                EventEditorFlow.BeginNew(turn, _youth);
                break;
            case "events":
                ShowEvents(turn);
                break;
            case "registrants":
                WithEvent(turn, argument, YouthTexts.RegistrantsUsage, e => ShowRegistrants(turn, e));
                break;
            case "exportregs":
                WithEvent(turn, argument, YouthTexts.ExportUsage, e => Export(turn, e));
                break;
            case "checkin" when argument.Length > 0:
                CheckIn(turn, _youth, argument);
                break;
            case "checkin" when Private(turn):
                CheckInFlow.Begin(turn, _youth);
                break;
        }
    }

    /// <inheritdoc />
    public override void OnButton(Turn turn, string data)
    {
        if (!turn.Can(StaffRole.Editor))
        {
            turn.Toast = CommonTexts.NotAllowed;
            return;
        }

        var parts = data.Split(':');
        if (parts is ["l"])
        {
            ShowEvents(turn);
            return;
        }

        if (parts is not [var action, var id] || !YouthFeature.TryId(id, out var eventId) || _youth.Stores.Events.Get(eventId) is not { } youthEvent)
        {
            turn.UnknownButton();
            return;
        }

        switch (action)
        {
            case "e":
                ShowEvent(turn, youthEvent);
                break;
            case "ed" when Private(turn):
                Edit(turn, youthEvent);
                break;
            case "x":
                Close(turn, youthEvent);
                break;
            case "o":
                Reopen(turn, youthEvent);
                break;
            case "k":
                AskCancel(turn, youthEvent);
                break;
            case "ky":
                CancelEvent(turn, youthEvent);
                break;
            case "r":
                ShowRegistrants(turn, youthEvent);
                break;
            case "csv":
                Export(turn, youthEvent);
                break;
            case "ed":
                // Not in a private chat: Private() has said where to do it.
                break;
            default:
                turn.UnknownButton();
                break;
        }
    }

    /// <inheritdoc />
    public override Conversation? Restore(ConversationRecord record) => record.Flow switch
    {
        EventEditorFlow.Name => new EventEditorFlow(record, _youth),
        CheckInFlow.Name => new CheckInFlow(record, _youth),
        _ => null,
    };

    /// <summary>The link (or, without a bot username, the /start command) that opens an event's card.</summary>
    internal static string Link(YouthContext youth, YouthEvent youthEvent) =>
        youth.Settings.BotUsername() is { Length: > 0 } bot
            ? $"https://t.me/{bot}?start={YouthFeature.DeepLinkPayload(youthEvent.Id)}"
            : "/start " + YouthFeature.DeepLinkPayload(youthEvent.Id);

    /// <summary>Checks in the participant with a typed code and says who it is, or why not.</summary>
    internal static void CheckIn(Turn turn, YouthContext youth, string typed)
    {
        if (RegistrationCodes.Normalize(typed) is not { } code)
        {
            turn.Say(YouthTexts.CodeInvalid.With(new { typed = typed.Trim() }));
            return;
        }

        var result = youth.Roster.CheckIn(code, turn.Now.UtcDateTime);
        var registration = result.Registration;
        if (result.Outcome == CheckInOutcome.CheckedIn)
        {
            turn.Audit(AuditAction.CheckedIn, AuditSubjects.Event(result.Event!.Id), code);
        }

        var title = result.Event?.Title.Show(turn.Language) ?? Text.Empty;
        turn.Say(result.Outcome switch
        {
            CheckInOutcome.CheckedIn => YouthTexts.CheckedIn.With(new { 
                name = registration!.FullName, age = registration.Age, region = youth.Regions.Find(registration.RegionId)?.Name ?? (object)registration.RegionId, @event = title, code = code }),
            CheckInOutcome.AlreadyCheckedIn => YouthTexts.AlreadyCheckedIn.With(new { name = registration!.FullName, code = code, at = YouthScreens.Utc(registration.AttendedUtc!.Value) }),
            CheckInOutcome.Waitlisted => YouthTexts.CodeWaitlisted.With(new { name = registration!.FullName, code = code, @event = title }),
            CheckInOutcome.Cancelled => YouthTexts.CodeCancelled.With(new { name = registration!.FullName, code = code, @event = title }),
            CheckInOutcome.EventCancelled => YouthTexts.CodeEventCancelled.With(new { code = code, @event = title }),
            _ => YouthTexts.CodeUnknown.With(new { code = code }),
        });
    }

    /// <summary>A staff screen: in place of the pressed message, or new when opened by a command.</summary>
    private static void Show(Turn turn, Text text, IReadOnlyList<IReadOnlyList<Button>> buttons) =>
        turn.Send(new Reply { Text = text, Buttons = buttons, EditPressedMessage = turn.PressedMessageId is not null });

    private static bool Private(Turn turn)
    {
        if (!turn.IsPrivate)
        {
            turn.Say(YouthTexts.StaffUsePrivateChat);
        }

        return turn.IsPrivate;
    }

    private void WithEvent(Turn turn, string argument, TextKey usage, Action<YouthEvent> action)
    {
        if (argument.Length == 0)
        {
            turn.Say(usage);
        }
        else if (!YouthFeature.TryId(argument.TrimStart('#'), out var id) || _youth.Stores.Events.Get(id) is not { } youthEvent)
        {
            turn.Say(YouthTexts.EventNumberUnknown.With(new { typed = argument }));
        }
        else
        {
            action(youthEvent);
        }
    }

    private void ShowEvents(Turn turn)
    {
        var events = _youth.Stores.Events.StartingBetween(turn.Now.UtcDateTime - ListPast, DateTime.MaxValue);
        if (events.Count == 0)
        {
            turn.Say(YouthTexts.StaffEventsEmpty);
            return;
        }

        var rows = events
            .Select(e =>
            {
                var counts = _youth.Roster.Count(e.Id);
                return (IReadOnlyList<Button>)[new Button(
                    YouthTexts.StaffEventButton.With(new { id = e.Id, start = YouthScreens.Utc(e.StartUtc), title = e.Title.Best(turn.Language).Value, confirmed = counts.Confirmed, capacity = e.Capacity, icon = StatusIcon(e, turn.Now.UtcDateTime) }),
                    EventData(e.Id))];
            })
            .ToList();
        Show(turn, YouthTexts.StaffEventsTitle, rows);
    }

    private static TextKey StatusIcon(YouthEvent youthEvent, DateTime now) => youthEvent switch
    {
        { Status: EventStatus.Cancelled } => YouthTexts.IconCancelled,
        _ when youthEvent.StartUtc <= now => YouthTexts.IconPast,
        _ when youthEvent.AcceptsRegistrations(now) => YouthTexts.IconOpen,
        _ => YouthTexts.IconClosed,
    };

    private static TextKey StatusName(YouthEvent youthEvent, DateTime now) => youthEvent switch
    {
        { Status: EventStatus.Cancelled } => YouthTexts.EventStatusCancelled,
        _ when youthEvent.StartUtc <= now => YouthTexts.EventStatusPast,
        { Status: EventStatus.Closed } => YouthTexts.EventStatusClosed,
        _ when now >= youthEvent.RegistrationDeadlineUtc => YouthTexts.EventStatusDeadlinePassed,
        _ => YouthTexts.EventStatusOpen,
    };

    private void ShowEvent(Turn turn, YouthEvent youthEvent)
    {
        var now = turn.Now.UtcDateTime;
        var counts = _youth.Roster.Count(youthEvent.Id);
        var titles = Languages.All
            .Where(l => youthEvent.Title.In(l) is not null)
            .Select(l => Text.Join(": ", [Text.Plain(l.Code()), Text.Plain(youthEvent.Title.In(l)!)]))
            .ToList();
        var rows = new List<IReadOnlyList<Button>>();
        var id = YouthFeature.Id(youthEvent.Id);
        if (youthEvent.Status != EventStatus.Cancelled && now < youthEvent.StartUtc)
        {
            rows.Add([new Button(YouthTexts.EditEventButton, Prefix + ":ed:" + id)]);
            rows.Add(youthEvent.Status == EventStatus.Open
                ? [new Button(YouthTexts.CloseRegistrationButton, Prefix + ":x:" + id)]
                : [new Button(YouthTexts.ReopenRegistrationButton, Prefix + ":o:" + id)]);
            rows.Add([new Button(YouthTexts.CancelEventButton, Prefix + ":k:" + id)]);
        }

        rows.Add([new Button(YouthTexts.RegistrantsButton, Prefix + ":r:" + id), new Button(YouthTexts.ExportButton, Prefix + ":csv:" + id)]);
        rows.Add([new Button(YouthTexts.StaffEventsButton, ListData)]);
        Show(
            turn,
            YouthTexts.StaffEventCard.With(new { 
                id = youthEvent.Id, 
                programme = _youth.Programmes.Find(youthEvent.ProgrammeId)?.Name ?? (object)youthEvent.ProgrammeId, 
                titles = Text.Lines(titles), 
                start = YouthScreens.Utc(youthEvent.StartUtc), 
                where = YouthScreens.Where(youthEvent), 
                capacity = youthEvent.Capacity, 
                ages = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{youthEvent.MinAge}–{youthEvent.MaxAge}"), 
                deadline = YouthScreens.Utc(youthEvent.RegistrationDeadlineUtc), 
                status = StatusName(youthEvent, now), 
                counts = Counts(counts, youthEvent.Capacity), 
                link = Link(_youth, youthEvent) }),
            rows);
    }

    private static Text Counts(RosterCounts counts, int capacity) =>
        YouthTexts.RosterCounts.With(new { confirmed = counts.Confirmed, capacity = capacity, waitlisted = counts.Waitlisted, cancelled = counts.Cancelled, attended = counts.Attended });

    private void Edit(Turn turn, YouthEvent youthEvent)
    {
        if (youthEvent.Status == EventStatus.Cancelled || turn.Now.UtcDateTime >= youthEvent.StartUtc)
        {
            turn.Say(YouthTexts.EventNotEditable);
            return;
        }

        EventEditorFlow.BeginEdit(turn, _youth, youthEvent);
    }

    private void Close(Turn turn, YouthEvent youthEvent)
    {
        if (youthEvent.Status == EventStatus.Open)
        {
            youthEvent.Status = EventStatus.Closed;
            youthEvent.UpdatedUtc = turn.Now.UtcDateTime;
            _youth.Stores.Events.Update(youthEvent);
            turn.Audit(AuditAction.EventChanged, AuditSubjects.Event(youthEvent.Id), EventAudit.Closed);
            turn.Say(YouthTexts.RegistrationClosedDone.With(new { id = youthEvent.Id }));
        }

        ShowEvent(turn, youthEvent);
    }

    private void Reopen(Turn turn, YouthEvent youthEvent)
    {
        var now = turn.Now.UtcDateTime;
        if (youthEvent.Status != EventStatus.Closed)
        {
            ShowEvent(turn, youthEvent);
            return;
        }

        if (now >= youthEvent.RegistrationDeadlineUtc || now >= youthEvent.StartUtc)
        {
            turn.Say(YouthTexts.CannotReopen.With(new { id = youthEvent.Id }));
            return;
        }

        youthEvent.Status = EventStatus.Open;
        youthEvent.UpdatedUtc = now;
        _youth.Stores.Events.Update(youthEvent);
        turn.Audit(AuditAction.EventChanged, AuditSubjects.Event(youthEvent.Id), EventAudit.Reopened);
        turn.Say(YouthTexts.RegistrationReopened.With(new { id = youthEvent.Id }));
        ShowEvent(turn, youthEvent);
    }

    private void AskCancel(Turn turn, YouthEvent youthEvent)
    {
        if (youthEvent.Status == EventStatus.Cancelled)
        {
            turn.Say(YouthTexts.EventAlreadyCancelled.With(new { id = youthEvent.Id }));
            return;
        }

        var active = _youth.Stores.Registrations.ByEvent(youthEvent.Id).Count(r => r.IsActive);
        Show(
            turn,
            YouthTexts.CancelEventAsk.With(new { id = youthEvent.Id, title = youthEvent.Title.Show(turn.Language), registrants = active }),
            [[new Button(YouthTexts.CancelEventYes, Prefix + ":ky:" + YouthFeature.Id(youthEvent.Id))], [new Button(CommonTexts.No, EventData(youthEvent.Id))]]);
    }

    private void CancelEvent(Turn turn, YouthEvent youthEvent)
    {
        if (youthEvent.Status == EventStatus.Cancelled)
        {
            turn.Say(YouthTexts.EventAlreadyCancelled.With(new { id = youthEvent.Id }));
            return;
        }

        youthEvent.Status = EventStatus.Cancelled;
        youthEvent.UpdatedUtc = turn.Now.UtcDateTime;
        _youth.Stores.Events.Update(youthEvent);
        turn.Audit(AuditAction.EventChanged, AuditSubjects.Event(youthEvent.Id), EventAudit.Cancelled);
        var active = _youth.Stores.Registrations.ByEvent(youthEvent.Id).Where(r => r.IsActive).ToList();
        foreach (var registration in active)
        {
            turn.Send(new Reply
            {
                ChatId = registration.UserId,
                Language = registration.Language,
                Text = YouthTexts.EventCancelledNotice.With(new { @event = YouthScreens.Summary(youthEvent, registration.Language) }),
                Buttons = [[new Button(YouthTexts.BackToProgrammes, YouthFeature.ProgrammesData)]],
            });
        }

        Show(turn, YouthTexts.EventCancelledDone.With(new { id = youthEvent.Id, told = active.Count }), [[new Button(YouthTexts.StaffEventsButton, ListData)]]);
    }

    private void ShowRegistrants(Turn turn, YouthEvent youthEvent)
    {
        var all = _youth.Stores.Registrations.ByEvent(youthEvent.Id);
        var confirmed = all.Where(r => r.Status == RegistrationStatus.Confirmed).ToList();
        var waitlist = _youth.Roster.Waitlist(youthEvent.Id);
        var lines = confirmed
            .Select((r, i) => YouthTexts.RegistrantLine.With(new { number = i + 1, name = r.FullName, code = r.Code, attended = r.AttendedUtc is null ? Text.Empty : YouthTexts.AttendedMark }))
            .Concat(waitlist.Select((r, i) => YouthTexts.WaitlistLine.With(new { position = i + 1, name = r.FullName })))
            .ToList();
        var shown = lines.Take(MaxRegistrantLines).ToList();
        if (lines.Count > shown.Count)
        {
            shown.Add(YouthTexts.RegistrantsMore.With(new { count = lines.Count - shown.Count, id = youthEvent.Id }));
        }

        Show(
            turn,
            YouthTexts.Registrants.With(new { 
                id = youthEvent.Id, 
                title = youthEvent.Title.Show(turn.Language), 
                counts = Counts(_youth.Roster.Count(youthEvent.Id), youthEvent.Capacity), 
                lines = shown.Count == 0 ? YouthTexts.RegistrantsNone : Text.Lines(shown) }),
            [[new Button(YouthTexts.ExportButton, Prefix + ":csv:" + YouthFeature.Id(youthEvent.Id))], [new Button(YouthTexts.StaffEventCardButton, EventData(youthEvent.Id))]]);
    }

    private void Export(Turn turn, YouthEvent youthEvent)
    {
        var registrations = _youth.Stores.Registrations.ByEvent(youthEvent.Id);
        turn.Audit(AuditAction.Exported, AuditSubjects.Event(youthEvent.Id), EventAudit.Registrants);
        turn.Send(new Reply
        {
            Text = YouthTexts.ExportCaption.With(new { id = youthEvent.Id, title = youthEvent.Title.Show(turn.Language), count = registrations.Count }),
            Attachment = RegistrantsCsv.For(youthEvent, registrations, _youth.Roster, _youth.Regions, turn.Language, _youth.Settings.TimeZone),
        });
    }
}
