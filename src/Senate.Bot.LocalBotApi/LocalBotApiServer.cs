using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Senate.Bot.LocalBotApi;

/// <summary>
/// An in-process fake of the Telegram Bot API on 127.0.0.1 that the real Telegram.Bot client talks to, plus a
/// user side (<see cref="User"/>, <see cref="Group"/>, HTTP endpoints under <c>/local</c>) and, on request, pages
/// mapped by the caller (the playground's web chat). It keeps Telegram's semantics where the bot depends on them: long polling
/// with offset confirmation and redelivery, 409 Conflict for the waiting call when a second poller calls (as in
/// Telegram, the newer call wins), webhook delivery (<see cref="WebhookDelivery"/>; getUpdates refused meanwhile), validation of texts and buttons, per-chat
/// and global rate limits answered with 429 retry_after, and faults injected on demand. Thread-safe.
/// </summary>
public sealed class LocalBotApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly LocalWorld _world;
    private readonly UpdateQueue _updates;
    private readonly WebhookDelivery _webhook;
    private readonly CancellationTokenSource _stopping;
    private readonly ConcurrentDictionary<long, LocalUser> _users = new();
    private readonly ConcurrentDictionary<long, LocalGroup> _groups = new();
    private int _disposed;

    private LocalBotApiServer(
        WebApplication app,
        LocalWorld world,
        UpdateQueue updates,
        WebhookDelivery webhook,
        Faults faults,
        ServerStats stats,
        CancellationTokenSource stopping,
        LocalBotApiOptions options)
    {
        _app = app;
        _world = world;
        _updates = updates;
        _webhook = webhook;
        _stopping = stopping;
        Faults = faults;
        Stats = stats;
        Options = options;
    }

    /// <summary>
    /// The methods that send to, edit in or act on a chat. Injected <see cref="LocalBotApi.Faults"/> (delay, 429, 5xx,
    /// network errors, blocked users) apply to these only.
    /// </summary>
    public static IReadOnlySet<string> SendingMethods { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "sendMessage", "sendPhoto", "sendDocument", "sendVideo", "sendMediaGroup", "sendLocation", "copyMessage",
        "forwardMessage", "editMessageText", "editMessageReplyMarkup", "editMessageCaption", "deleteMessage",
        "deleteMessages", "pinChatMessage", "sendChatAction",
    };

    /// <summary>
    /// The methods counted against the per-chat and global rate limits: those that make a message appear or
    /// change (an album counts once). getUpdates, answerCallbackQuery, getFile, getMe, setMyCommands,
    /// sendChatAction and deleteMessage are not counted.
    /// </summary>
    public static IReadOnlySet<string> RateLimitedMethods { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "sendMessage", "sendPhoto", "sendDocument", "sendVideo", "sendMediaGroup", "sendLocation", "copyMessage",
        "forwardMessage", "editMessageText", "editMessageReplyMarkup", "editMessageCaption",
    };

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:41234/</c>: pass it as the client's base URL.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The bot token the server accepts.</summary>
    public string Token => Options.Token;

    /// <summary>The options the server runs with.</summary>
    public LocalBotApiOptions Options { get; }

    /// <summary>Failures to inject into the bot's calls.</summary>
    public Faults Faults { get; }

    /// <summary>What the bot did: calls, errors, sending rates.</summary>
    public ServerStats Stats { get; }

    /// <summary>Command lists registered with setMyCommands (scope, language, commands).</summary>
    public IReadOnlyList<BotCommandSet> Commands => _world.Commands;

    /// <summary>The webhook the bot set (setWebhook), or null while it polls.</summary>
    public Webhook? Webhook => _webhook.Current;

    /// <summary>Every post of an update to the webhook so far, in the order they ended.</summary>
    public IReadOnlyList<WebhookAttempt> WebhookAttempts => _webhook.Attempts;

    /// <summary>Updates not yet confirmed by the bot.</summary>
    public int PendingUpdates => _updates.Pending;

    /// <summary>getUpdates calls waiting right now (1 while the bot long-polls).</summary>
    public int WaitingPolls => _updates.WaitingPolls;

    /// <summary>Button presses the bot has not answered with answerCallbackQuery yet.</summary>
    public int UnansweredCallbacks => _world.UnansweredCallbacks;

    /// <summary>Starts a server on 127.0.0.1 (port 0 picks a free one).</summary>
    public static async Task<LocalBotApiServer> StartAsync(LocalBotApiOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Token);
        if (!options.Token.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("A bot token looks like <digits>:<secret>.", nameof(options));
        }

        var time = options.TimeProvider;
        var faults = new Faults();
        var stats = new ServerStats(time);
        var updates = new UpdateQueue(time);
        var world = new LocalWorld(options, updates);
        faults.GetUpdatesFailureArmed = updates.Wake;
        var stopping = new CancellationTokenSource();

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
        });
        builder.Services.AddRoutingCore();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var app = builder.Build();

        var webhook = new WebhookDelivery(updates, options);
        var botApi = new BotApiEndpoint(world, updates, webhook, faults, new RateLimits(options), stats, stopping.Token);
        var server = new LocalBotApiServer(app, world, updates, webhook, faults, stats, stopping, options);
        app.Use(botApi.Middleware);
        new UserApiEndpoint(server, world, stopping.Token).Map(app);
        if (options.ServePlayground)
        {
            foreach (var user in options.PlaygroundUsers)
            {
                server.User(user.Id, user.FirstName, user.LanguageCode);
            }

            if (options.PlaygroundStaffChatId is { } staffChat)
            {
                server.Group(staffChat, options.PlaygroundStaffChatTitle);
            }

        }

        options.MapPages?.Invoke(app);

        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            await webhook.DisposeAsync();
            await app.DisposeAsync();
            stopping.Dispose();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        var port = new Uri(address).Port;
        server.BaseUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        return server;
    }

    /// <summary>
    /// A user and their private chat with the bot (created on first use; a later call with the same id returns the
    /// same handle and updates the name and language).
    /// </summary>
    public LocalUser User(long id, string firstName, string? languageCode = "ru", string? username = null)
    {
        _world.EnsureUser(id, firstName, languageCode, username);
        return _users.GetOrAdd(id, _ => new LocalUser(_world, id, firstName));
    }

    /// <summary>A group chat with the bot (negative id), e.g. the staff chat.</summary>
    public LocalGroup Group(long chatId, string title)
    {
        _world.EnsureGroup(chatId, title);
        return _groups.GetOrAdd(chatId, _ => new LocalGroup(_world, chatId, title));
    }

    /// <summary>A forum supergroup with the bot (an id of the -100… form): messages may go to topics the bot creates.</summary>
    public LocalGroup Forum(long chatId, string title)
    {
        var group = Group(chatId, title);
        _world.MakeForum(chatId);
        return group;
    }

    /// <summary>The bot's messages in a chat, in order, as they are now (edits applied, deletions flagged).</summary>
    public IReadOnlyList<BotMessage> Messages(long chatId) => _world.Messages(chatId, botOnly: true);

    /// <summary>Every message of a chat, the users' and the bot's, in order.</summary>
    public IReadOnlyList<BotMessage> Transcript(long chatId) => _world.Messages(chatId, botOnly: false);

    /// <summary>The bot's answer to a button press, or null while it has not answered.</summary>
    public CallbackAnswer? CallbackAnswer(string callbackQueryId) => _world.AnswerOf(callbackQueryId);

    /// <summary>
    /// Puts an already-confirmed update back in the queue, as if the bot had crashed before confirming it. The
    /// next getUpdates returns it whatever its offset; after that it is confirmed as usual.
    /// </summary>
    public void Redeliver(int updateId) => _updates.Redeliver(updateId);

    /// <summary>answerCallbackQuery calls for a press the bot had already answered (an answer sent twice).</summary>
    public int RepeatedCallbackAnswers => _world.RepeatedCallbackAnswers;

    /// <summary>
    /// Queues an update of any kind from raw JSON, e.g. one the client library cannot decode (a future
    /// <c>forward_origin.type</c>, a new reaction type): <c>{"update_id":…,"<paramref name="type"/>":<paramref name="json"/>}</c>.
    /// Returns the update id.
    /// </summary>
    public int PostRawUpdate(string type, string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        return _updates.Enqueue(id => (type, string.Create(CultureInfo.InvariantCulture, $"{{\"update_id\":{id},\"{type}\":{json}}}")));
    }

    /// <summary>Restarts update ids from <paramref name="nextId"/>, as Telegram does after a week without updates.</summary>
    public void RestartUpdateIds(int nextId) => _updates.RestartIds(nextId);

    /// <summary>Stops the server; waiting long polls end at once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        await _webhook.DisposeAsync();
        try
        {
            await _app.StopAsync();
        }
        finally
        {
            await _app.DisposeAsync();
            _stopping.Dispose();
        }
    }
}
