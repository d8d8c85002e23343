using System.Text;
using Microsoft.Extensions.Time.Testing;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.WorkingDays;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Privacy;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Staff;
using Senate.Bot.Domain.Tests.Audit;
using Senate.Bot.Domain.Tests.Privacy;
using Senate.Bot.Domain.Tests.Staff;
using Senate.Bot.Domain.Tests.Youth;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Domain.Tests.Concerns;

/// <summary>
/// A real engine with the concerns feature over an in-memory store, users and a fake clock, and beside it what the
/// host adds: staff management and bans, the audit log, privacy (and, when asked, the youth programmes). What a turn
/// leaves for the host — audit entries, consents, an erased user — is kept as the host keeps it. Every reply of every
/// turn is rendered in its recipient's language and checked against Telegram's limits, so a broken template or an
/// overlong message fails whichever test produced it.
/// </summary>
internal sealed class ConcernHarness
{
    public const long StaffChatId = -1001234567890;
    public const long Citizen = 1001;
    public const long OtherCitizen = 1002;
    public const long Moderator = 9001;
    public const long Admin = 9002;

    public static readonly string SeedsDirectory = Path.Combine(AppContext.BaseDirectory, "seeds");
    public static readonly Regions Regions = Regions.Load(SeedsDirectory);
    public static readonly Categories Categories = Categories.Load(SeedsDirectory);
    public static readonly WorkingCalendar WorkCalendar = WorkingCalendar.Load(SeedsDirectory);

    /// <summary>Tuesday 12 May 2026, 10:30 in Astana (UTC+5): a working day, within working hours.</summary>
    public static readonly DateTimeOffset WorkingMorning = new(2026, 5, 12, 10, 30, 0, TimeSpan.FromHours(5));

    private readonly Dictionary<long, BotUser> _users = [];
    private readonly Dictionary<long, ConversationRecord> _records = [];
    private readonly Dictionary<long, StaffAccess> _access = [];
    private readonly bool _withYouth;

    public ConcernHarness(DateTimeOffset? start = null, bool staffChat = true, Action<ConcernSettings>? configure = null, bool youth = false)
    {
        Clock = new FakeTimeProvider(start ?? WorkingMorning);
        Settings = new ConcernSettings { StaffChatId = staffChat ? StaffChatId : null };
        configure?.Invoke(Settings);
        Users = new InMemoryUsers(_users);
        Roster = new StaffRoster(StaffStore, [Admin]);
        _withYouth = youth;
        Restart();
        User(Citizen, Language.Ru, "Айгерим");
        User(OtherCitizen, Language.Kk, "Ерлан");
        User(Moderator, Language.Ru, "Модератор");
        User(Admin, Language.En, "Admin");
    }

    public FakeTimeProvider Clock { get; }

    public InMemoryConcernStore Store { get; } = new();

    public ConcernSettings Settings { get; }

    public FakeChartRenderer Charts { get; } = new();

    public ConcernsFeature Feature { get; private set; } = null!;

    public BotEngine Engine { get; private set; } = null!;

    public InMemoryUsers Users { get; }

    public InMemoryStaffStore StaffStore { get; } = new();

    public StaffRoster Roster { get; }

    public InMemoryAuditLog AuditLog { get; } = new();

    public InMemoryPrivacyStores Privacy { get; } = new();

    public InMemoryYouthStores YouthStore { get; } = new();

    public YouthFeature? Youth { get; private set; }

    public static TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

    /// <summary>A new feature and engine over the same store and conversation records, as after a restart.</summary>
    public void Restart()
    {
        Feature = new ConcernsFeature(Store, Regions, Categories, WorkCalendar, Settings, Charts, new UserBans(Users, Roster));
        Youth = _withYouth ? new YouthFeature(YouthStore.Stores, YouthHarness.Programmes, Regions, new YouthSettings { TimeZone = Zone, BotUsername = () => "senate_test_bot" }) : null;
        IEnumerable<Feature> youth = Youth is null ? [] : [Youth, Youth.Staff];
        IPersonalData[] parts = Youth is null ? [Feature.PersonalData] : [Feature.PersonalData, Youth.PersonalData];
        Engine = new BotEngine(
            [
                Feature,
                .. youth,
                new StaffFeature(Roster, new UserBans(Users, Roster), Users, Regions),
                new AuditFeature(AuditLog, Roster, Users, Zone),
                new PrivacyFeature(parts, Privacy, Privacy),
            ],
            TimeSpan.FromDays(1));
    }

    /// <summary>An open youth event (the harness must have been made with the youth programmes) starting after <paramref name="startsIn"/>.</summary>
    public YouthEvent AddEvent(TimeSpan startsIn, int capacity = 10)
    {
        var youthEvent = new YouthEvent
        {
            ProgrammeId = "school",
            Title = new EventTitle { Ru = "Школа аналитики " + startsIn.Days.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            StartUtc = Clock.GetUtcNow().UtcDateTime + startsIn,
            RegistrationDeadlineUtc = Clock.GetUtcNow().UtcDateTime + startsIn,
            Capacity = capacity,
            Status = EventStatus.Open,
        };
        YouthStore.Insert(youthEvent);
        return youthEvent;
    }

    /// <summary>Gives a user staff access for the turns that name no role (as the host looks it up for every update).</summary>
    public void Grant(long userId, StaffAccess access) => _access[userId] = access;

    /// <summary>A moderator of only these regions.</summary>
    public static StaffAccess ModeratorOf(params string[] regions) => new(StaffRole.Moderator, regions.ToHashSet());

    public BotUser User(long id, Language language = Language.Ru, string name = "Test")
    {
        var user = new BotUser { Id = id, Language = language, LanguageChosen = true, FirstName = name };
        _users[id] = user;
        return user;
    }

    public BotUser UserOf(long id) => _users[id];

    public ConversationRecord RecordOf(long chatId) =>
        _records.TryGetValue(chatId, out var record) ? record : _records[chatId] = new ConversationRecord { Id = chatId };

    public Turn Send(long userId, Input input, StaffRole role = StaffRole.None) => Handle(userId, userId, isPrivate: true, input, role);

    public Turn Text(long userId, string text, StaffRole role = StaffRole.None) => Send(userId, new TextInput(text), role);

    public Turn Data(long userId, string data, StaffRole role = StaffRole.None) => Send(userId, new ButtonInput(data), role);

    public Turn InGroup(long userId, Input input, StaffRole role, long chatId = StaffChatId) => Handle(userId, chatId, isPrivate: false, input, role);

    /// <summary>A staff member's reply in the staff chat that previews an answer, then the press of its "Send".</summary>
    public Turn Answer(long staffId, Concern concern, string text, StaffRole role = StaffRole.Moderator)
    {
        var preview = InGroup(staffId, new ReplyToBotInput(1, $"concern:{concern.Id}", text), role);
        return PressInGroup(staffId, preview, ConcernTexts.AnswerSend, role);
    }

    /// <summary>Presses the last button of <paramref name="previous"/> whose label has the key.</summary>
    public Turn Press(long userId, Turn previous, TextKey label, StaffRole role = StaffRole.None) =>
        Data(userId, ButtonOf(previous, b => b.Label.Key == label).Data, role);

    /// <summary>A moderator presses, in the staff chat, the last button of <paramref name="previous"/> whose label has the key.</summary>
    public Turn PressInGroup(long userId, Turn previous, TextKey label, StaffRole role = StaffRole.Moderator) =>
        InGroup(userId, new ButtonInput(ButtonOf(previous, b => b.Label.Key == label).Data), role);

    /// <summary>Presses the last button of <paramref name="previous"/> whose data ends with <paramref name="suffix"/>.</summary>
    public Turn PressData(long userId, Turn previous, string suffix, StaffRole role = StaffRole.None) =>
        Data(userId, ButtonOf(previous, b => b.Data.EndsWith(suffix, StringComparison.Ordinal)).Data, role);

    public static Button ButtonOf(Turn turn, Func<Button, bool> match) =>
        turn.Replies.SelectMany(r => r.Buttons.SelectMany(row => row)).LastOrDefault(match)
        ?? throw new InvalidOperationException("No such button in: " + string.Join(", ", turn.Replies.Select(r => r.Text.Key?.Name)));

    /// <summary>True when a reply (not the echo of a pressed answer) is built around <paramref name="key"/>.</summary>
    public static bool Has(Turn turn, TextKey key) => Sent(turn).Any(r => r.Text.Key == key);

    /// <summary>The last reply built around <paramref name="key"/>, edits of the pressed message included.</summary>
    public static Reply ReplyWith(Turn turn, TextKey key) => turn.Replies.Last(r => r.Text.Key == key);

    /// <summary>
    /// The replies of a turn without the echo of a pressed answer (the pressed question edited to show the answer
    /// instead of its buttons); a screen edited in place, which keeps buttons, counts.
    /// </summary>
    public static IReadOnlyList<Reply> Sent(Turn turn) => [.. turn.Replies.Where(r => !(r.EditPressedMessage && r.Buttons.Count == 0))];

    /// <summary>The keys of a text's top-level pieces: a hint and a question sent together give both.</summary>
    public static IReadOnlyList<TextKey?> Pieces(Text text) => text is JoinedText joined ? [.. joined.Parts.Select(p => p.Key)] : [text.Key];

    /// <summary>The key of a text argument, whether it was passed as a key or as a text.</summary>
    public static TextKey? KeyOf(object? arg) => arg switch
    {
        Text text => text.Key,
        TextKey key => key,
        _ => throw new InvalidOperationException($"{arg} is not a text."),
    };

    /// <summary>Renders a text as a user of that language would read it (plain).</summary>
    public static string Plain(Text text, Language language) => TextCatalog.Default.RenderPlain(text, language, Zone);

    /// <summary>
    /// Drives the whole report form for a user and submits it; returns the turn of the submission.
    /// </summary>
    public Turn FileConcern(
        long userId,
        string region = "atyrau",
        string category = "ecology",
        string description = "Из трубы завода по ночам идёт чёрный дым, дышать невозможно уже месяц.",
        int photos = 2,
        bool location = true,
        bool anonymous = false,
        string? settlement = "Атырау")
    {
        var turn = Data(userId, "c:new");
        Assert.True(Has(turn, ConcernTexts.AskRegion), "The form starts with the region.");
        turn = PressData(userId, turn, ":r:" + region);
        turn = settlement is null ? Press(userId, turn, CommonTexts.Skip) : Text(userId, settlement);
        turn = PressData(userId, turn, ":k:" + category);
        turn = Text(userId, description);
        if (Has(turn, ConcernTexts.SimilarIntro))
        {
            turn = Press(userId, turn, ConcernTexts.SimilarOwnButton);
        }

        for (var i = 0; i < photos; i++)
        {
            turn = Send(userId, new PhotoInput($"photo-{userId}-{i}", $"unique-{userId}-{i}", null));
        }

        turn = photos == 0 ? Press(userId, turn, CommonTexts.Skip) : Press(userId, turn, ConcernTexts.PhotosDone);
        turn = location ? Send(userId, new LocationInput(47.1167, 51.8833)) : Press(userId, turn, ConcernTexts.NoLocationButton);
        if (anonymous)
        {
            turn = Press(userId, turn, ConcernTexts.ConsentAnonymous);
            turn = Press(userId, turn, ConcernTexts.AnonymousConfirm);
        }
        else
        {
            turn = Press(userId, turn, ConcernTexts.ConsentAgree);
            turn = Send(userId, new ContactInput("77011234567", UserOf(userId).FirstName, "Тестова", userId));
        }

        Assert.True(Has(turn, ConcernTexts.Review), "The form ends with the review.");
        return Press(userId, turn, ConcernTexts.Submit);
    }

    private Turn Handle(long userId, long chatId, bool isPrivate, Input input, StaffRole role)
    {
        var user = _users[userId];
        var access = role != StaffRole.None ? new StaffAccess(role) : _access.GetValueOrDefault(userId) ?? Roster.AccessOf(userId);
        var turn = new Turn(user, chatId, isPrivate, Clock.GetUtcNow(), RecordOf(chatId), access) { PressedMessageId = input is ButtonInput ? 1 : null };
        Engine.Handle(turn, input);
        Validate(turn, user);
        foreach (var entry in turn.AuditEntries)
        {
            AuditLog.Append(entry);
        }

        foreach (var consent in turn.ConsentsGiven)
        {
            Privacy.Add(consent);
        }

        if (turn.UserErased)
        {
            _users.Remove(userId);
        }

        return turn;
    }

    private void Validate(Turn turn, BotUser sender)
    {
        foreach (var reply in turn.Replies)
        {
            var language = reply.Language
                ?? (reply.ChatId is { } chat && _users.TryGetValue(chat, out var recipient) ? recipient.Language : sender.Language);
            var text = TextCatalog.Default.Render(reply.Text, language, Zone);
            var limit = reply.Attachment is null ? 4096 : 1024;
            Assert.True(text.Length <= limit, $"'{reply.Text.Key}' is {text.Length} characters, over Telegram's {limit}.");
            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(text), "A reply has no text.");
            foreach (var button in reply.Buttons.SelectMany(row => row))
            {
                Assert.False(string.IsNullOrWhiteSpace(Plain(button.Label, language)), $"A button of '{reply.Text.Key}' has no label.");
                Assert.True(Encoding.UTF8.GetByteCount(button.Data) <= 64, $"Button data '{button.Data}' is over 64 bytes.");
            }

            foreach (var key in reply.Keyboard?.Rows.SelectMany(row => row) ?? [])
            {
                Assert.False(string.IsNullOrWhiteSpace(Plain(key.Label, language)));
            }
        }

        if (turn.Toast is { } toast)
        {
            Assert.True(Plain(toast, sender.Language).Length <= 200, "A toast is at most 200 characters.");
        }
    }

    /// <summary>How many data rows a semicolon-separated export has (the header row aside).</summary>
    public static int CsvRowCount(Attachment file)
    {
        using var csv = CsvHelper.CsvReader.Create(file.Bytes(), new CsvHelper.CsvReaderOptions { Separator = ';' });
        var rows = 0;
        while (csv.Read())
        {
            rows++;
        }

        return rows;
    }
}
