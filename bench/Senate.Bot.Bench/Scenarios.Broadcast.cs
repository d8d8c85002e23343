using System.Diagnostics;
using System.Globalization;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Storage;

namespace Senate.Bot.Bench;

/// <summary>
/// Broadcasts: an admin composes one through the bot (in English, to everyone), it goes to the seeded audience, and
/// the local Bot API's call log says when each copy went and how many copies each chat got.
/// </summary>
internal sealed partial class Scenarios
{
    private const long EditorId = 8_999_999;
    private const long FirstReader = 8_000_000;
    private const string Announcement = "Benchmark announcement: the Senate's open day is on Friday.";

    /// <summary>
    /// A broadcast to <paramref name="readers"/> people at <paramref name="perSecond"/> (1000/s as a paid broadcast):
    /// the rate achieved between the 10% and 90% marks as a share of the configured one, the most sent in any second,
    /// and how many readers got it other than once (should be 0).
    /// </summary>
    public async Task<(double Share, int MaxInAnySecond, int NotOnce)> BroadcastRate(int perSecond, int readers)
    {
        var path = NewDatabase();
        SeedReaders(path, readers);
        await using var api = await Api();
        var people = Readers(api, readers);
        var editor = api.User(EditorId, "Editor", "en");
        await using var bot = BotProcess.Start(api, path, BroadcastSettings(perSecond));
        await FirstGetUpdates(api, bot);

        await Compose(editor, readers);
        await editor.WaitFor(m => m.Text?.StartsWith("✅ Broadcast #1 is done", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(readers / (double)perSecond * 3 + 60));

        var times = api.Stats.Calls.Where(c => c.Status == 200 && c.Method == "sendMessage" && c.ChatId is >= FirstReader and < EditorId).Select(c => c.At).Order().ToList();
        var (low, high) = (times[times.Count / 10], times[times.Count * 9 / 10]);
        var achieved = (times.Count * 8 / 10) / (high - low).TotalSeconds;
        var notOnce = people.Count(p => api.Messages(p.Id).Count != 1);
        log.WriteLine($"  broadcast at {perSecond}/s: {times.Count} of {readers} sent; {achieved:0.0}/s between 10% and 90%; at most {api.Stats.MaxGlobalInAnySecond} in one second; {notOnce} readers got it other than once");
        return (achieved / perSecond, api.Stats.MaxGlobalInAnySecond, notOnce);
    }

    /// <summary>
    /// A broadcast to <paramref name="readers"/> people at 1000/s with the bot killed (SIGKILL) <paramref name="kills"/>
    /// times while it goes, each time when another share of the audience has it, and started again: the copies beyond
    /// one each kill caused, and the readers it missed in the end (should be 0).
    /// </summary>
    public async Task<(double PerKill, int Max, int Missed, int Kills)> BroadcastKills(int kills, int readers)
    {
        var path = NewDatabase();
        SeedReaders(path, readers);
        await using var api = await Api();
        var people = Readers(api, readers);
        var editor = api.User(EditorId, "Editor", "en");
        var settings = BroadcastSettings(1000);
        var bot = BotProcess.Start(api, path, settings);
        await FirstGetUpdates(api, bot);
        await Compose(editor, readers);

        var counts = new List<int>();
        var before = 0;
        for (var k = 1; k <= kills; k++)
        {
            var mark = readers * k / (kills + 1);
            var watch = Stopwatch.StartNew();
            while (Received(api, people) < mark && watch.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(1);
            }

            await bot.Kill();
            await bot.DisposeAsync();
            // What the killed process had handed to Telegram and not recorded is sent again by the next one: count each
            // kill's copies once that one has caught up (the next kill's mark, or the end).
            var again = Extra(api, people);
            if (k > 1)
            {
                counts.Add(again - before);
                before = again;
            }

            bot = BotProcess.Start(api, path, settings);
            await FirstGetUpdates(api, bot);
        }

        await editor.WaitFor(m => m.Text?.StartsWith("✅ Broadcast #1 is done", StringComparison.Ordinal) == true, TimeSpan.FromMinutes(5));
        await bot.DisposeAsync();
        counts.Add(Extra(api, people) - before);
        var missed = people.Count(p => api.Messages(p.Id).Count == 0);
        log.WriteLine($"  broadcast with kill -9: copies sent again per kill: {string.Join(", ", counts)}; readers missed: {missed}");
        return (counts.Average(), counts.Max(), missed, kills);
    }

    private static Dictionary<string, string?> BroadcastSettings(int perSecond) => perSecond > 30
        ? new()
        {
            ["Bot__AdminIds__0"] = EditorId.ToString(CultureInfo.InvariantCulture),
            ["Broadcasts__AllowPaidBroadcast"] = "true",
            ["Bot__Sending__PaidPerSecond"] = perSecond.ToString(CultureInfo.InvariantCulture),
            ["Broadcasts__ProgressInterval"] = "00:00:02",
        }
        : new()
        {
            ["Bot__AdminIds__0"] = EditorId.ToString(CultureInfo.InvariantCulture),
            ["Bot__Sending__GlobalPerSecond"] = perSecond.ToString(CultureInfo.InvariantCulture),
            ["Broadcasts__ProgressInterval"] = "00:00:02",
        };

    /// <summary>/broadcast → one message for everyone → the text → everyone → now → not pinned → send (twice: it is large).</summary>
    private static async Task Compose(LocalUser editor, int readers)
    {
        var wait = TimeSpan.FromSeconds(60);
        await editor.SendText("/broadcast");
        await editor.Press(await editor.WaitFor(m => m.HasButton("One message for everyone"), wait), "One message for everyone");
        await editor.WaitFor(m => m.Text?.Contains("announcement exactly", StringComparison.Ordinal) == true, wait);
        await editor.SendText(Announcement);
        var hub = await editor.WaitFor(m => m.HasButton("✅ Done —"), wait);
        // The readers and the editor, who is a user of the bot too.
        if (!hub.Text!.Contains("Recipients: " + (readers + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The audience is not the seeded readers: " + hub.Text);
        }

        await editor.Press(hub, "✅ Done —");
        await editor.Press(await editor.WaitFor(m => m.HasButton("Now"), wait), "Now");
        await editor.Press(await editor.WaitFor(m => m.HasButton("Don't pin"), wait), "Don't pin");
        var review = await editor.WaitFor(m => m.HasButton("📣 Send to"), wait);
        await editor.Press(review, "📣 Send to");
        var next = await editor.WaitFor(m => m.MessageId > review.MessageId && (m.Text?.StartsWith("📣 Broadcast #", StringComparison.Ordinal) == true || m.Text?.Contains("will reach", StringComparison.Ordinal) == true), wait);
        if (next.Text!.Contains("will reach", StringComparison.Ordinal))
        {
            var again = editor.Transcript.Last(m => m.FromBot && m.HasButton("📣 Send to"));
            await editor.Press(again, "📣 Send to");
            await editor.WaitFor(m => m.MessageId > next.MessageId && m.Text?.StartsWith("📣 Broadcast #", StringComparison.Ordinal) == true, wait);
        }
    }

    private static List<LocalUser> Readers(LocalBotApiServer api, int readers) =>
        [.. Enumerable.Range(0, readers).Select(i => api.User(FirstReader + i, "Reader" + i, "en"))];

    private static int Received(LocalBotApiServer api, List<LocalUser> people) => people.Count(p => api.Stats.SentTo(p.Id) > 0);

    private static int Extra(LocalBotApiServer api, List<LocalUser> people) => people.Sum(p => Math.Max(0, api.Stats.SentTo(p.Id) - 1));

    /// <summary>Readers as the bot knows them after their /start (English, language chosen), and the editor.</summary>
    private static void SeedReaders(string path, int readers)
    {
        using var database = new BotDatabase(path);
        var now = DateTime.UtcNow;
        var users = database.Collection<BotUser>("users");
        database.Database.BeginTrans();
        users.InsertBulk(Enumerable.Range(0, readers).Select(i => (long)FirstReader + i).Append(EditorId).Select(id => new BotUser
        {
            Id = id,
            FirstName = id == EditorId ? "Editor" : "Reader" + (id - FirstReader),
            Language = Language.En,
            LanguageChosen = true,
            FirstSeenUtc = now.AddDays(-30),
            LastSeenUtc = now.AddDays(-1),
        }));
        database.Database.Commit();
    }
}
