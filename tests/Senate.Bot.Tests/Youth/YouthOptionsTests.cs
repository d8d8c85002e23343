using Microsoft.Extensions.DependencyInjection;
using Senate.Bot.Domain.Youth;
using Senate.Bot.Tests.Support;

namespace Senate.Bot.Tests.Youth;

/// <summary>The youth settings come from configuration, like the concern settings, and are checked at start.</summary>
public sealed class YouthOptionsTests
{
    [Fact]
    public async Task Configuration_ReachesTheFeature()
    {
        await using var app = await BotApplication.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Youth:DefaultMinAge"] = "16",
            ["Youth:DefaultMaxAge"] = "29",
            ["Youth:ReminderOffsets:0"] = "02:00:00",
        });

        var settings = app.Get<YouthSettings>();

        Assert.Equal((16, 29), (settings.DefaultMinAge, settings.DefaultMaxAge));
        Assert.Equal([TimeSpan.FromHours(2)], settings.ReminderOffsets);
    }

    [Fact]
    public async Task AnImpossibleAgeRange_StopsTheProgramWithOneClearLine()
    {
        var directory = Path.Combine(Path.GetTempPath(), "senate-bot-tests", Guid.NewGuid().ToString("N"));

        var run = await ProgramRunner.Run(new Dictionary<string, string?>
        {
            ["Telegram__BotToken"] = "123:abc",
            ["Telegram__ApiBaseUrl"] = "http://127.0.0.1:9",
            ["Storage__DatabasePath"] = Path.Combine(directory, "bot.db"),
            ["Youth__DefaultMinAge"] = "40",
        });

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Youth__DefaultMinAge", line, StringComparison.Ordinal);
    }
}
