using System.Globalization;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Youth;

/// <summary>
/// Youth programmes for participants: the programmes and their upcoming events, the event card (also opened by
/// the deep link <c>/start event_&lt;id&gt;</c>), registration, "my registrations" with cancelling. Its buttons
/// carry <c>y:…</c>; every press that touches a registration checks that it is the presser's own. The staff side
/// is <see cref="Staff"/>, a feature of its own (buttons <c>ys:…</c>) that the host registers as well.
/// Holds no mutable state: safe to share between threads if the stores handed to it are.
/// </summary>
public sealed class YouthFeature : Feature
{
    internal const string Prefix = "y";
    internal const string ProgrammesData = Prefix + ":p";
    internal const string MyRegistrationsData = Prefix + ":m";
    private const string DeepLinkPrefix = "event_";
    private const int MaxEventsListed = 20;

    private readonly YouthContext _youth;

    /// <summary>
    /// Creates the feature and its staff side. The stores are used synchronously; the host calls the engine for
    /// each update inside one transaction on its single writer thread, which is what makes taking the last seat atomic.
    /// </summary>
    public YouthFeature(YouthStores stores, Programmes programmes, Regions regions, YouthSettings settings)
    {
        _youth = new YouthContext(stores, programmes, regions, settings);
        Staff = new YouthStaffFeature(_youth);
        PersonalData = new YouthPersonalData(_youth);
    }

    /// <summary>The registrations' part of <c>/mydata</c>, <c>/forget</c> and consent withdrawal.</summary>
    public Privacy.IPersonalData PersonalData { get; }

    /// <summary>The staff side: event management, registrants, export and check-in. Register it with the engine too.</summary>
    public YouthStaffFeature Staff { get; }

    /// <inheritdoc />
    public override string Name => "youth";

    /// <inheritdoc />
    public override string? ButtonPrefix => Prefix;

    /// <inheritdoc />
    public override IEnumerable<string> DeepLinkPrefixes => [DeepLinkPrefix];

    /// <summary>The deep-link payload opening an event's card: <c>t.me/&lt;bot&gt;?start=event_12</c>.</summary>
    public static string DeepLinkPayload(long eventId) => DeepLinkPrefix + eventId.ToString(CultureInfo.InvariantCulture);

    internal static string ProgrammeData(string programmeId) => Prefix + ":p:" + programmeId;

    internal static string EventData(long eventId) => Prefix + ":e:" + Id(eventId);

    internal static string RegistrationData(long registrationId) => Prefix + ":m:" + Id(registrationId);

    /// <inheritdoc />
    public override IEnumerable<MenuEntry> MenuEntries(Turn turn)
    {
        yield return new MenuEntry(YouthTexts.MenuEntry, ProgrammesData);
        if (Upcoming(turn).Count > 0)
        {
            yield return new MenuEntry(YouthTexts.MyRegistrationsButton, MyRegistrationsData);
        }
    }

    /// <inheritdoc />
    public override void OnButton(Turn turn, string data)
    {
        if (!turn.IsPrivate)
        {
            turn.UnknownButton();
            return;
        }

        var parts = data.Split(':');
        switch (parts)
        {
            case ["p"]:
                ShowProgrammes(turn);
                break;
            case ["p", var programmeId]:
                ShowProgramme(turn, programmeId);
                break;
            case ["e", var id] when TryId(id, out var eventId):
                ShowEvent(turn, eventId);
                break;
            case ["r", var id] when TryId(id, out var eventId):
                StartRegistration(turn, eventId);
                break;
            case ["m"]:
                ShowMyRegistrations(turn);
                break;
            case ["m", var id] when Own(turn, id) is { } registration:
                ShowRegistration(turn, registration);
                break;
            case ["c", var id] when Own(turn, id) is { } registration:
                AskCancel(turn, registration);
                break;
            case ["cy", var id] when Own(turn, id) is { } registration:
                Cancel(turn, registration);
                break;
            case ["ics", var id] when Own(turn, id) is { } registration:
                SendCalendar(turn, registration);
                break;
            default:
                turn.UnknownButton();
                break;
        }
    }

    /// <inheritdoc />
    public override void OnDeepLink(Turn turn, string payload)
    {
        if (TryId(payload[DeepLinkPrefix.Length..], out var eventId))
        {
            ShowEvent(turn, eventId);
        }
        else
        {
            turn.ShowMenu(CommonTexts.DeepLinkUnknown);
        }
    }

    /// <inheritdoc />
    public override Conversation? Restore(ConversationRecord record) =>
        record.Flow == RegistrationFlow.Name ? new RegistrationFlow(record, _youth) : null;

    /// <summary>The result of a registration: a code or a waitlist place, then the calendar file.</summary>
    internal static void ShowOutcome(Turn turn, YouthContext youth, Registration registration, YouthEvent youthEvent)
    {
        var summary = YouthScreens.Summary(youthEvent, turn.Language);
        turn.Send(new Reply
        {
            Text = registration.Status == RegistrationStatus.Confirmed
                ? YouthTexts.RegisteredConfirmed.With(new { @event = summary, code = registration.Code })
                : YouthTexts.RegisteredWaitlisted.With(new { @event = summary, position = youth.Roster.WaitlistPosition(registration) }),
            Buttons = [[new Button(YouthTexts.MyRegistrationsButton, MyRegistrationsData)], [new Button(YouthTexts.BackToProgrammes, ProgrammesData)]],
        });
        SendCalendar(turn, youth, registration, youthEvent);
    }

    /// <summary>Refuses a second registration for the same event and shows the existing one.</summary>
    internal static void ShowAlreadyRegistered(Turn turn, YouthContext youth, Registration existing, YouthEvent youthEvent) =>
        turn.Send(new Reply
        {
            Text = YouthTexts.AlreadyRegistered.With(new { @event = YouthScreens.Summary(youthEvent, turn.Language), status = YouthScreens.Status(existing, youthEvent, youth.Roster) }),
            Buttons = [[new Button(YouthTexts.MyRegistrationButton, RegistrationData(existing.Id))]],
            RemoveKeyboard = true,
        });

    private static void SendCalendar(Turn turn, YouthContext youth, Registration registration, YouthEvent youthEvent) =>
        turn.Send(new Reply
        {
            Text = YouthTexts.CalendarCaption,
            Attachment = CalendarFile.For(youthEvent, registration, youth.Settings, turn.Now.UtcDateTime),
        });

    private void ShowProgrammes(Turn turn)
    {
        var settings = _youth.Settings;
        var items = _youth.Programmes.All.Select(p => YouthTexts.ProgrammeItem.With(new { name = p.Name, description = p.Description }));
        var rows = new List<IReadOnlyList<Button>>();
        rows.AddRange(_youth.Programmes.All.Select(p => (IReadOnlyList<Button>)[new Button(Text.Plain(p.Name), ProgrammeData(p.Id))]));
        if (Upcoming(turn).Count > 0)
        {
            rows.Add([new Button(YouthTexts.MyRegistrationsButton, MyRegistrationsData)]);
        }

        rows.Add([new Button(CommonTexts.MenuBack, "menu")]);
        Show(turn, YouthTexts.ProgrammesIntro.With(new { min = settings.DefaultMinAge, max = settings.DefaultMaxAge, items = Text.Paragraphs(items) }), rows);
    }

    private void ShowProgramme(Turn turn, string programmeId)
    {
        if (_youth.Programmes.Find(programmeId) is not { } programme)
        {
            turn.UnknownButton();
            return;
        }

        var now = turn.Now.UtcDateTime;
        var events = _youth.Stores.Events.StartingBetween(now, DateTime.MaxValue)
            .Where(e => e.ProgrammeId == programme.Id && e.Status != EventStatus.Cancelled)
            .Take(MaxEventsListed)
            .ToList();
        var rows = events
            .Select(e => (IReadOnlyList<Button>)[new Button(EventButtonLabel(e, turn.Language), EventData(e.Id))])
            .Append([new Button(YouthTexts.BackToProgrammes, ProgrammesData)])
            .ToList();
        Show(turn, (events.Count > 0 ? YouthTexts.ProgrammeEvents : YouthTexts.ProgrammeNoEvents).With(new { name = programme.Name, description = programme.Description }), rows);
    }

    private static Text EventButtonLabel(YouthEvent youthEvent, Language language) =>
        YouthTexts.EventButton.With(new { start = YouthScreens.Utc(youthEvent.StartUtc), title = youthEvent.Title.Best(language).Value });

    private void ShowEvent(Turn turn, long eventId)
    {
        if (_youth.Stores.Events.Get(eventId) is not { } youthEvent)
        {
            Show(turn, YouthTexts.EventNotFound, [[new Button(YouthTexts.BackToProgrammes, ProgrammesData)]]);
            return;
        }

        var now = turn.Now.UtcDateTime;
        var seatsLeft = _youth.Roster.SeatsLeft(youthEvent);
        var open = youthEvent.AcceptsRegistrations(now);
        Text? seats = youthEvent.Status == EventStatus.Cancelled || now >= youthEvent.StartUtc
            ? null
            : seatsLeft > 0
                ? YouthTexts.SeatsLeft.With(new { left = seatsLeft, capacity = youthEvent.Capacity })
                : YouthTexts.SeatsFull.With(new { capacity = youthEvent.Capacity, waitlisted = _youth.Roster.Count(youthEvent.Id).Waitlisted });
        Text registration = youthEvent switch
        {
            { Status: EventStatus.Cancelled } => YouthTexts.EventCancelledLine,
            _ when now >= youthEvent.StartUtc => YouthTexts.EventPassedLine,
            _ when !open => YouthTexts.RegistrationClosedLine,
            _ => YouthTexts.RegistrationOpenUntil.With(new { deadline = YouthScreens.Utc(youthEvent.RegistrationDeadlineUtc) }),
        };
        var programme = _youth.Programmes.Find(youthEvent.ProgrammeId);
        var rows = new List<IReadOnlyList<Button>>();
        var existing = _youth.Roster.ActiveFor(youthEvent.Id, turn.User.Id);
        if (existing is not null)
        {
            registration = Text.Lines(registration, YouthTexts.YourRegistration.With(new { status = YouthScreens.Status(existing, youthEvent, _youth.Roster) }));
            rows.Add([new Button(YouthTexts.MyRegistrationButton, RegistrationData(existing.Id))]);
        }
        else if (open)
        {
            rows.Add([new Button(seatsLeft > 0 ? YouthTexts.RegisterButton : YouthTexts.JoinWaitlistButton, Prefix + ":r:" + Id(youthEvent.Id))]);
        }

        rows.Add([new Button(YouthTexts.BackToEvents, programme is null ? ProgrammesData : ProgrammeData(programme.Id))]);
        Show(
            turn,
            YouthTexts.EventCard.With(new
            {
                title = youthEvent.Title.Show(turn.Language),
                programme = programme?.Name ?? (object)string.Empty,
                start = YouthScreens.Utc(youthEvent.StartUtc),
                where = YouthScreens.Where(youthEvent),
                min = youthEvent.MinAge,
                max = youthEvent.MaxAge,
                seats = Text.Lines(seats, registration),
            }),
            rows);
    }

    private void StartRegistration(Turn turn, long eventId)
    {
        if (_youth.Stores.Events.Get(eventId) is not { } youthEvent)
        {
            Show(turn, YouthTexts.EventNotFound, [[new Button(YouthTexts.BackToProgrammes, ProgrammesData)]]);
        }
        else if (_youth.Roster.ActiveFor(eventId, turn.User.Id) is { } existing)
        {
            ShowAlreadyRegistered(turn, _youth, existing, youthEvent);
        }
        else if (!youthEvent.AcceptsRegistrations(turn.Now.UtcDateTime))
        {
            Show(turn, YouthTexts.RegistrationClosedNow.With(new { @event = youthEvent.Title.Show(turn.Language) }), [[new Button(YouthTexts.BackToProgrammes, ProgrammesData)]]);
        }
        else
        {
            RegistrationFlow.Begin(turn, _youth, eventId);
        }
    }

    /// <summary>The user's active registrations for events that have not ended, by start time.</summary>
    private List<(Registration Registration, YouthEvent Event)> Upcoming(Turn turn)
    {
        var now = turn.Now.UtcDateTime;
        return [.. _youth.Stores.Registrations.ByUser(turn.User.Id)
            .Where(r => r.IsActive)
            .Select(r => (Registration: r, Event: _youth.Stores.Events.Get(r.EventId)))
            .Where(x => x.Event is not null && x.Event.StartUtc + _youth.Settings.EventDuration > now)
            .Select(x => (x.Registration, x.Event!))
            .OrderBy(x => x.Item2.StartUtc)];
    }

    private void ShowMyRegistrations(Turn turn)
    {
        var upcoming = Upcoming(turn);
        if (upcoming.Count == 0)
        {
            Show(turn, YouthTexts.MyRegistrationsEmpty, [[new Button(YouthTexts.BackToProgrammes, ProgrammesData)]]);
            return;
        }

        var rows = upcoming
            .Select(x => (IReadOnlyList<Button>)[new Button(
                (x.Registration.Status == RegistrationStatus.Confirmed ? YouthTexts.RegistrationButtonConfirmed : YouthTexts.RegistrationButtonWaitlisted)
                    .With(new { start = YouthScreens.Utc(x.Event.StartUtc), title = x.Event.Title.Best(turn.Language).Value }),
                RegistrationData(x.Registration.Id))])
            .Append([new Button(YouthTexts.BackToProgrammes, ProgrammesData)])
            .ToList();
        Show(turn, YouthTexts.MyRegistrationsTitle, rows);
    }

    private void ShowRegistration(Turn turn, Registration registration)
    {
        var youthEvent = _youth.Stores.Events.Get(registration.EventId)!;
        var rows = new List<IReadOnlyList<Button>>();
        var live = registration.IsActive && youthEvent.Status != EventStatus.Cancelled;
        if (live && turn.Now.UtcDateTime < youthEvent.StartUtc)
        {
            rows.Add([new Button(YouthTexts.CancelRegistrationButton, Prefix + ":c:" + Id(registration.Id))]);
        }

        if (live)
        {
            rows.Add([new Button(YouthTexts.CalendarButton, Prefix + ":ics:" + Id(registration.Id))]);
        }

        rows.Add([new Button(YouthTexts.EventCardButton, EventData(youthEvent.Id))]);
        rows.Add([new Button(YouthTexts.MyRegistrationsButton, MyRegistrationsData)]);
        Show(
            turn,
            YouthTexts.RegistrationDetails.With(new { @event = YouthScreens.Summary(youthEvent, turn.Language), status = YouthScreens.Status(registration, youthEvent, _youth.Roster) }),
            rows);
    }

    private void AskCancel(Turn turn, Registration registration)
    {
        var youthEvent = _youth.Stores.Events.Get(registration.EventId)!;
        if (CannotCancel(turn, registration, youthEvent))
        {
            return;
        }

        Show(
            turn,
            YouthTexts.CancelAsk.With(new { @event = YouthScreens.Summary(youthEvent, turn.Language) }),
            [[new Button(YouthTexts.CancelYes, Prefix + ":cy:" + Id(registration.Id))], [new Button(YouthTexts.CancelNo, RegistrationData(registration.Id))]]);
    }

    private void Cancel(Turn turn, Registration registration)
    {
        var youthEvent = _youth.Stores.Events.Get(registration.EventId)!;
        if (CannotCancel(turn, registration, youthEvent))
        {
            return;
        }

        var promoted = _youth.Roster.Cancel(registration, youthEvent, turn.Now.UtcDateTime);
        Show(turn, YouthTexts.CancelDone.With(new { @event = YouthScreens.Summary(youthEvent, turn.Language) }), [[new Button(YouthTexts.BackToProgrammes, ProgrammesData)]]);
        foreach (var next in promoted)
        {
            turn.Send(YouthScreens.Promoted(next, youthEvent));
        }
    }

    private static bool CannotCancel(Turn turn, Registration registration, YouthEvent youthEvent)
    {
        TextKey? refusal = registration switch
        {
            { IsActive: false } => YouthTexts.CancelAlready,
            _ when youthEvent.Status == EventStatus.Cancelled => YouthTexts.StatusEventCancelled,
            _ when turn.Now.UtcDateTime >= youthEvent.StartUtc => YouthTexts.CancelTooLate,
            _ => null,
        };
        if (refusal is not null)
        {
            Show(turn, refusal, [[new Button(YouthTexts.MyRegistrationsButton, MyRegistrationsData)]]);
        }

        return refusal is not null;
    }

    private void SendCalendar(Turn turn, Registration registration)
    {
        var youthEvent = _youth.Stores.Events.Get(registration.EventId)!;
        if (!registration.IsActive || youthEvent.Status == EventStatus.Cancelled)
        {
            turn.UnknownButton();
            return;
        }

        SendCalendar(turn, _youth, registration, youthEvent);
    }

    /// <summary>A screen of the programmes: in place of the pressed message, or new when opened by a command or link.</summary>
    private static void Show(Turn turn, Text text, IReadOnlyList<IReadOnlyList<Button>> buttons) =>
        turn.Send(new Reply { Text = text, Buttons = buttons, EditPressedMessage = turn.PressedMessageId is not null });

    /// <summary>The registration with an id if it is the presser's own; someone else's or a forged id is null.</summary>
    private Registration? Own(Turn turn, string id) =>
        TryId(id, out var registrationId)
        && _youth.Stores.Registrations.Get(registrationId) is { } registration
        && registration.UserId == turn.User.Id
        && _youth.Stores.Events.Get(registration.EventId) is not null
            ? registration
            : null;

    internal static bool TryId(string text, out long id) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;

    internal static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
