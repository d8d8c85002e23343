using Senate.Bot.LocalBotApi;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Senate.Bot.Tests.LocalBotApi;

/// <summary>A started local Bot API with the real Telegram.Bot client pointed at it (no built-in 429 retries).</summary>
internal sealed class LocalBotApiHarness : IAsyncDisposable
{
    private LocalBotApiHarness(LocalBotApiServer server, HttpClient http)
    {
        Server = server;
        Http = http;
        Bot = new TelegramBotClient(
            new TelegramBotClientOptions(server.Token, server.BaseUrl.ToString()) { RetryThreshold = 0, RetryCount = 0 },
            http);
    }

    public LocalBotApiServer Server { get; }

    public HttpClient Http { get; }

    public TelegramBotClient Bot { get; }

    public static async Task<LocalBotApiHarness> StartAsync(Action<LocalBotApiOptions>? configure = null)
    {
        var options = new LocalBotApiOptions();
        configure?.Invoke(options);
        var server = await LocalBotApiServer.StartAsync(options);
        var http = new HttpClient { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromSeconds(20) };
        return new LocalBotApiHarness(server, http);
    }

    /// <summary>Short-polls once (timeout 0) and returns what is pending.</summary>
    public Task<Update[]> Poll(int? offset = null) => Bot.GetUpdates(offset, timeout: 0);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Http.Dispose();
    }
}
