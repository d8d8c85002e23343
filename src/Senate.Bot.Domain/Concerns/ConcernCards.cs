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
    public Text CitizenCard(Concern c) => Text.Paragraphs(
        ConcernTexts.Card.With(new
        {
            number = c.Number,
            status = ConcernFormat.Status(c.Status),
            place = Place(c),
            category = context.CategoryName(c.CategoryId),
            received = c.RegisteredUtc,
            due = ConcernDeadlines.Stored(c.DueDate),
            description = TextMatching.Shorten(c.Description, 1500, keepLines: true),
            photos = c.PhotoFileIds.Count,
            location = Location(c.Latitude, c.Longitude),
            contact = Contact(c.Anonymous, c.ContactName, c.ContactPhone),
            people = c.SupportCount + 1,
        }),
        Outcome(c, answerLength: 1200),
        Additions(c, 150),
        History(c, staff: false));

    /// <summary>The card staff see, in the staff chat and through <c>/concern</c>.</summary>
    public Text StaffCard(Concern c) => Text.Paragraphs(
        ConcernTexts.StaffCard.With(new
        {
            number = c.Number,
            status = ConcernFormat.Status(c.Status),
            place = Place(c),
            category = context.CategoryName(c.CategoryId),
            received = c.RegisteredUtc,
            due = ConcernDeadlines.Stored(c.DueDate),
            description = TextMatching.Shorten(c.Description, 2400, keepLines: true),
            contact = Contact(c.Anonymous, c.ContactName, c.ContactPhone),
            location = Location(c.Latitude, c.Longitude),
            people = c.SupportCount + 1,
            photos = c.PhotoFileIds.Count,
            language = Text.In(c.AuthorLanguage, CommonTexts.LanguageName),
        }),
        Outcome(c, answerLength: 300),
        Additions(c, 120),
        History(c, staff: true));

    /// <summary>Coordinates, or "not given".</summary>
    public static Text Location(double? latitude, double? longitude) => latitude is { } lat && longitude is { } lon
        ? ConcernTexts.LocationGiven.With(new { coordinates = string.Create(CultureInfo.InvariantCulture, $"{lat:0.00000}, {lon:0.00000}") })
        : ConcernTexts.NotGiven;

    /// <summary>The name and phone, or "anonymous".</summary>
    public static Text Contact(bool anonymous, string? name, string? phone) => anonymous || phone is null
        ? ConcernTexts.ContactAnonymous
        : Text.Join(", ", [Text.Plain(name ?? string.Empty), Text.Plain(phone)]);

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

    private Text Place(Concern c) => Text.Join(", ", [Text.Plain(context.RegionName(c.RegionId)), c.Settlement is { } s ? Text.Plain(s) : null]);

    private Text Outcome(Concern c, int answerLength) => Text.Paragraphs(
        c.ForwardedTo is { } body ? ConcernTexts.CardForwarded.With(new { body }) : null,
        c.Answer is { } answer && c.AnsweredUtc is { } answered
            ? ConcernTexts.CardAnswer.With(new { at = answered, answer = TextMatching.Shorten(answer, answerLength, keepLines: true) })
            : null,
        Text.Lines(
            c.RejectReason is { } reason ? ConcernTexts.CardRejected.With(new { reason = ConcernFormat.Reason(reason) }) : null,
            c.DuplicateOfId is { } originalId && context.Store.Get(originalId) is { } original ? ConcernTexts.CardDuplicate.With(new { number = original.Number }) : null));

    private static Text Additions(Concern c, int length) => c.Additions.Count == 0
        ? Text.Empty
        : Text.Lines([
            ConcernTexts.AdditionsTitle,
            .. c.Additions.TakeLast(5).Select(a => ConcernTexts.AdditionLine.With(new
            {
                at = a.AtUtc,
                text = Text.Join(" ", [a.Text is { } text ? Text.Plain(TextMatching.Shorten(text, length)) : null, a.PhotoFileId is null ? null : ConcernTexts.PhotoMarker]),
            }))]);

    private static Text History(Concern c, bool staff) => Text.Lines([
        ConcernTexts.HistoryTitle,
        .. c.History.TakeLast(staff ? 6 : 10).Select(h => staff && h.StaffId is not null
            ? ConcernTexts.HistoryLineStaff.With(new { at = h.AtUtc, @event = Text.Join(": ", [ConcernFormat.Event(h.Event), HistoryNote(h)]), staff = h.StaffName ?? string.Empty })
            : ConcernTexts.HistoryLine.With(new { at = h.AtUtc, @event = ConcernFormat.Event(h.Event) }))]);

    /// <summary>The note of a staff history line (the body, the reason); answers are long and shown elsewhere.</summary>
    private static Text? HistoryNote(ConcernHistoryEntry h) => h.Event switch
    {
        ConcernEvent.Forwarded or ConcernEvent.MarkedDuplicate when h.Note is { } note => Text.Plain(TextMatching.Shorten(note, 80)),
        ConcernEvent.Rejected when h.Note is { } code && Enum.TryParse<RejectReason>(code, out var reason) => ConcernFormat.Reason(reason),
        _ => null,
    };
}
