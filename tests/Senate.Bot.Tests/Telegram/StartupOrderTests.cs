using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Senate.Bot.Digests;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Storage;
using Senate.Bot.Telegram;
using TelegramUser = Telegram.Bot.Types.User;

namespace Senate.Bot.Tests.Telegram;

/// <summary>Polling starts before the seed import, but no update is handled before the import is committed.</summary>
public sealed class StartupOrderTests
{
    [Fact]
    public async Task AnUpdateReceivedBeforeTheSeedImport_IsHandledOnlyOnceTheImportIsCommitted()
    {
        await using var api = await LocalBotApiServer.StartAsync(new LocalBotApiOptions());
        var directory = Path.Combine(Path.GetTempPath(), "senate-bot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var builder = BotHost.CreateBuilder([], directory);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = api.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl.ToString().TrimEnd('/'),
            ["Storage:DatabasePath"] = Path.Combine(directory, "bot.db"),
        });
        builder.Logging.ClearProviders();
        var host = builder.Build();
        try
        {
            // The host is built, not started: the deferred import has not run, as right after the first getUpdates.
            var services = host.Services;
            var work = services.GetRequiredService<StartupWork>();
            var writer = services.GetRequiredService<DatabaseWriter>();
            var cursors = services.GetRequiredService<ChatCursorStore>();
            var user = new TelegramUser { Id = 4201, FirstName = "Aigerim", LanguageCode = "en" };
            var handling = services.GetRequiredService<UpdateProcessor>().Process(new IncomingUpdate(7, user.Id, true, user, new CommandInput("help", ""), null, null));

            // Everything queued on the writer so far has run: the update was not among it.
            await writer.Run(() => { });
            Assert.False(work.Done.IsCompleted);
            Assert.False(handling.IsCompleted);
            Assert.Equal(0L, await writer.Run(() => cursors.Get(user.Id).LastUpdateId));

            await services.GetRequiredService<DigestStartup>().StartAsync(CancellationToken.None);
            await handling;
            Assert.True(work.Done.IsCompleted);
            Assert.Equal(7L, await writer.Run(() => cursors.Get(user.Id).LastUpdateId));
        }
        finally
        {
            await host.Services.GetRequiredService<DatabaseWriter>().DisposeAsync();
            await ((IAsyncDisposable)host).DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
    }
}
