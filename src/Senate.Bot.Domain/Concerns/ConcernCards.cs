using System.Globalization;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>How a concern is shown: to its author, to staff, in the staff chat, and the button data that acts on it.</summary>
internal sealed class ConcernCards(ConcernContext context, bool offerBans = false)
{
    /// <summary>The tag of a concern's post in the staff chat: a staff member's reply to it is the answer.</summary>
    public static string PostTag(long id) => "concern:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The tag of the prompt asking for the body a concern is forwarded to.</summary>
    public static string ForwardTag(long id) => "concern-fwd:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The tag of the prompt asking for the answer.</summary>
    public static string AnswerTag(long id) => "concern-ans:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The tag of the prompt asking for the original of a duplicate.</summary>
    public static string DuplicateTag(long id) => "concern-dup:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The tag of the prompt asking for an internal note.</summary>
    public static string NoteTag(long id) => "concern-note:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The tag of the prompt asking for a clarifying question to the author.</summary>
    public static string QuestionTag(long id) => "concern-ask:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The tag of the prompt asking for the reason to ban the author.</summary>
    public static string BanTag(long id) => "concern-ban:" + id.ToString(CultureInfo.InvariantCulture);

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

        /// <summary>The author answers the open clarifying question.</summary>
        public static string Reply(long id) => "c:qa:" + Id(id);

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
        c.OpenQuestion is { } question ? ConcernTexts.CardQuestion.With(new { question = TextMatching.Shorten(question, 600, keepLines: true) }) : null,
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
        c.AuthorErasedUtc is { } erased ? ConcernTexts.CardAuthorErased.With(new { at = erased }) : null,
        c.OpenQuestion is { } question ? ConcernTexts.CardQuestion.With(new { question = TextMatching.Shorten(question, 300, keepLines: true) }) : null,
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

    /// <summary>True when the staff card offers to ban the concern's author (bans are available and the author is known).</summary>
    public bool CanBan(Concern c) => offerBans && c.AuthorId is not null;

    /// <summary>
    /// The staff actions the concern's status permits, as buttons; then a note, a question to the author while it is
    /// open, and a ban of the author.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Button>> StaffButtons(Concern c)
    {
        var canBan = CanBan(c);
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
        buttons.Add(new Button(ConcernTexts.StaffNote, Data.Staff("t", c.Id)));
        if (ConcernLifecycle.IsOpen(c.Status) && c.AuthorId is not null)
        {
            buttons.Add(new Button(ConcernTexts.StaffAsk, Data.Staff("k", c.Id)));
        }

        if (canBan)
        {
            buttons.Add(new Button(ConcernTexts.StaffBan, Data.Staff("bn", c.Id)));
        }

        return [.. buttons.Chunk(2).Select(row => (IReadOnlyList<Button>)row)];
    }

    /// <summary>The staff chat's topic of the concern's region (used when the staff chat is a forum).</summary>
    public ChatTopic Topic(Concern c) => new("region:" + c.RegionId, Text.Plain(context.RegionName(c.RegionId)));

    /// <summary>A message about the concern in the staff chat, in its region's topic and under its post; null without a staff chat.</summary>
    public Reply? ToStaffChat(Concern c, Text text) => context.Settings.StaffChatId is { } chat
        ? new Reply { ChatId = chat, Language = context.Settings.StaffLanguage, Text = text, Topic = Topic(c), ReplyToTag = PostTag(c.Id) }
        : null;

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
        Topic = Topic(c),
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
            Topic = Topic(c),
        }
        : null;

    /// <summary>A message to the concern's author in their language; null once the author has been erased.</summary>
    public static Reply? ToAuthor(Concern c, Text text) => ToAuthor(c, text, Data.View(c.Id), ConcernTexts.OpenCard);

    /// <summary>A message to the concern's author with one button; null once the author has been erased.</summary>
    public static Reply? ToAuthor(Concern c, Text text, string data, TextKey label) => c.AuthorId is { } author
        ? new Reply
        {
            ChatId = author,
            Language = c.AuthorLanguage,
            Text = text,
            Buttons = [[new Button(label, data)]],
        }
        : null;

    private Text Place(Concern c) => Text.Join(", ", [Text.Plain(context.RegionName(c.RegionId)), c.Settlement is { } s ? Text.Plain(s) : null]);

    private Text Outcome(Concern c, int answerLength) => Text.Paragraphs(
        c.ForwardedTo is { } body ? ConcernTexts.CardForwarded.With(new { body }) : null,
        Answers(c, answerLength),
        Text.Lines(
            c.RejectReason is { } reason ? ConcernTexts.CardRejected.With(new { reason = ConcernFormat.Reason(reason) }) : null,
            c.DuplicateOfId is { } originalId && context.Store.Get(originalId) is { } original ? ConcernTexts.CardDuplicate.With(new { number = original.Number }) : null));

    /// <summary>
    /// Every answer in order, the first as the answer and the later ones as additional answers (the last three; the
    /// latest at full length, earlier ones shortened).
    /// </summary>
    private static Text Answers(Concern c, int length)
    {
        var shown = AnswersOf(c).TakeLast(3).ToList();
        return Text.Paragraphs(shown.Select((h, i) =>
            (h.Event == ConcernEvent.AdditionalAnswer ? ConcernTexts.CardAdditionalAnswer : ConcernTexts.CardAnswer).With(new
            {
                at = h.AtUtc,
                answer = TextMatching.Shorten(h.Note!, i == shown.Count - 1 ? length : Math.Min(length, 200), keepLines: true),
            })));
    }

    /// <summary>Every answer sent, oldest first: the history's answer entries (or the answer alone, for a concern older than them).</summary>
    public static IReadOnlyList<ConcernHistoryEntry> AnswersOf(Concern c)
    {
        var answers = c.History.Where(h => h.Event is ConcernEvent.Answered or ConcernEvent.AdditionalAnswer && h.Note is not null).ToList();
        if (answers.Count == 0 && c.Answer is { } only && c.AnsweredUtc is { } at)
        {
            answers.Add(new ConcernHistoryEntry { AtUtc = at, Event = ConcernEvent.Answered, Note = only });
        }

        return answers;
    }

    private static Text Additions(Concern c, int length) => c.Additions.Count == 0
        ? Text.Empty
        : Text.Lines([
            ConcernTexts.AdditionsTitle,
            .. c.Additions.TakeLast(5).Select(a => ConcernTexts.AdditionLine.With(new
            {
                at = a.AtUtc,
                text = Text.Join(" ", [
                    a.Question is null ? null : ConcernTexts.AnswerToQuestionMarker,
                    a.Text is { } text ? Text.Plain(TextMatching.Shorten(text, length)) : null,
                    a.PhotoFileId is null ? null : ConcernTexts.PhotoMarker]),
            }))]);

    /// <summary>The latest history lines: staff see who did what and their notes; the citizen never sees the notes.</summary>
    private static Text History(Concern c, bool staff) => Text.Lines([
        ConcernTexts.HistoryTitle,
        .. c.History.Where(h => staff || h.Event != ConcernEvent.Note).TakeLast(staff ? 6 : 10).Select(h => staff && h.StaffId is not null
            ? ConcernTexts.HistoryLineStaff.With(new { at = h.AtUtc, @event = Text.Join(": ", [ConcernFormat.Event(h.Event), HistoryNote(h)]), staff = h.StaffName ?? string.Empty })
            : ConcernTexts.HistoryLine.With(new { at = h.AtUtc, @event = ConcernFormat.Event(h.Event) }))]);

    /// <summary>The note of a staff history line (the body, the reason); answers are long and shown elsewhere.</summary>
    private static Text? HistoryNote(ConcernHistoryEntry h) => h.Event switch
    {
        ConcernEvent.Forwarded or ConcernEvent.MarkedDuplicate when h.Note is { } note => Text.Plain(TextMatching.Shorten(note, 80)),
        ConcernEvent.Rejected when h.Note is { } code && Enum.TryParse<RejectReason>(code, out var reason) => ConcernFormat.Reason(reason),
        ConcernEvent.Note or ConcernEvent.QuestionAsked when h.Note is { } note => Text.Plain(TextMatching.Shorten(note, 200)),
        _ => null,
    };
}
