using Senate.Bot.Domain.Tests.Texts;
using System.Text;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Domain.Tests.Youth;

/// <summary>
/// A real <see cref="BotEngine"/> with the youth features over in-memory stores, users and their chats, and a
/// clock the test sets. Every reply is rendered in its recipient's language, so a template that does not fit its
/// arguments, or button data over Telegram's 64 bytes, fails the test that produced it.
/// </summary>
internal sealed class YouthHarness
{
    public static readonly TimeZoneInfo Astana = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

    private readonly Dictionary<long, BotUser> _users = [];
    private readonly Dictionary<long, StaffRole> _roles = [];
    private readonly Dictionary<long, ConversationRecord> _conversations = [];
    private readonly Dictionary<long, IReadOnlyList<Reply>> _lastReplies = [];

    public YouthHarness(YouthSettings? settings = null)
    {
        Settings = settings ?? new YouthSettings { TimeZone = Astana, BotUsername = () => "senate_test_bot" };
        Feature = new YouthFeature(Store.Stores, Programmes, Regions, Settings);
        Engine = new BotEngine([Feature, Feature.Staff], TimeSpan.FromDays(1));
    }

    public static string SeedsDirectory => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static Regions Regions { get; } = Regions.Load(SeedsDirectory);

    public static Programmes Programmes { get; } = Programmes.Load(SeedsDirectory);

    /// <summary>Monday 1 September 2025, 10:00 in Astana.</summary>
    public DateTimeOffset Now { get; set; } = new(2025, 9, 1, 5, 0, 0, TimeSpan.Zero);

    public InMemoryYouthStores Store { get; } = new();

    public YouthSettings Settings { get; }

    public YouthFeature Feature { get; }

    public BotEngine Engine { get; }

    /// <summary>Every reply sent by any turn, rendered: (chat, text).</summary>
    public List<(long ChatId, string Text)> Rendered { get; } = [];

    public BotUser User(long id, Language language = Language.Ru, StaffRole role = StaffRole.None, bool languageChosen = true)
    {
        var user = new BotUser { Id = id, Language = language, LanguageChosen = languageChosen, FirstName = "User" + id };
        _users[id] = user;
        _roles[id] = role;
        return user;
    }

    public ConversationRecord Conversation(long chatId) =>
        _conversations.TryGetValue(chatId, out var record) ? record : _conversations[chatId] = new ConversationRecord { Id = chatId };

    /// <summary>The toast (answerCallbackQuery text) of the last turn, if any.</summary>
    public Text? LastToast { get; private set; }

    public IReadOnlyList<Reply> Send(long userId, Input input, bool isPrivate = true, long? chatId = null)
    {
        var user = _users[userId];
        var chat = chatId ?? userId;
        var turn = new Turn(user, chat, isPrivate, Now, Conversation(chat), _roles[userId]) { PressedMessageId = input is ButtonInput ? 1 : null };
        Engine.Handle(turn, input);
        foreach (var reply in turn.Replies)
        {
            Render(reply, reply.ChatId ?? chat, reply.Language ?? (reply.ChatId is { } other && _users.TryGetValue(other, out var recipient) ? recipient.Language : user.Language));
        }

        // The echo of a pressed answer (the question edited to show it) is checked above like every reply, and left
        // out of what the tests read: they look at what the turn says.
        IReadOnlyList<Reply> said = [.. turn.Replies.Where(r => !(r.EditPressedMessage && r.Buttons.Count == 0))];
        _lastReplies[userId] = said;
        LastToast = turn.Toast;
        return said;
    }

    /// <summary>Runs the reminder job at <paramref name="now"/> and renders what it would send.</summary>
    public IReadOnlyList<Reply> RunReminders(DateTimeOffset now, YouthSettings? settings = null)
    {
        var replies = ReminderPlanner.Run(now, Store.Stores, settings ?? Settings);
        foreach (var reply in replies)
        {
            Render(reply, reply.ChatId!.Value, reply.Language ?? _users[reply.ChatId.Value].Language);
        }

        return replies;
    }

    public IReadOnlyList<Reply> Text(long userId, string text) => Send(userId, new TextInput(text));

    public IReadOnlyList<Reply> Command(long userId, string name, string argument = "", bool isPrivate = true, long? chatId = null) =>
        Send(userId, new CommandInput(name, argument), isPrivate, chatId);

    public IReadOnlyList<Reply> Data(long userId, string data) => Send(userId, new ButtonInput(data));

    public IReadOnlyList<Reply> OwnContact(long userId, string phone = "+7 701 234 56 78") =>
        Send(userId, new ContactInput(phone, "User", null, userId));

    /// <summary>Presses the button labelled <paramref name="label"/> on the user's latest replies.</summary>
    public IReadOnlyList<Reply> Press(long userId, TextKey label) => Data(userId, ButtonData(userId, b => b.Label.Key == label));

    /// <summary>Presses the button whose data ends with <paramref name="suffix"/> on the user's latest replies.</summary>
    public IReadOnlyList<Reply> PressData(long userId, string suffix) => Data(userId, ButtonData(userId, b => b.Data.EndsWith(suffix, StringComparison.Ordinal)));

    public string ButtonData(long userId, Func<Button, bool> match) =>
        Last(userId).SelectMany(r => r.Buttons).SelectMany(row => row).LastOrDefault(match)?.Data
            ?? throw new InvalidOperationException($"No such button among: {string.Join(", ", Last(userId).SelectMany(r => r.Buttons).SelectMany(row => row).Select(b => b.Label.Key + "=" + b.Data))}");

    public IReadOnlyList<Reply> Last(long userId) => _lastReplies.GetValueOrDefault(userId) ?? [];

    public YouthEvent AddEvent(
        int capacity = 10,
        TimeSpan? startsIn = null,
        string programmeId = "school",
        EventTitle? title = null,
        int minAge = 14,
        int maxAge = 35,
        TimeSpan? deadlineBeforeStart = null,
        string? place = "Шымкент, ЮКУ им. М. Ауэзова, ауд. 101",
        string? onlineUrl = null)
    {
        var start = Now.UtcDateTime + (startsIn ?? TimeSpan.FromDays(7));
        var youthEvent = new YouthEvent
        {
            ProgrammeId = programmeId,
            Title = title ?? new EventTitle { Kk = "Талдау мектебі: кіріспе сабақ", Ru = "Школа аналитики: вводное занятие", En = "Analytics School: introductory session" },
            StartUtc = start,
            Place = onlineUrl is null ? place : null,
            OnlineUrl = onlineUrl,
            Capacity = capacity,
            MinAge = minAge,
            MaxAge = maxAge,
            RegistrationDeadlineUtc = start - (deadlineBeforeStart ?? TimeSpan.Zero),
            Status = EventStatus.Open,
            CreatedUtc = Now.UtcDateTime,
        };
        Store.Insert(youthEvent);
        return youthEvent;
    }

    /// <summary>Walks a participant from the event card to the review (details typed, not reused).</summary>
    public void FillToReview(long userId, long eventId, int age = 19, string name = "Сейткали Айгерим", string region = "shymkent")
    {
        Data(userId, "y:e:" + eventId);
        Press(userId, RegisterOrWaitlist(userId));
        Press(userId, YouthTexts.AgreeButton);
        if (Last(userId).Any(r => r.Text.Key == YouthTexts.ProfileOffer))
        {
            Press(userId, YouthTexts.ChangeProfileButton);
        }

        Text(userId, name);
        Text(userId, age.ToString(System.Globalization.CultureInfo.InvariantCulture));
        PressData(userId, ":r:" + region);
        Text(userId, "ЮКУ им. М. Ауэзова, 2 курс");
        OwnContact(userId);
        Press(userId, CommonTexts.Skip);
    }

    /// <summary>Registers a participant from the event card to the outcome.</summary>
    public IReadOnlyList<Reply> Register(long userId, long eventId, int age = 19, string name = "Сейткали Айгерим")
    {
        FillToReview(userId, eventId, age, name);
        return Press(userId, CommonTexts.Confirm);
    }

    private TextKey RegisterOrWaitlist(long userId) =>
        Last(userId).SelectMany(r => r.Buttons).SelectMany(row => row).Any(b => b.Label.Key == YouthTexts.RegisterButton)
            ? YouthTexts.RegisterButton
            : YouthTexts.JoinWaitlistButton;

    private void Render(Reply reply, long chatId, Language language)
    {
        var catalog = TextCatalog.Default;
        var text = catalog.Render(reply.Text, language, Astana);
        Assert.InRange(text.Length, 0, reply.Attachment is null ? 4096 : 1024);
        foreach (var button in reply.Buttons.SelectMany(row => row))
        {
            Assert.False(string.IsNullOrWhiteSpace(catalog.RenderPlain(button.Label, language, Astana)));
            Assert.InRange(Encoding.UTF8.GetByteCount(button.Data), 1, 64);
        }

        foreach (var key in reply.Keyboard?.Rows.SelectMany(row => row) ?? [])
        {
            Assert.False(string.IsNullOrWhiteSpace(catalog.RenderPlain(key.Label, language, Astana)));
        }

        Rendered.Add((chatId, text));
    }
}

/// <summary>Assertions on replies by text key.</summary>
internal static class Replies
{
    /// <summary>
    /// The keys of the messages a turn sends, leaving out the edit that shows a pressed answer in place of the
    /// question's buttons (an edit of the pressed message without buttons). A hint sent with its question gives both keys.
    /// </summary>
    public static IReadOnlyList<TextKey?> Keys(this IEnumerable<Reply> replies) =>
        [.. replies.Where(r => !(r.EditPressedMessage && r.Buttons.Count == 0)).SelectMany(r => r.Text is JoinedText joined ? joined.Parts.Select(p => p.Key) : [r.Text.Key])];

    public static bool Has(this IEnumerable<Reply> replies, TextKey key) => replies.Any(r => r.Text.Contains(key));
}
