using System.Diagnostics;
using System.Globalization;

namespace Senate.Bot.Bench;

/// <summary>
/// How the machine's cores were shared during a measured round: the bot's CPU, the benchmark's own (its local Bot API
/// and simulated users), and, on Linux, the time the hypervisor gave to other machines (steal) and the cores' idle
/// time, read from <c>/proc/stat</c>. A round with much steal measured a neighbour as much as the bot.
/// </summary>
internal sealed class Sharing
{
    private readonly BotProcess _bot;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly TimeSpan _botStart;
    private readonly TimeSpan _ownStart;
    private readonly long[]? _statStart;

    public Sharing(BotProcess bot)
    {
        _bot = bot;
        _botStart = bot.CpuTime;
        _ownStart = Process.GetCurrentProcess().TotalProcessorTime;
        _statStart = ReadStat();
    }

    /// <summary>Ends the round.</summary>
    public Used Stop()
    {
        var seconds = _watch.Elapsed.TotalSeconds;
        var bot = (_bot.CpuTime - _botStart).TotalMilliseconds;
        var own = (Process.GetCurrentProcess().TotalProcessorTime - _ownStart).TotalMilliseconds;
        var end = ReadStat();
        double? steal = null;
        double? idle = null;
        if (_statStart is not null && end is not null)
        {
            var delta = end.Zip(_statStart, (a, b) => (double)(a - b)).ToArray();
            var total = delta.Sum();
            if (total > 0)
            {
                // cpu  user nice system idle iowait irq softirq steal …
                idle = (delta[3] + delta[4]) / total;
                steal = delta.Length > 7 ? delta[7] / total : null;
            }
        }

        return new Used(seconds, bot, own, idle, steal);
    }

    private static long[]? ReadStat()
    {
        try
        {
            var line = File.ReadLines("/proc/stat").First(l => l.StartsWith("cpu ", StringComparison.Ordinal));
            return [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(v => long.Parse(v, CultureInfo.InvariantCulture))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>A round's wall time, the CPU of the bot and of the benchmark, and the machine's idle and steal shares.</summary>
    internal sealed record Used(double Seconds, double BotMs, double BenchmarkMs, double? Idle, double? Steal)
    {
        public override string ToString() =>
            $"cores used: bot {BotMs / Seconds / 1000:0.00}, benchmark {BenchmarkMs / Seconds / 1000:0.00}"
            + (Idle is { } idle ? $"; machine idle {idle:P0}" : string.Empty)
            + (Steal is { } steal ? $", stolen by the hypervisor {steal:P0}" : string.Empty);
    }
}
