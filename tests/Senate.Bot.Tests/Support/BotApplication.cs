using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Senate.Bot.LocalBotApi;

namespace Senate.Bot.Tests.Support;

/// <summary>
/// The real bot host on a temporary LiteDB file, talking through the real Telegram.Bot client to a local Bot
/// API server on 127.0.0.1. Restartable on the same database; disposes everything.
/// </summary>
internal sealed class BotApplication : IAsyncDisposable
{
    public const long AdminId = 9001;
    public const long StaffChatId = -100777;

    private readonly Action<IServiceCollection>? _services;
    private readonly Dictionary<string, string?> _settings;

    private BotApplication(LocalBotApiServer api, string directory, Action<IServiceCollection>? services, Dictionary<string, string?> settings)
    {
        Api = api;
        Directory = directory;
        _services = services;
        _settings = settings;
    }

    public LocalBotApiServer Api { get; }

    public string Directory { get; }

    public string DatabasePath => Path.Combine(Directory, "bot.db");

    public IHost? Host { get; private set; }

    /// <summary>The configuration the next start uses (change it between a stop and a start).</summary>
    public IDictionary<string, string?> Settings => _settings;

    public IServiceProvider Services => Host?.Services ?? throw new InvalidOperationException("The bot is not running.");

    public static async Task<BotApplication> StartAsync(
        Action<IServiceCollection>? services = null,
        Action<LocalBotApiOptions>? api = null,
        IDictionary<string, string?>? settings = null)
    {
        // Telegram-like limits, but quicker than 1 message/s per chat so conversations in tests do not crawl;
        // SendingTests tighten both sides to check the limits themselves.
        var apiOptions = new LocalBotApiOptions { PerChatPerSecond = 30, PerChatBurst = 30 };
        api?.Invoke(apiOptions);
        var server = await LocalBotApiServer.StartAsync(apiOptions);
        var directory = Path.Combine(Path.GetTempPath(), "senate-bot-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var all = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = server.Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl.ToString().TrimEnd('/'),
            ["Telegram:PollTimeout"] = "00:00:01",
            ["Storage:DatabasePath"] = Path.Combine(directory, "bot.db"),
            ["Bot:AdminIds:0"] = AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Bot:StaffChatId"] = StaffChatId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Bot:TimeZone"] = "Asia/Almaty",
            ["Bot:Sending:RetryDelay"] = "00:00:00.050",
            ["Bot:Sending:PerChatPerSecond"] = "20",
            ["Bot:Sending:PerChatBurst"] = "20",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        server.Group(StaffChatId, "Senate staff");
        var app = new BotApplication(server, directory, services, all);
        await app.StartHostAsync();
        return app;
    }

    /// <summary>Builds and starts a host (a fresh process, as far as the bot can tell) on the same database.</summary>
    public async Task StartHostAsync()
    {
        if (Host is not null)
        {
            throw new InvalidOperationException("The bot is already running.");
        }

        var builder = BotHost.CreateBuilder([], Directory);
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new TestLogProvider(Logs));
        _services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        Host = host;
    }

    public async Task StopHostAsync()
    {
        if (Host is { } host)
        {
            Host = null;
            await host.StopAsync();
            host.Dispose();
        }
    }

    public async Task RestartAsync()
    {
        await StopHostAsync();
        await StartHostAsync();
    }

    public TestLog Logs { get; } = new();

    public LocalUser User(long id, string name = "Aigerim", string? languageCode = "ru") => Api.User(id, name, languageCode);

    /// <summary>The staff group (<see cref="StaffChatId"/>), as its members see it.</summary>
    public LocalGroup StaffChat => Api.Group(StaffChatId, "Senate staff");

    /// <summary>A user who has chosen their language already.</summary>
    public async Task<LocalUser> ReadyUser(long id, string language = "Русский", string? languageCode = "ru")
    {
        var user = User(id, "User" + id, languageCode);
        await user.SendText("/start");
        var offer = await user.NextMessage();
        await user.Press(offer, language);
        await user.WaitFor(m => m.InlineButtons.Count > 0 && m.Text is not null && !m.HasButton("English"));
        return user;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        await Api.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
