using System.Globalization;
using Xunit.Abstractions;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Storage;
using Senate.Bot.Tests.Support;
using Senate.Bot.Tests.Telegram;

namespace Senate.Bot.Tests.Broadcasts;

/// <summary>The built program killed with SIGKILL in the middle of a broadcast and started again, as a crash and a service manager would.</summary>
public sealed class BroadcastProcessTests(ITestOutputHelper output)
{
    private const long EditorId = 9001;
    private const long FirstReader = 9_100_000;
    private const int Readers = 200;
    private const int MaxUnrecorded = 8;

    [Fact]
    public async Task TheBotKilledMidBroadcast_FinishesItAfterARestart_NobodyMissed_AndOnlyTheSendsInFlightRepeated()
    {
        await using var api = await LocalBotApiServer.StartAsync(new LocalBotApiOptions());
        var directory = Path.Combine(Path.GetTempPath(), "senate-bot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "bot.db");
        Seed(path);
        var environment = new Dictionary<string, string?>
        {
            ["Telegram__BotToken"] = api.Token,
            ["Telegram__ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["Storage__DatabasePath"] = path,
            ["Bot__AdminIds__0"] = EditorId.ToString(CultureInfo.InvariantCulture),
            ["Bot__Sending__GlobalPerSecond"] = "25",
            ["Bot__Sending__MaxUnrecorded"] = MaxUnrecorded.ToString(CultureInfo.InvariantCulture),
            ["Broadcasts__ProgressInterval"] = "00:00:01",
        };
        var editor = api.User(EditorId, "Редактор", "ru");
        var readers = Enumerable.Range(0, Readers).Select(i => api.User(FirstReader + i, "Reader" + i, "ru")).ToList();

        try
        {
            using (var first = ProgramRunner.Start(environment))
            {
                var hub = await BroadcastSteps.ToAudience(editor, false, () => editor.SendText("Объявление, пережившее kill -9."));
                await BroadcastSteps.Send(editor, await BroadcastSteps.ToReview(editor, hub));
                await ReceivingTests.Until(() => readers.Count(r => api.Stats.SentTo(r.Id) > 0) >= Readers / 3, TimeSpan.FromSeconds(60));
                first.Kill();
                await first.WaitForExitAsync();
            }

            var atKill = readers.Count(r => api.Stats.SentTo(r.Id) > 0);
            using var second = ProgramRunner.Start(environment);
            try
            {
                var report = await BroadcastSteps.Eventually(editor, "✅ Рассылка №1 завершена", TimeSpan.FromSeconds(90));

                Assert.True(atKill < Readers, "The broadcast was over before the kill.");
                Assert.All(readers, r => Assert.True(api.Stats.SentTo(r.Id) > 0, $"{r} never got it."));
                var again = readers.Sum(r => api.Stats.SentTo(r.Id) - 1);
                output.WriteLine($"Killed after {atKill} of {Readers}; copies sent again: {again}.");
                Assert.True(again <= MaxUnrecorded, $"{again} copies were sent again; at most the {MaxUnrecorded} sends that may be unrecorded at a kill.");
                Assert.Contains("Отправлено: " + (Readers + 1).ToString(CultureInfo.InvariantCulture), report.Text, StringComparison.Ordinal);
            }
            finally
            {
                await ProgramRunner.Stop(second);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The readers and the editor as the bot knows them after their /start (Russian, chosen).</summary>
    private static void Seed(string path)
    {
        using var database = new BotDatabase(path);
        var now = DateTime.UtcNow;
        database.Collection<BotUser>("users").InsertBulk(Enumerable.Range(0, Readers).Select(i => FirstReader + i).Append(EditorId).Select(id => new BotUser
        {
            Id = id,
            FirstName = id == EditorId ? "Редактор" : "Reader" + id,
            Language = Language.Ru,
            LanguageChosen = true,
            FirstSeenUtc = now,
            LastSeenUtc = now,
        }));
    }
}
