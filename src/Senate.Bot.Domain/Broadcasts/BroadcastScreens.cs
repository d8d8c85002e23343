using System.Globalization;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Deliveries;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>
/// How broadcasts look to staff: an audience in words, the status card (the progress message the engine keeps up to
/// date, and the card in <c>/broadcasts</c>) with the buttons its state allows, the list, and the final reports.
/// </summary>
internal sealed class BroadcastScreens(BroadcastsContext context)
{
    /// <summary>Buttons on the editor's progress message.</summary>
    public const string ProgressView = "g";

    /// <summary>Buttons on a card opened from the list.</summary>
    public const string CardView = "c";

    public const int ListPage = 5;

    /// <summary>The tag of a broadcast's progress message (the engine edits it in place).</summary>
    public static string Tag(long id) => "broadcast:" + Id(id);

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Data(string action, long id, string view) => string.Create(CultureInfo.InvariantCulture, $"{BroadcastsFeature.Prefix}:{action}:{id}:{view}");

    public static string ListData(int page) => string.Create(CultureInfo.InvariantCulture, $"{BroadcastsFeature.Prefix}:l:{page}");

    /// <summary>Who an audience reaches, in words: everyone, or each condition it has.</summary>
    public Text Describe(Audience audience)
    {
        var parts = new List<Text>();
        if (audience.RegionIds.Count > 0)
        {
            parts.Add(BroadcastTexts.PartRegions.With(new { regions = Text.Join(", ", audience.RegionIds.Select(RegionName)) }));
        }

        if (audience.ProgrammeId is { } programme)
        {
            parts.Add(BroadcastTexts.PartProgramme.With(new { programme = ProgrammeName(programme) }));
        }

        if (audience.EventId is { } eventId)
        {
            parts.Add(BroadcastTexts.PartEvent.With(new { title = EventTitle(eventId), statuses = Statuses(audience.EventStatuses) }));
        }

        if (audience.Languages.Count > 0)
        {
            parts.Add(BroadcastTexts.PartLanguages.With(new { languages = Text.Join(", ", audience.Languages.Select(l => Text.In(l, CommonTexts.LanguageName))) }));
        }

        return parts.Count == 0 ? BroadcastTexts.AudienceEveryone : Text.Join(" · ", parts);
    }

    public Text RegionName(string id) => context.Regions.Find(id) is { } region ? Text.Plain(region.Name) : Text.Plain(id);

    public Text ProgrammeName(string id) => context.Programmes.Find(id) is { } programme ? Text.Plain(programme.Name) : Text.Plain(id);

    /// <summary>An event's title in each reader's language (another language's when the reader's is missing).</summary>
    public Text EventTitle(long id) => context.Events.Get(id)?.Title is { IsGiven: true } title
        ? Text.Plain(new LocalizedString(title.Best(Language.Kk).Value, title.Best(Language.Ru).Value, title.Best(Language.En).Value))
        : Text.Plain("#" + Id(id));

    public static Text Statuses(IReadOnlyCollection<AttendeeStatus> statuses) => statuses.Count is 0 or 3
        ? BroadcastTexts.AllRegistrants
        : Text.Join(", ", statuses.Order().Select(s => (Text)Status(s)));

    public static TextKey Status(AttendeeStatus status) => status switch
    {
        AttendeeStatus.Confirmed => BroadcastTexts.StatusConfirmed,
        AttendeeStatus.Waitlisted => BroadcastTexts.StatusWaitlisted,
        _ => BroadcastTexts.StatusAttended,
    };

    /// <summary>What a message is: a text, a photo… or an album of so many.</summary>
    public static Text Kind(BroadcastMessage message) => message.Media switch
    {
        [] => BroadcastTexts.KindText,
        [{ Kind: AttachmentKind.Photo }] => BroadcastTexts.KindPhoto,
        [{ Kind: AttachmentKind.Video }] => BroadcastTexts.KindVideo,
        [_] => BroadcastTexts.KindDocument,
        var album => BroadcastTexts.KindAlbum.With(new { count = album.Count }),
    };

    /// <summary>The status card of a broadcast, with the buttons its state allows in <paramref name="view"/>.</summary>
    public Reply Card(Broadcast broadcast, DeliveryPace pace, DateTime nowUtc, string view) =>
        new() { Text = Status(broadcast, pace), Buttons = Controls(broadcast, nowUtc, view) };

    /// <summary>The editor's progress message, edited in place.</summary>
    public Reply Progress(Broadcast broadcast, DeliveryPace pace, DateTime nowUtc) =>
        Card(broadcast, pace, nowUtc, ProgressView) with { ChatId = broadcast.CreatedBy, EditTag = Tag(broadcast.Id) };

    public Text Status(Broadcast broadcast, DeliveryPace pace)
    {
        var sending = context.SendingOf(broadcast)!;
        var recall = context.RecallOf(broadcast);
        var lines = new List<Text?>
        {
            BroadcastTexts.StatusTitle.With(new { id = broadcast.Id, state = State(sending, recall) }),
            BroadcastTexts.StatusAudience.With(new { audience = Describe(broadcast.Audience), total = Total(broadcast, sending) }),
        };
        if (sending.Status == DeliveryStatus.Scheduled)
        {
            lines.Add(BroadcastTexts.StatusScheduled.With(new { at = Utc(sending.DueUtc) }));
        }
        else if (sending.StartedUtc is not null)
        {
            lines.Add(BroadcastTexts.StatusCounts.With(new { sent = sending.Sent, left = sending.Left }));
            lines.Add(sending.Blocked + sending.Failed > 0 ? BroadcastTexts.StatusProblems.With(new { blocked = sending.Blocked, failed = sending.Failed }) : null);
            lines.Add(sending.Skipped > 0 ? BroadcastTexts.StatusSkipped.With(new { skipped = sending.Skipped }) : null);
        }

        var running = recall is { Status: DeliveryStatus.Sending } ? recall : sending.Status == DeliveryStatus.Sending ? sending : null;
        if (running is not null && pace.PerSecond is { } rate and > 0)
        {
            lines.Add(pace.Remaining is { } eta ? BroadcastTexts.StatusPace.With(new { rate, eta = Duration(eta) }) : BroadcastTexts.StatusRate.With(new { rate }));
        }

        if (recall is not null && recall.Status != DeliveryStatus.Scheduled)
        {
            lines.Add(BroadcastTexts.StatusRecall.With(new { deleted = recall.Sent, total = recall.Total }));
        }

        lines.Add(BroadcastTexts.StatusBy.With(new { editor = broadcast.CreatedByName, at = Utc(broadcast.CreatedUtc) }));
        return Text.Lines(lines);
    }

    public static TextKey State(Delivery sending, Delivery? recall) => recall switch
    {
        { IsActive: true } => BroadcastTexts.StateRecalling,
        not null => BroadcastTexts.StateRecalled,
        _ => sending.Status switch
        {
            DeliveryStatus.Scheduled => BroadcastTexts.StateScheduled,
            DeliveryStatus.Sending => BroadcastTexts.StateSending,
            DeliveryStatus.Paused => BroadcastTexts.StatePaused,
            DeliveryStatus.Cancelled => BroadcastTexts.StateCancelled,
            _ => BroadcastTexts.StateDone,
        },
    };

    /// <summary>The buttons a broadcast's state allows: pause or resume and cancel while it goes, recall after.</summary>
    public IReadOnlyList<IReadOnlyList<Button>> Controls(Broadcast broadcast, DateTime nowUtc, string view)
    {
        var sending = context.SendingOf(broadcast)!;
        var rows = new List<IReadOnlyList<Button>>();
        if (sending.Can(DeliveryAction.Pause))
        {
            rows.Add([new Button(BroadcastTexts.PauseButton, Data("p", broadcast.Id, view))]);
        }

        if (sending.Can(DeliveryAction.Resume))
        {
            rows.Add([new Button(BroadcastTexts.ResumeButton, Data("r", broadcast.Id, view))]);
        }

        if (sending.Can(DeliveryAction.Cancel))
        {
            rows.Add([new Button(BroadcastTexts.CancelButton, Data("x", broadcast.Id, view))]);
        }

        if (CanRecall(broadcast, nowUtc))
        {
            rows.Add([new Button(BroadcastTexts.RecallButton, Data("d", broadcast.Id, view))]);
        }

        if (view == CardView)
        {
            rows.Add([new Button(BroadcastTexts.MessageButton, Data("m", broadcast.Id, view))]);
            if (!sending.IsActive && sending.Blocked + sending.Failed > 0)
            {
                rows.Add([new Button(BroadcastTexts.FailuresButton, Data("f", broadcast.Id, view))]);
            }

            rows.Add([new Button(BroadcastTexts.ListButton, ListData(0))]);
        }

        return rows;
    }

    /// <summary>Recall is possible once the sending is over, while Telegram still lets the bot delete what it sent.</summary>
    public bool CanRecall(Broadcast broadcast, DateTime nowUtc) =>
        broadcast.RecallId is null
        && context.SendingOf(broadcast) is { IsActive: false, Sent: > 0, StartedUtc: { } started }
        && nowUtc < started + context.Settings.RecallWindow;

    /// <summary>A page of the list: each broadcast with its audience, editor and counts, and a button to its card.</summary>
    public Reply List(int page, bool edit)
    {
        var total = context.Broadcasts.Count();
        var items = context.Broadcasts.Newest(page * ListPage, ListPage);
        var rows = items.Select(b => (IReadOnlyList<Button>)[new Button(BroadcastTexts.CardButton.With(new { id = b.Id, at = Utc(b.CreatedUtc) }), Data("c", b.Id, CardView))]).ToList();
        var paging = new List<Button>();
        if (page > 0)
        {
            paging.Add(new Button(CommonTexts.PreviousPage, ListData(page - 1)));
        }

        if ((page + 1) * ListPage < total)
        {
            paging.Add(new Button(CommonTexts.NextPage, ListData(page + 1)));
        }

        if (paging.Count > 0)
        {
            rows.Add(paging);
        }

        Text text = items.Count == 0
            ? BroadcastTexts.ListEmpty
            : Text.Paragraphs([BroadcastTexts.ListTitle.With(new { page = page + 1 }), .. items.Select(ListItem)]);
        return new Reply { Text = text, Buttons = rows, EditPressedMessage = edit };
    }

    private Text ListItem(Broadcast broadcast)
    {
        var sending = context.SendingOf(broadcast)!;
        return Text.Lines(
            BroadcastTexts.ListItem.With(new
            {
                id = broadcast.Id,
                at = Utc(broadcast.CreatedUtc),
                editor = broadcast.CreatedByName,
                audience = Describe(broadcast.Audience),
                state = State(sending, context.RecallOf(broadcast)),
                sent = sending.Sent,
                total = Total(broadcast, sending),
            }),
            sending.Blocked + sending.Failed > 0 ? BroadcastTexts.ListItemProblems.With(new { blocked = sending.Blocked, failed = sending.Failed }) : null);
    }

    /// <summary>
    /// How many it goes (or went) to: the audience fixed when sending began, or, for one that has not begun (scheduled,
    /// or cancelled before its time), the count the editor confirmed.
    /// </summary>
    public static int Total(Broadcast broadcast, Delivery sending) => sending.StartedUtc is null ? broadcast.AudienceCount : sending.Total;

    /// <summary>A duration as people say it: seconds, minutes and seconds, or hours and minutes.</summary>
    public static Text Duration(TimeSpan span) => span.TotalSeconds switch
    {
        < 60 => BroadcastTexts.EtaSeconds.With(new { seconds = (int)Math.Ceiling(span.TotalSeconds) }),
        < 3600 => BroadcastTexts.EtaMinutes.With(new { minutes = (int)span.TotalMinutes, seconds = span.Seconds }),
        _ => BroadcastTexts.EtaHours.With(new { hours = (int)span.TotalHours, minutes = span.Minutes }),
    };

    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
