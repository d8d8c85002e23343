using System.Text;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Tests.Deliveries;
using Senate.Bot.Domain.Tests.Audit;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Tests.Digests;

/// <summary>
/// A real engine with the digests features over in-memory stores: readers, an editor, a clock. Every reply is rendered
/// in its reader's language and checked against Telegram's limits (visible characters, button data).
/// </summary>
internal sealed class DigestBot : IReaders, IDigestSearch
{
    public const long Editor = 9100;

    private readonly Dictionary<long, BotUser> _users = [];
    private readonly Dictionary<long, ConversationRecord> _records = [];
    private readonly Dictionary<long, StaffRole> _roles = [];

    public DigestBot()
    {
        Feature = new DigestsFeature(Digests, Subscriptions, this, this, DigestSamples.Regions, new DigestSettings { TimeZone = DigestSamples.Astana, BotUsername = () => "senate_test_bot", PageSize = 3 }, Deliveries, Audit);
        Engine = new BotEngine([Feature, Feature.Staff], TimeSpan.FromDays(1));
        Run = new DeliveryRun(new Domain.Deliveries.Deliveries(Deliveries, this, [Feature.DeliverySource]), () => Now);
        User(Editor, Language.Ru, StaffRole.Editor);
    }

    public InMemoryDigestStore Digests { get; } = new();

    /// <summary>The audit log: the turns' entries are appended here as the host does after each update, and jobs write to it.</summary>
    public InMemoryAuditLog Audit { get; } = new();

    public InMemorySubscriptions Subscriptions { get; } = new();

    public InMemoryDeliveryStore Deliveries { get; } = new();

    /// <summary>The delivery engine's rules, driven as the host drives them.</summary>
    public DeliveryRun Run { get; }

    public DigestsFeature Feature { get; }

    public BotEngine Engine { get; }

    public DateTimeOffset Now { get; set; } = new(2026, 3, 4, 6, 0, 0, TimeSpan.Zero);

    public Text? LastToast { get; private set; }

    public BotUser User(long id, Language language = Language.Ru, StaffRole role = StaffRole.None)
    {
        var user = new BotUser { Id = id, Language = language, LanguageChosen = true, FirstName = "User" + id };
        _users[id] = user;
        _roles[id] = role;
        return user;
    }

    public BotUser UserOf(long id) => _users[id];

    public ConversationRecord Record(long id) => _records.TryGetValue(id, out var record) ? record : _records[id] = new ConversationRecord { Id = id };

    public IReadOnlyList<Reply> Send(long userId, Input input, bool pressed = true)
    {
        var turn = new Turn(_users[userId], userId, isPrivate: true, Now, Record(userId), _roles[userId]) { PressedMessageId = input is ButtonInput && pressed ? 1 : null };
        Engine.Handle(turn, input);
        foreach (var entry in turn.AuditEntries)
        {
            Audit.Append(entry);
        }

        LastToast = turn.Toast;
        Validate(turn.Replies, _users[userId].Language);
        return turn.Replies;
    }

    public IReadOnlyList<Reply> Text(long userId, string text) => Send(userId, new TextInput(text));

    public IReadOnlyList<Reply> Command(long userId, string name, string argument = "") => Send(userId, new CommandInput(name, argument));

    public IReadOnlyList<Reply> Press(long userId, string data) => Send(userId, new ButtonInput(data));

    /// <summary>Presses the button among <paramref name="replies"/> whose label, in the user's language, contains <paramref name="label"/>.</summary>
    public IReadOnlyList<Reply> Press(long userId, IReadOnlyList<Reply> replies, string label) =>
        Press(userId, Button(replies, userId, label).Data);

    public Button Button(IReadOnlyList<Reply> replies, long userId, string label) =>
        replies.SelectMany(r => r.Buttons.SelectMany(row => row)).LastOrDefault(b => Render(b.Label, _users[userId].Language).Contains(label, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No button '{label}' among: {string.Join(" | ", replies.SelectMany(r => r.Buttons.SelectMany(row => row)).Select(b => Render(b.Label, _users[userId].Language)))}");

    public static string Render(Text text, Language language) => TextCatalog.Default.RenderPlain(text, language, DigestSamples.Astana);

    public static string Html(Reply reply, Language language) => TextCatalog.Default.Render(reply.Text, reply.Language ?? language, DigestSamples.Astana);

    public Reader? Find(long userId) => _users.TryGetValue(userId, out var user) ? new Reader(user.Language, user.BlockedBotUtc is not null) : null;

    /// <summary>A stand-in for the Lucene index: published digests whose text contains the query, case-insensitively.</summary>
    public IReadOnlyList<long> Search(string query, string? regionId = null, int max = 50) =>
        [.. Digests.All
            .Where(d => d.Status == DigestStatus.Published && (regionId is null || d.Content.RegionIds.Contains(regionId)))
            .Where(d => d.Content.Versions.Any(v => v.Title.Contains(query, StringComparison.OrdinalIgnoreCase) || v.Text.Text.Contains(query, StringComparison.OrdinalIgnoreCase)))
            .Select(d => d.Id)
            .Take(max)];

    /// <summary>Hands newly published digests to the delivery engine and runs it to the end; returns every message sent, in order.</summary>
    public IReadOnlyList<Reply> Deliver(int batch = 100)
    {
        Assert.Empty(Feature.Deliver(Now));
        var sent = Run.All(batch);
        Validate(sent, Language.Ru);
        return sent;
    }

    /// <summary>Publishes a digest the way the store would hold it, for readers' tests.</summary>
    public Digest Publish(DigestContent content, DateTimeOffset? at = null)
    {
        var digest = Digest.NewDraft(content, Editor, (at ?? Now).UtcDateTime);
        Digests.Insert(digest);
        digest.Publish((at ?? Now).UtcDateTime);
        Digests.Update(digest);
        return digest;
    }

    private void Validate(IEnumerable<Reply> replies, Language sender)
    {
        foreach (var reply in replies)
        {
            var language = reply.Language ?? (reply.ChatId is { } chat && _users.TryGetValue(chat, out var reader) ? reader.Language : sender);
            var html = TextCatalog.Default.Render(reply.Text, language, DigestSamples.Astana);
            var visible = Render(reply.Text, language);
            Assert.True(visible.Length <= (reply.Attachment is null ? 4096 : 1024), $"A reply of {visible.Length} visible characters is over Telegram's limit.");
            Assert.DoesNotContain("{", html.Replace("{{", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            foreach (var button in reply.Buttons.SelectMany(row => row))
            {
                Assert.False(string.IsNullOrWhiteSpace(Render(button.Label, language)));
                Assert.True(Encoding.UTF8.GetByteCount(button.Data) <= 64, $"Button data '{button.Data}' is over 64 bytes.");
            }
        }
    }
}
