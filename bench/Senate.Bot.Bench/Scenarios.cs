using System.Diagnostics;
using System.Globalization;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Users;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Storage;

namespace Senate.Bot.Bench;

/// <summary>Each measurement on a fresh local Bot API and database, with the bot as a child process.</summary>
internal sealed partial class Scenarios(string workDirectory, TextWriter log)
{
    /// <summary>The bot's limits raised as far as its options allow, as for the speed figures of issue 8.</summary>
    private static readonly Dictionary<string, string?> Raised = new()
    {
        ["Bot__Sending__GlobalPerSecond"] = "1000",
        ["Bot__Sending__PerChatPerSecond"] = "100",
        ["Bot__Sending__PerChatBurst"] = "100",
    };

    /// <summary>The most warm-up rounds before a measurement.</summary>
    private const int MaxWarmRounds = 8;

    /// <summary>
    /// Measured rounds of the closed loop, the burst, the latency and the memory scenarios (<c>BENCH_ROUNDS</c>, 3
    /// unless set): on a shared virtual machine one round can land in a neighbour's busy second; the median of several
    /// is the bot's figure.
    /// </summary>
    internal static readonly int MeasuredRounds = int.Parse(Environment.GetEnvironmentVariable("BENCH_ROUNDS") ?? "3", CultureInfo.InvariantCulture);

    private int _run;

    private static int WarmUsers(int users) => int.Parse(Environment.GetEnvironmentVariable("BENCH_WARM") ?? (users / 5).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public async Task<double> StartToFirstGetUpdates(int runs)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            await using var api = await Api();
            await using var bot = BotProcess.Start(api, NewDatabase());
            times.Add(await FirstGetUpdates(api, bot));
        }

        times.Sort();
        return times[times.Count / 2];
    }

    public async Task<(Rounds Rate, Rounds CpuMsPerUpdate, int Stuck, Warming Warming)> ClosedLoop(int users)
    {
        await using var run = await Fresh();
        var (api, bot) = (run.Api, run.Bot);
        // Warm-up, as a bot that has been running is: the JIT's first minutes are not what a day costs.
        var warmUsers = WarmUsers(users);
        var warming = await WarmUntilSteady(bot, async round =>
        {
            var walked = await Task.WhenAll(Enumerable.Range(0, warmUsers).Select(i => Task.Run(() => Walkers.ConcernForm(api.User(2_900_000 + (round * warmUsers) + i, "Warm" + i, "ru"), i))));
            return walked.Where(r => r > 0).Sum();
        });
        var (rates, costs, stuck) = (new List<double>(), new List<double>(), 0);
        for (var round = 0; round < MeasuredRounds; round++)
        {
            await Idle(bot);
            var people = Enumerable.Range(0, users).Select(i => api.User(2_000_000 + (round * users) + i, "Walker" + i, "ru")).ToList();
            var share = new Sharing(bot);
            var polls = api.Stats.Requests("getUpdates");
            var results = await Task.WhenAll(people.Select((u, i) => Task.Run(() => Walkers.ConcernForm(u, i))));
            var used = share.Stop();
            var updates = results.Where(r => r > 0).Sum();
            stuck += results.Count(r => r < 0);
            rates.Add(updates / used.Seconds);
            costs.Add(used.BotMs / Math.Max(1, updates));
            log.WriteLine($"  closed loop, round {round + 1}: {updates} updates by {users} users in {used.Seconds:0.0} s; {results.Count(r => r < 0)} stuck; {api.Stats.Requests("getUpdates") - polls} getUpdates calls; {used}");
        }

        return (new Rounds(rates), new Rounds(costs), stuck, warming);
    }

    /// <summary>One user through the concern form, with the transcript printed: what to look at when the closed loop sticks.</summary>
    public async Task<int> Walk()
    {
        await using var run = await Fresh();
        var user = run.Api.User(2_000_000, "Walker", "ru");
        var updates = await Walkers.ConcernForm(user, 0);
        foreach (var message in user.Transcript)
        {
            var buttons = string.Join(" ", message.InlineButtons.SelectMany(r => r).Select(b => $"[{b.Text}|{b.CallbackData}]"));
            log.WriteLine($"  {(message.FromBot ? "bot " : "user")} #{message.MessageId}{(message.Edited > 0 ? " (edited)" : "")}: {message.Text} {buttons}");
        }

        log.WriteLine($"  walk: {updates} updates");
        return updates;
    }

    public async Task<(Rounds Confirmed, Rounds Answered, Rounds CpuMsPerUpdate, Warming Warming)> Burst(int chats)
    {
        await using var run = await Fresh();
        var (api, bot) = (run.Api, run.Bot);
        var warmChats = chats / 10;
        var warming = await WarmUntilSteady(bot, async round =>
        {
            var warm = Enumerable.Range(0, warmChats).Select(i => api.User(3_900_000 + (round * warmChats) + i, "Warm" + i, "ru")).ToList();
            foreach (var user in warm)
            {
                await user.SendText("/help");
            }

            await Task.WhenAll(warm.Select(u => u.NextMessage(TimeSpan.FromMinutes(5))));
            return warm.Count;
        });
        var (confirmedRates, answeredRates, costs) = (new List<double>(), new List<double>(), new List<double>());
        for (var round = 0; round < MeasuredRounds; round++)
        {
            await Idle(bot);
            var sentBefore = api.Stats.Requests("sendMessage");
            var people = Enumerable.Range(0, chats).Select(i => api.User(3_000_000 + (round * chats) + i, "Burst" + i, "ru")).ToList();
            var share = new Sharing(bot);
            var polls = api.Stats.Requests("getUpdates");
            var watch = Stopwatch.StartNew();
            foreach (var user in people)
            {
                await user.SendText("/help");
            }

            double confirmed = 0;
            double answered = 0;
            var deadline = TimeSpan.FromMinutes(10);
            while (watch.Elapsed < deadline && (confirmed == 0 || answered == 0))
            {
                if (confirmed == 0 && api.PendingUpdates == 0)
                {
                    confirmed = watch.Elapsed.TotalSeconds;
                }

                if (answered == 0 && api.Stats.Requests("sendMessage") - sentBefore >= chats)
                {
                    answered = watch.Elapsed.TotalSeconds;
                }

                await Task.Delay(2);
            }

            var used = share.Stop();
            confirmedRates.Add(chats / confirmed);
            answeredRates.Add(chats / answered);
            costs.Add(used.BotMs / chats);
            log.WriteLine($"  burst, round {round + 1}: {chats} updates confirmed after {confirmed:0.00} s, all answered after {answered:0.00} s; {api.Stats.Requests("getUpdates") - polls} getUpdates calls; {used}");
        }

        return (new Rounds(confirmedRates), new Rounds(answeredRates), new Rounds(costs), warming);
    }

    public async Task<(double P50, double P99, double PerSecond)> Latency(int users, TimeSpan duration)
    {
        await using var run = await Fresh();
        var (api, bot) = (run.Api, run.Bot);
        var people = Enumerable.Range(0, users).Select(i => api.User(4_000_000 + i, "Reader" + i, "ru")).ToList();
        var samples = new List<double>();
        var warmUp = TimeSpan.FromSeconds(5);
        var watch = Stopwatch.StartNew();
        var errors = 0;
        await Task.WhenAll(people.Select(user => Task.Run(async () =>
        {
            var random = new Random((int)user.Id);
            await Task.Delay(random.Next(0, 1000));
            while (watch.Elapsed < duration)
            {
                try
                {
                    var latency = await Walkers.Help(user);
                    if (watch.Elapsed > warmUp)
                    {
                        lock (samples)
                        {
                            samples.Add(latency.TotalMilliseconds);
                        }
                    }
                }
                catch (TimeoutException)
                {
                    Interlocked.Increment(ref errors);
                    return;
                }

                // A person reads the answer before writing again: about a second.
                await Task.Delay(500 + random.Next(0, 1000));
            }
        })));
        samples.Sort();
        var (p50, p99) = (Percentile(samples, 0.50), Percentile(samples, 0.99));
        log.WriteLine($"  latency at {users} users: {samples.Count} replies, {errors} timed out; p50 {p50:0} ms, p99 {p99:0} ms");
        return (p50, p99, samples.Count / (duration - warmUp).TotalSeconds);
    }

    public async Task<(long PeakBytes, double StartSeconds)> Memory(int users, int openConversations, int active)
    {
        var path = NewDatabase();
        Seed(path, users, openConversations);
        await using var api = await Api();
        for (var i = 0; i < active; i++)
        {
            api.User(5_000_000 + i, "Seeded" + i, "ru");
        }

        await using var bot = BotProcess.Start(api, path, Raised);
        var start = await FirstGetUpdates(api, bot);
        var people = Enumerable.Range(0, active).Select(i => api.User(5_000_000 + i, "Seeded" + i, "ru")).ToList();
        await Task.WhenAll(people.Select((u, i) => Task.Run(async () =>
        {
            // Half write in their open form, half ask for help.
            await (i % 2 == 0 ? u.SendText("/help") : u.SendText("Benchmark: the road to the village has not been repaired for years."));
            await u.NextMessage(TimeSpan.FromSeconds(60));
        })));
        var peak = bot.PeakResident;
        log.WriteLine($"  memory: {users} users, {openConversations} open conversations; peak {peak / 1048576.0:0} MB, resident now {bot.Resident / 1048576.0:0} MB");
        return (peak, start);
    }

    public async Task<(double Achieved, int MaxInAnySecond)> BulkRate(int perSecond, int messages)
    {
        var path = NewDatabase();
        var first = 6_000_000;
        SeedOutbox(path, first, messages);
        await using var api = await Api();
        for (var i = 0; i < messages; i++)
        {
            api.User(first + i, "Subscriber" + i, "ru");
        }

        var settings = new Dictionary<string, string?> { ["Bot__Sending__GlobalPerSecond"] = perSecond.ToString(CultureInfo.InvariantCulture) };
        await using var bot = BotProcess.Start(api, path, settings);
        var samples = new List<(double T, int Count)>();
        var watch = Stopwatch.StartNew();
        var limit = TimeSpan.FromSeconds(messages / (double)perSecond * 3 + 30);
        while (watch.Elapsed < limit)
        {
            var count = api.Stats.Requests("sendMessage");
            samples.Add((watch.Elapsed.TotalSeconds, count));
            if (count >= messages)
            {
                break;
            }

            await Task.Delay(5);
        }

        var low = samples.FirstOrDefault(s => s.Count >= messages / 10);
        var high = samples.FirstOrDefault(s => s.Count >= messages * 9 / 10);
        var achieved = high.T > low.T ? (high.Count - low.Count) / (high.T - low.T) : 0;
        log.WriteLine($"  bulk at {perSecond}/s: {samples[^1].Count} of {messages} sent; {achieved:0.0}/s between 10% and 90%; at most {api.Stats.MaxGlobalInAnySecond} in one second");
        return (achieved / perSecond, api.Stats.MaxGlobalInAnySecond);
    }

    public async Task<(double PerKill, int Max, int CallbackAnswersAgain, int Kills)> Kills(int kills, int users)
    {
        var path = NewDatabase();
        await using var api = await Api();
        var helpers = Enumerable.Range(0, users / 2).Select(i => api.User(7_000_000 + i, "Helper" + i, "en")).ToList();
        var pressers = Enumerable.Range(0, users - (users / 2)).Select(i => api.User(7_500_000 + i, "Presser" + i, "en")).ToList();
        var random = new Random(8);
        var counts = new List<int>();
        var duplicatesBefore = 0;
        for (var k = 0; k < kills; k++)
        {
            var bot = BotProcess.Start(api, path, Raised);
            await FirstGetUpdates(api, bot);
            using var stop = new CancellationTokenSource();
            var load = Task.WhenAll(helpers.Select(u => Loop(u, Walkers.Help, stop.Token))
                .Concat(pressers.Select(u => Loop(u, Walkers.Language, stop.Token))));
            await Task.Delay(1500 + random.Next(0, 1500));
            await bot.Kill();
            await bot.DisposeAsync();
            await stop.CancelAsync();
            await load;

            await using var again = BotProcess.Start(api, path, Raised);
            await Quiet(api);
            await again.Stop();
            var duplicates = Duplicates(api, helpers, pressers);
            counts.Add(duplicates - duplicatesBefore);
            duplicatesBefore = duplicates;
        }

        log.WriteLine($"  kill -9: messages sent again per kill: {string.Join(", ", counts)}; callback answers sent again: {api.RepeatedCallbackAnswers}");
        return (counts.Average(), counts.Max(), api.RepeatedCallbackAnswers, kills);
    }

    /// <summary>
    /// Runs rounds of warm-up work until a round costs the bot no less CPU per update than the one before (at most
    /// <see cref="MaxWarmRounds"/>), each round measured until the bot is idle again so that the compiling it caused
    /// counts in it. A bot that has been running for an hour has its hot code compiled at tier 1; a fixed warm-up
    /// ends while the compiler still has thousands of methods queued, and the measurement then pays for them.
    /// </summary>
    private async Task<Warming> WarmUntilSteady(BotProcess bot, Func<int, Task<int>> round)
    {
        var costs = new List<double>();
        for (var i = 0; i < MaxWarmRounds; i++)
        {
            await Idle(bot);
            var cpu = bot.CpuTime;
            var updates = await round(i);
            await Idle(bot);
            costs.Add((bot.CpuTime - cpu).TotalMilliseconds / Math.Max(1, updates));
            if (costs.Count > 1 && costs[^1] >= costs[^2] * 0.95)
            {
                break;
            }
        }

        log.WriteLine($"  warm-up: CPU per update by round {string.Join(" → ", costs.Select(c => c.ToString("0.00", CultureInfo.InvariantCulture)))} ms");
        return new Warming(costs);
    }

    /// <summary>Waits until the bot uses under a twentieth of a core over a quarter of a second (at most 30 s).</summary>
    private static async Task Idle(BotProcess bot)
    {
        var since = Stopwatch.StartNew();
        var before = bot.CpuTime;
        while (since.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(250);
            var now = bot.CpuTime;
            if ((now - before).TotalMilliseconds < 12.5)
            {
                return;
            }

            before = now;
        }
    }

    private static async Task Loop(LocalUser user, Func<LocalUser, Task> step, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await step(user).WaitAsync(stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (TimeoutException)
            {
                return;
            }
        }
    }

    /// <summary>Waits until every update is confirmed and the bot has sent nothing for two seconds.</summary>
    private static async Task Quiet(LocalBotApiServer api)
    {
        var last = -1;
        var since = Stopwatch.StartNew();
        while (since.Elapsed < TimeSpan.FromSeconds(2) || api.PendingUpdates > 0)
        {
            var calls = api.Stats.RequestsByMethod.Where(m => m.Key != "getUpdates").Sum(m => m.Value);
            if (calls != last)
            {
                last = calls;
                since.Restart();
            }

            await Task.Delay(50);
        }
    }

    /// <summary>
    /// Messages the bot sent twice: for /help users every bot message beyond one per /help; for the others, a bot
    /// message identical to the one before it with no user message between.
    /// </summary>
    private static int Duplicates(LocalBotApiServer api, List<LocalUser> helpers, List<LocalUser> pressers)
    {
        var duplicates = 0;
        foreach (var user in helpers)
        {
            var transcript = api.Transcript(user.Id);
            duplicates += Math.Max(0, transcript.Count(m => m.FromBot) - transcript.Count(m => !m.FromBot));
        }

        foreach (var user in pressers)
        {
            BotMessage? previous = null;
            foreach (var message in api.Transcript(user.Id))
            {
                if (!message.FromBot)
                {
                    previous = null;
                    continue;
                }

                if (previous is not null && previous.Text == message.Text && previous.InlineButtons.Count == message.InlineButtons.Count)
                {
                    duplicates++;
                }

                previous = message;
            }
        }

        return duplicates;
    }

    /// <summary>A fresh local Bot API and database with the bot started, its limits raised, and polling.</summary>
    private async Task<Running> Fresh()
    {
        var api = await Api();
        var bot = BotProcess.Start(api, NewDatabase(), Raised);
        await FirstGetUpdates(api, bot);
        return new Running(api, bot);
    }

    private sealed record Running(LocalBotApiServer Api, BotProcess Bot) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Bot.DisposeAsync();
            await Api.DisposeAsync();
        }
    }

    private static async Task<double> FirstGetUpdates(LocalBotApiServer api, BotProcess bot)
    {
        while (api.Stats.Requests("getUpdates") == 0)
        {
            if (bot.HasExited)
            {
                throw new InvalidOperationException("The bot exited:\n" + bot.Tail);
            }

            if (bot.SinceStart.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("No getUpdates within a minute:\n" + bot.Tail);
            }

            await Task.Delay(1);
        }

        return bot.SinceStart.Elapsed.TotalSeconds;
    }

    private static Task<LocalBotApiServer> Api() => LocalBotApiServer.StartAsync(new LocalBotApiOptions
    {
        EnforceLimits = false,
        GlobalPerSecond = 1_000_000,
        GlobalBurst = 1_000_000,
        PerChatPerSecond = 1_000,
        PerChatBurst = 1_000,
    });

    private string NewDatabase()
    {
        var directory = Path.Combine(workDirectory, (++_run).ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, "bot.db");
    }

    private static void Seed(string path, int users, int openConversations)
    {
        using var database = new BotDatabase(path);
        var now = DateTime.UtcNow;
        var people = database.Collection<BotUser>("users");
        var records = database.Collection<ConversationRecord>("conversations");
        database.Database.BeginTrans();
        people.InsertBulk(Enumerable.Range(0, users).Select(i => new BotUser
        {
            Id = 5_000_000 + i,
            FirstName = "Seeded" + i,
            LanguageChosen = true,
            FirstSeenUtc = now.AddDays(-30),
            LastSeenUtc = now.AddDays(-1),
        }));
        records.InsertBulk(Enumerable.Range(0, openConversations).Select(i => new ConversationRecord
        {
            Id = 5_000_000 + (i * 2) + 1,
            Flow = "concern",
            State = "Description",
            Draft = "{}",
            Nonce = "bench",
            StartedUtc = now.AddMinutes(-10),
            UpdatedUtc = now.AddMinutes(-5),
        }));
        database.Database.Commit();
    }

    private static void SeedOutbox(string path, int first, int messages)
    {
        using var database = new BotDatabase(path);
        var outbox = new OutboxStore(database);
        var now = DateTime.UtcNow;
        database.Database.BeginTrans();
        for (var i = 0; i < messages; i++)
        {
            outbox.Add(new OutboxMessage { ChatId = first + i, Kind = OutboxKind.Message, Text = "Digest: the senator's meeting in Atyrau", CreatedUtc = now });
        }

        database.Database.Commit();
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
