using Senate.Bot.LocalBotApi;
using Senate.Bot.Tests.Support;

namespace Senate.Bot.Tests.Telegram;

/// <summary>The built program as an operator runs it: configured only by environment variables, stopped by SIGTERM.</summary>
public sealed class ProgramTests
{
    [Fact]
    public async Task TheBuiltBot_AnswersStart_AndKeepsTheLanguageAcrossAProcessRestart()
    {
        await using var api = await LocalBotApiServer.StartAsync(new LocalBotApiOptions());
        var directory = Path.Combine(Path.GetTempPath(), "senate-bot-tests", Guid.NewGuid().ToString("N"));
        var environment = new Dictionary<string, string?>
        {
            ["Telegram__BotToken"] = api.Token,
            ["Telegram__ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["Storage__DatabasePath"] = Path.Combine(directory, "bot.db"),
        };
        var user = api.User(4001, "Aigerim", "kk");

        using (var first = ProgramRunner.Start(environment))
        {
            await user.SendText("/start");
            var offer = await user.NextMessage(TimeSpan.FromSeconds(30));
            Assert.True(offer.HasButton("✅ Қазақша"));
            await user.Press(offer, "English");
            await user.WaitFor(m => m.Text?.Contains("Main menu", StringComparison.Ordinal) == true);
            await ProgramRunner.Stop(first);
            Assert.Equal(0, first.ExitCode);
        }

        using var second = ProgramRunner.Start(environment);
        try
        {
            await user.SendText("/help");
            await user.WaitFor(m => m.Text?.StartsWith("The bot works through the menu buttons", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(30));
        }
        finally
        {
            await ProgramRunner.Stop(second);
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void TheProductionHost_LoadsNeitherTheLocalBotApiNorThePlayground()
    {
        var references = typeof(BotHost).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("Senate.Bot.Domain", references);
        Assert.DoesNotContain("Senate.Bot.LocalBotApi", references);
        Assert.DoesNotContain("Senate.Bot.Playground", references);
    }
}
