using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Senate.Bot.Storage;
using Senate.Bot.Telegram;
using Senate.Bot.Telemetry;

namespace Senate.Bot.Hosting;

/// <summary>
/// What <c>/readyz</c> checks: the database takes a unit of work (the writer thread is alive and LiteDB open),
/// Telegram has been heard from recently (<see cref="MonitoringOptions.ReceiveStaleAfter"/>), and no sending lane
/// has been held by 429s for longer than <see cref="MonitoringOptions.RateLimitedAfter"/>.
/// </summary>
public sealed class Readiness(
    DatabaseWriter writer,
    BotMetrics metrics,
    IOptions<MonitoringOptions> options,
    [FromKeyedServices(TransportClock.Key)] TimeProvider time)
{
    /// <summary>How long the database probe may wait behind other work.</summary>
    public static readonly TimeSpan DatabaseProbeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>One check's outcome.</summary>
    /// <param name="Name">What was checked.</param>
    /// <param name="Ok">True when it passed.</param>
    /// <param name="Detail">What was found, for a person reading the answer.</param>
    public sealed record Check(string Name, bool Ok, string Detail);

    /// <summary>Runs every check.</summary>
    public async Task<IReadOnlyList<Check>> Run(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var heard = time.GetElapsedTime(metrics.LastReceived);
        List<Check> checks =
        [
            await Database(cancellationToken).ConfigureAwait(false),
            new("telegram", heard <= settings.ReceiveStaleAfter, $"last heard from {Seconds(heard)} ago (limit {Seconds(settings.ReceiveStaleAfter)})"),
        ];
        foreach (var lane in new[] { OutboxLane.Interactive, OutboxLane.Bulk })
        {
            var held = metrics.RateLimitedFor(lane);
            var name = "sending-" + lane.ToString().ToLowerInvariant();
            checks.Add(held == TimeSpan.Zero
                ? new(name, true, "not held by 429")
                : new(name, held < settings.RateLimitedAfter, $"held by 429 for {Seconds(held)} (limit {Seconds(settings.RateLimitedAfter)})"));
        }

        return checks;
    }

    private async Task<Check> Database(CancellationToken cancellationToken)
    {
        try
        {
            await writer.Run(() => { }).WaitAsync(DatabaseProbeTimeout, time, cancellationToken).ConfigureAwait(false);
            return new("database", true, "open, takes writes");
        }
        catch (TimeoutException)
        {
            return new("database", false, $"a unit of work did not commit within {Seconds(DatabaseProbeTimeout)}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new("database", false, "cannot commit: " + e.GetType().Name);
        }
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " s";
}
