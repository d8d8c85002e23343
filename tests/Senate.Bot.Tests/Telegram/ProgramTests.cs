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
        var (directory, environment) = Environment(api);
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
    public async Task OnSigterm_WhileTelegramHoldsAReply_TheBotStopsCleanlyInTime_AndSendsTheReplyAfterTheRestart()
    {
        await using var api = await LocalBotApiServer.StartAsync(new LocalBotApiOptions());
        var (directory, environment) = Environment(api);
        var user = api.User(4101, "Aigerim", "en");

        using (var first = ProgramRunner.Start(environment))
        {
            await user.SendText("/start");
            var offer = await user.NextMessage(TimeSpan.FromSeconds(30));

            // Telegram answers the next message with "retry after an hour": the reply waits in the outbox.
            api.Faults.Next429(1, 3600);
            await user.Press(offer, "English");
            await ReceivingTests.Until(() => api.Stats.TooManyRequests == 1, TimeSpan.FromSeconds(20));
            var stopping = System.Diagnostics.Stopwatch.StartNew();
            await ProgramRunner.Stop(first);

            Assert.Equal(0, first.ExitCode);
            Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(30), "within the unit's TimeoutStopSec");
            Assert.False(File.Exists(Path.Combine(directory, "bot-log.db")) && new FileInfo(Path.Combine(directory, "bot-log.db")).Length > 0, "the log is checkpointed into the database");
            Assert.DoesNotContain(user.Transcript, m => m.Text?.Contains("Main menu", StringComparison.Ordinal) == true);
        }

        using var second = ProgramRunner.Start(environment);
        try
        {
            await user.WaitFor(m => m.Text?.Contains("Main menu", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(30));
        }
        finally
        {
            await ProgramRunner.Stop(second);
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task WithJsonLogs_EveryLineIsAJsonObject_WithoutTheTokenOrAPhoneNumber()
    {
        await using var api = await LocalBotApiServer.StartAsync(new LocalBotApiOptions());
        var (directory, environment) = Environment(api);
        environment["Logging__Console__FormatterName"] = "json";
        environment["Logging__LogLevel__Default"] = "Debug";
        var citizen = api.User(4201, "Aigerim", "ru");

        using var bot = ProgramRunner.StartCapturing(environment);
        try
        {
            await citizen.SendText("/start");
            await citizen.Press(await citizen.NextMessage(TimeSpan.FromSeconds(30)), "Русский");
            await citizen.WaitFor(m => m.InlineButtons.Count > 0 && m.Text is not null && !m.HasButton("English"));
            api.Faults.Next5xx(2);
            await ConcernSteps.File(citizen, withPhotos: 0, withLocation: false, withContact: true);
        }
        finally
        {
            await ProgramRunner.Stop(bot.Process);
        }

        var lines = (await bot.StandardOutput).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var entry = System.Text.Json.JsonDocument.Parse(line);
            Assert.True(entry.RootElement.TryGetProperty("LogLevel", out _), line);
            Assert.True(entry.RootElement.TryGetProperty("Timestamp", out _), line);
            Assert.DoesNotContain(api.Token.Split(':')[1], line, StringComparison.Ordinal);
            Assert.DoesNotContain("7011234567", line, StringComparison.Ordinal);
            Assert.DoesNotContain("701 123 45 67", line, StringComparison.Ordinal);
        }

        Assert.Contains(lines, l => l.Contains("\"EventId\":4301", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"EventId\":3004", StringComparison.Ordinal));
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>A fresh data folder and the environment an operator would set for a bot on <paramref name="api"/>.</summary>
    private static (string Directory, Dictionary<string, string?> Environment) Environment(LocalBotApiServer api)
    {
        var directory = Path.Combine(Path.GetTempPath(), "senate-bot-tests", Guid.NewGuid().ToString("N"));
        return (directory, new Dictionary<string, string?>
        {
            ["Telegram__BotToken"] = api.Token,
            ["Telegram__ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["Storage__DatabasePath"] = Path.Combine(directory, "bot.db"),
        });
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
