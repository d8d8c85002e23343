using System.Globalization;
using Senate.Bot.Bench;

// dotnet run -c Release --project bench/Senate.Bot.Bench [-- scenario…]; scenarios: start closed burst latency memory bulk kill broadcast
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var all = new[] { "start", "closed", "burst", "latency", "memory", "bulk", "kill", "broadcast" };
var chosen = args.Length == 0 ? all : args;
var work = Path.Combine(Path.GetTempPath(), "senate-bot-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(work);
var scenarios = new Scenarios(work, Console.Out);
var rows = new List<(string What, string Value, string Target)>();
Console.WriteLine($"Senate.Bot benchmark on {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");

async Task Measure(string name, Func<Task> run)
{
    if (!chosen.Contains(name))
    {
        return;
    }

    Console.WriteLine($"[{name}]");
    try
    {
        await run();
    }
    catch (Exception e)
    {
        Console.WriteLine($"  {name} failed: {e.GetType().Name}: {e.Message}");
        rows.Add((name, "failed", ""));
    }
}

// Runs a scenario that starts its own bot once per measured round (BENCH_ROUNDS).
static async Task<List<T>> InRounds<T>(Func<Task<T>> round)
{
    var results = new List<T>();
    for (var i = 0; i < Scenarios.MeasuredRounds; i++)
    {
        results.Add(await round());
    }

    return results;
}

if (chosen.Contains("walk"))
{
    // A diagnostic, not a measure: one user's transcript through the concern form.
    await scenarios.Walk();
}

await Measure("start", async () =>
{
    var seconds = await scenarios.StartToFirstGetUpdates(3);
    rows.Add(("start to first getUpdates (empty database)", $"{seconds:0.00} s", "≤ 0.5 s"));
});
await Measure("closed", async () =>
{
    var (rate, cpu, stuck, warming) = await scenarios.ClosedLoop(500);
    rows.Add(("closed loop, 500 users through the concern form", rate.Format("0", "updates/s") + (stuck > 0 ? $" ({stuck} stuck)" : ""), "≥ 2,500"));
    rows.Add(("CPU per update, closed loop", cpu.Format("0.00", "ms"), "< 0.4 ms"));
    rows.Add(($"CPU per update, closed loop's first warm-up round (of {warming.Rounds})", $"{warming.First:0.00} ms", ""));
});
await Measure("burst", async () =>
{
    var (confirmed, answered, cpu, warming) = await scenarios.Burst(20_000);
    rows.Add(("burst, 20,000 /help from new chats: durable (confirmed)", confirmed.Format("0", "updates/s"), "≥ 5,000"));
    rows.Add(("burst: all answered", answered.Format("0", "updates/s"), ""));
    rows.Add(("CPU per update, burst", cpu.Format("0.00", "ms"), "< 0.4 ms"));
    rows.Add(($"CPU per update, burst's first warm-up round (of {warming.Rounds})", $"{warming.First:0.00} ms", ""));
});
await Measure("latency", async () =>
{
    // One pause in a 25-second run decides its p99: each count of users runs in rounds, a fresh bot each.
    foreach (var users in new[] { 200, 1000 })
    {
        var runs = await InRounds(() => scenarios.Latency(users, TimeSpan.FromSeconds(25)));
        var (p50, p99, rate) = (new Rounds([.. runs.Select(r => r.P50)]), new Rounds([.. runs.Select(r => r.P99)]), new Rounds([.. runs.Select(r => r.PerSecond)]));
        rows.Add(($"reply latency p50 / p99 at {users} users (~{rate.Median:0} updates/s)", $"{p50.Median:0} / {p99.Format("0", "ms")}", users == 200 ? "p99 < 50 ms" : ""));
    }
});
await Measure("memory", async () =>
{
    // A few megabytes move between runs (when the GC and LiteDB's cache grow): rounds, a fresh database and bot each.
    var runs = await InRounds(() => scenarios.Memory(100_000, 10_000, 2_000));
    rows.Add(("peak memory, 100,000 users and 10,000 open conversations", new Rounds([.. runs.Select(r => r.PeakBytes / 1048576.0)]).Format("0", "MB"), "≤ 150 MB"));
    rows.Add(("start to first getUpdates (that database)", new Rounds([.. runs.Select(r => r.StartSeconds)]).Format("0.00", "s"), "≤ 0.5 s"));
});
await Measure("bulk", async () =>
{
    foreach (var (rate, messages) in new[] { (30, 450), (1000, 10_000) })
    {
        var (share, max) = await scenarios.BulkRate(rate, messages);
        rows.Add(($"bulk rate at {rate}/s configured", $"{share:P1} (at most {max} in one second)", "≥ 98%"));
    }
});
await Measure("kill", async () =>
{
    var (perKill, max, answers, kills) = await scenarios.Kills(int.Parse(Environment.GetEnvironmentVariable("BENCH_KILLS") ?? "10", CultureInfo.InvariantCulture), 300);
    rows.Add(($"messages sent again per kill -9 ({kills} kills, 300 users)", $"{perKill:0.0} (max {max})", "only those in flight"));
    rows.Add(("callback answers sent again", $"{answers}", "0"));
});

await Measure("broadcast", async () =>
{
    var readers = int.Parse(Environment.GetEnvironmentVariable("BENCH_READERS") ?? "10000", CultureInfo.InvariantCulture);
    var rates = (Environment.GetEnvironmentVariable("BENCH_RATES") ?? "30,1000").Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture));
    foreach (var rate in rates)
    {
        var (share, max, notOnce) = await scenarios.BroadcastRate(rate, readers);
        rows.Add(($"broadcast to {readers:N0} at {rate}/s configured{(rate > 30 ? " (paid)" : "")}", $"{share:P1} (at most {max} in one second; {notOnce} not got exactly once)", "≥ 98%"));
    }

    var (perKill, most, missed, kills) = await scenarios.BroadcastKills(int.Parse(Environment.GetEnvironmentVariable("BENCH_KILLS") ?? "5", CultureInfo.InvariantCulture), readers);
    rows.Add(($"broadcast copies sent again per kill -9 ({kills} kills, {readers:N0} readers at 1000/s)", $"{perKill:0.0} (max {most}); {missed} missed", "only the batch in flight"));
});

Console.WriteLine();
Console.WriteLine("| measure | result | target |");
Console.WriteLine("| --- | --- | --- |");
foreach (var (what, value, target) in rows)
{
    Console.WriteLine($"| {what} | {value} | {target} |");
}

try
{
    Directory.Delete(work, recursive: true);
}
catch (IOException)
{
}
