using System.Globalization;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>How a concern is shown: to its author, to staff, in the staff chat, and the button data that acts on it.</summary>
internal sealed class ConcernCards(ConcernContext context)
{
    /// <summary>The tag of a concern's post in the staff chat: a staff member's reply to it is the answer.</summary>
    public static string PostTag(long id) => "concern:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The tag of the prompt asking for the body a concern is forwarded to.</summary>
    public static string ForwardTag(long id) => "concern-fwd:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The tag of the prompt asking for the answer.</summary>
    public static string AnswerTag(long id) => "concern-ans:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The tag of the prompt asking for the original of a duplicate.</summary>
    public static string DuplicateTag(long id) => "concern-dup:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Feature button data (prefix <c>c</c>); each is re-authorised when pressed.</summary>
    public static class Data
    {
        public const string Report = "c:new";
        public const string Mine = "c:my";

        public static string MinePage(int page) => "c:my:" + page.ToString(CultureInfo.InvariantCulture);

        public static string View(long id) => "c:v:" + Id(id);

        public static string Add(long id) => "c:add:" + Id(id);

        public static string Withdraw(long id) => "c:wd:" + Id(id);

        public static string WithdrawYes(long id) => "c:wy:" + Id(id);

        /// <summary>A staff action: <c>c:s:&lt;action&gt;:&lt;id&gt;</c>.</summary>
        public static string Staff(string action, long id) => "c:s:" + action + ":" + Id(id);

        private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The card the author sees.</summary>
    public Text CitizenCard(Concern c) => ConcernTexts.Card.With(
        c.Number,
        ConcernFormat.Status(c.Status),
        context.RegionName(c.RegionId),
        Settlement(c),
        context.CategoryName(c.CategoryId),
        c.RegisteredUtc,
        ConcernDeadlines.Stored(c.DueDate),
        TextMatching.Shorten(c.Description, 1500, keepLines: true),
        c.PhotoFileIds.Count,
        Location(c),
        Contact(c),
        c.SupportCount + 1,
        Outcome(c, answerLength: 1200),
        Additions(c, 150),
        History(c, staff: false));

    /// <summary>The card staff see, in the staff chat and through <c>/concern</c>.</summary>
    public Text StaffCard(Concern c) => ConcernTexts.StaffCard.With(
        c.Number,
        ConcernFormat.Status(c.Status),
        context.RegionName(c.RegionId),
        Settlement(c),
        context.CategoryName(c.CategoryId),
        c.RegisteredUtc,
        ConcernDeadlines.Stored(c.DueDate),
        TextMatching.Shorten(c.Description, 2400, keepLines: true),
        Contact(c),
        Location(c),
        c.SupportCount + 1,
        c.PhotoFileIds.Count,
        Outcome(c, answerLength: 300),
        Additions(c, 120),
        History(c, staff: true),
        new InLanguage(CommonTexts.LanguageName, c.AuthorLanguage));

    /// <summary>The staff actions the concern's status permits, as buttons.</summary>
    public static IReadOnlyList<IReadOnlyList<Button>> StaffButtons(Concern c)
    {
        var lifecycle = new ConcernLifecycle(c);
        var buttons = new List<Button>();
        void Add(ConcernAction action, TextKey label, string code)
        {
            if (lifecycle.CanFire(action))
            {
                buttons.Add(new Button(label, Data.Staff(code, c.Id)));
            }
        }

        Add(ConcernAction.Accept, ConcernTexts.StaffAccept, "a");
        Add(ConcernAction.Forward, ConcernTexts.StaffForward, "f");
        Add(ConcernAction.Answer, ConcernTexts.StaffAnswer, "n");
        Add(ConcernAction.Reject, ConcernTexts.StaffReject, "r");
        Add(ConcernAction.MarkDuplicate, ConcernTexts.StaffDuplicate, "d");
        Add(ConcernAction.Close, ConcernTexts.StaffClose, "x");
        return [.. buttons.Chunk(2).Select(row => (IReadOnlyList<Button>)row)];
    }

    /// <summary>The first post of a new concern in the staff chat: photos, the card with buttons, the location.</summary>
    public Reply NewPost(Concern c, long staffChatId) => new()
    {
        ChatId = staffChatId,
        Language = context.Settings.StaffLanguage,
        Album = [.. c.PhotoFileIds],
        Text = StaffCard(c),
        Buttons = StaffButtons(c),
        Location = c.Latitude is { } lat && c.Longitude is { } lon ? (lat, lon) : null,
        Tag = PostTag(c.Id),
    };

    /// <summary>The edit of a concern's post in the staff chat after a change; null when there is no staff chat.</summary>
    public Reply? PostUpdate(Concern c) => context.Settings.StaffChatId is { } chat
        ? new Reply
        {
            ChatId = chat,
            Language = context.Settings.StaffLanguage,
            Text = StaffCard(c),
            Buttons = StaffButtons(c),
            EditTag = PostTag(c.Id),
        }
        : null;

    /// <summary>A message to the concern's author in their language; null once the author has been erased.</summary>
    public static Reply? ToAuthor(Concern c, Text text) => c.AuthorId is { } author
        ? new Reply
        {
            ChatId = author,
            Language = c.AuthorLanguage,
            Text = text,
            Buttons = [[new Button(ConcernTexts.OpenCard, Data.View(c.Id))]],
        }
        : null;

    private static Text Settlement(Concern c) => c.Settlement is { } s ? ConcernTexts.PlaceSuffix.With(s) : ConcernTexts.Empty;

    private static Text Location(Concern c) => c.Latitude is { } lat && c.Longitude is { } lon
        ? ConcernTexts.LocationGiven.With(string.Create(CultureInfo.InvariantCulture, $"{lat:0.00000}, {lon:0.00000}"))
        : ConcernTexts.NotGiven;

    private static Text Contact(Concern c) => c.Anonymous || c.ContactPhone is null
        ? ConcernTexts.ContactAnonymous
        : ConcernTexts.ContactValue.With(c.ContactName ?? string.Empty, c.ContactPhone);

    private Text Outcome(Concern c, int answerLength)
    {
        var lines = new List<Text>();
        if (c.ForwardedTo is { } body)
        {
            lines.Add(ConcernTexts.CardForwarded.With(body));
        }

        if (c.Answer is { } answer && c.AnsweredUtc is { } answered)
        {
            lines.Add(ConcernTexts.CardAnswer.With(answered, TextMatching.Shorten(answer, answerLength, keepLines: true)));
        }

        if (c.RejectReason is { } reason)
        {
            lines.Add(ConcernTexts.CardRejected.With(ConcernFormat.Reason(reason)));
        }

        if (c.DuplicateOfId is { } originalId && context.Store.Get(originalId) is { } original)
        {
            lines.Add(ConcernTexts.CardDuplicate.With(original.Number));
        }

        return ConcernFormat.Join(lines);
    }

    private static Text Additions(Concern c, int length)
    {
        if (c.Additions.Count == 0)
        {
            return ConcernTexts.Empty;
        }

        var lines = c.Additions.TakeLast(5).Select(a => (Text)ConcernTexts.AdditionLine.With(
            a.AtUtc,
            ConcernFormat.Join([
                a.Text is { } text ? CommonTexts.Plain.With(TextMatching.Shorten(text, length)) : ConcernTexts.Empty,
                a.PhotoFileId is null ? ConcernTexts.Empty : ConcernTexts.PhotoMarker])));
        return ConcernFormat.Join([ConcernTexts.AdditionsTitle, .. lines]);
    }

    private static Text History(Concern c, bool staff)
    {
        var lines = c.History.TakeLast(staff ? 6 : 10).Select(h => staff && h.StaffId is not null
            ? ConcernTexts.HistoryLineStaff.With(h.AtUtc, ConcernFormat.Event(h.Event), h.StaffName ?? string.Empty, HistoryNote(h))
            : ConcernTexts.HistoryLine.With(h.AtUtc, ConcernFormat.Event(h.Event)));
        return ConcernFormat.Join([ConcernTexts.HistoryTitle, .. lines]);
    }

    /// <summary>The note of a staff history line (the body, the reason); answers are long and shown elsewhere.</summary>
    private static Text HistoryNote(ConcernHistoryEntry h) => h.Event switch
    {
        ConcernEvent.Forwarded or ConcernEvent.MarkedDuplicate when h.Note is { } note => ConcernTexts.HistoryNote.With(TextMatching.Shorten(note, 80)),
        ConcernEvent.Rejected when h.Note is { } code && Enum.TryParse<RejectReason>(code, out var reason) => ConcernTexts.HistoryNote.With(ConcernFormat.Reason(reason)),
        _ => ConcernTexts.Empty,
    };
}
