using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Senate.Bot.Concerns;
using Senate.Bot.Storage;
using Senate.Bot.Telegram;

namespace Senate.Bot.Telemetry;

/// <summary>
/// Every instrument of the bot, on the meter <see cref="MeterName"/> (served to Prometheus on
/// <c>Monitoring__Url</c>/metrics, see README). The per-update and per-message paths only add to counters and a
/// histogram; depths and counts are read when a scrape asks (concerns at most every <see cref="TallyEvery"/>).
/// It also remembers what readiness needs: when Telegram was last heard from and since when a lane has been held
/// by 429s. Thread-safe.
/// </summary>
/// <remarks>
/// A delivery engine (broadcasts) reports its progress with <see cref="BroadcastProgress"/> as it commits each
/// chunk and <see cref="BroadcastEnded"/> when it finishes or is cancelled; its sends are counted by the outbound
/// path like any other bulk message.
/// </remarks>
public sealed class BotMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Senate.Bot";

    /// <summary>How long a tally of the concerns is reused.</summary>
    public static readonly TimeSpan TallyEvery = TimeSpan.FromSeconds(30);

    private static readonly double[] Seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
    private static readonly KeyValuePair<string, object?> HandledTag = new("result", "handled");
    private static readonly KeyValuePair<string, object?> GivenUpTag = new("result", "given_up");

    private readonly Counter<long> _updates;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _undecodable;
    private readonly Counter<long> _sends;
    private readonly Counter<long> _sendErrors;
    private readonly Counter<long> _webhookRefused;
    private readonly TimeProvider _transport;
    private readonly TimeProvider _time;
    private readonly Lazy<OutboxDispatcher> _dispatcher;
    private readonly Lazy<ConcernStore> _concerns;
    private readonly TimeZoneInfo _zone;
    private readonly ConcurrentDictionary<string, Broadcast> _broadcasts = new(StringComparer.Ordinal);
    private readonly Lock _tallyGate = new();
    private readonly long[] _rateLimitedSince = new long[2];
    private readonly long[] _rateLimitedUntil = new long[2];
    private long _lastReceived;
    private (long At, ConcernStore.ConcernTally Tally)? _tally;

    /// <summary>Creates the instruments.</summary>
    public BotMetrics(
        IMeterFactory meters,
        [FromKeyedServices(TransportClock.Key)] TimeProvider transport,
        TimeProvider time,
        Lazy<OutboxDispatcher> dispatcher,
        Lazy<ConcernStore> concerns,
        IOptions<BotOptions> options)
    {
        _transport = transport;
        _time = time;
        _dispatcher = dispatcher;
        _concerns = concerns;
        _zone = options.Value.Zone();
        _lastReceived = transport.GetTimestamp();

        var meter = meters.Create(MeterName);
        _updates = meter.CreateCounter<long>("senate_bot.updates.handled", "{update}", "Updates handled (result: handled, given_up).");
        _duration = meter.CreateHistogram("senate_bot.update.duration", "s", "Time from the start of an update's handling to its commit.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Seconds });
        _undecodable = meter.CreateCounter<long>("senate_bot.updates.undecodable", "{update}", "Updates that could not be decoded, kept in rejected_updates.");
        _sends = meter.CreateCounter<long>("senate_bot.sends", "{message}", "Outbox entries finished, by lane and result (sent, blocked, dropped).");
        _sendErrors = meter.CreateCounter<long>("senate_bot.send.errors", "{call}", "Failed Telegram calls, by lane and code (429, 403, 5xx, 4xx, network).");
        _webhookRefused = meter.CreateCounter<long>("senate_bot.webhook.refused", "{request}", "Webhook requests refused for a missing or wrong secret token.");
        meter.CreateObservableGauge("senate_bot.outbox.depth", ObserveOutbox, "{message}", "Messages handed to the sender and not yet finished, by lane.");
        meter.CreateObservableGauge("senate_bot.concerns", ObserveConcerns, "{concern}", "Concerns by status.");
        meter.CreateObservableGauge("senate_bot.concerns.overdue", ObserveOverdue, "{concern}", "Open concerns past their due date.");
        meter.CreateObservableGauge("senate_bot.broadcast.recipients", () => ObserveBroadcasts(b => b.Recipients), "{recipient}", "Recipients of each running broadcast.");
        meter.CreateObservableGauge("senate_bot.broadcast.sent", () => ObserveBroadcasts(b => b.Sent), "{recipient}", "Recipients a running broadcast has been sent to.");
        meter.CreateObservableGauge("senate_bot.broadcast.failed", () => ObserveBroadcasts(b => b.Failed), "{recipient}", "Recipients a running broadcast could not reach (blocked, refused).");
    }

    /// <summary>When Telegram was last heard from (transport clock timestamp).</summary>
    public long LastReceived => Volatile.Read(ref _lastReceived);

    /// <summary>An update was handled and committed after <paramref name="duration"/>.</summary>
    public void Handled(TimeSpan duration)
    {
        _updates.Add(1, HandledTag);
        _duration.Record(duration.TotalSeconds);
    }

    /// <summary>An update was given up after repeated failures.</summary>
    public void GivenUp() => _updates.Add(1, GivenUpTag);

    /// <summary>An update could not be decoded.</summary>
    public void Undecodable() => _undecodable.Add(1);

    /// <summary>Telegram was heard from: a getUpdates answered, a webhook call, or a webhook check finding nothing pending.</summary>
    public void Received() => Volatile.Write(ref _lastReceived, _transport.GetTimestamp());

    /// <summary>A webhook request was refused for its secret token.</summary>
    public void WebhookRefused() => _webhookRefused.Add(1);

    /// <summary>An outbox entry finished with <paramref name="outcome"/>.</summary>
    public void Sent(OutboxLane lane, SendOutcome outcome)
    {
        _sends.Add(1, new("lane", LaneName(lane)), new("result", outcome switch
        {
            SendOutcome.Sent => "sent",
            SendOutcome.Blocked => "blocked",
            _ => "dropped",
        }));
        if (outcome == SendOutcome.Sent && Volatile.Read(ref _rateLimitedSince[(int)lane]) != 0)
        {
            Volatile.Write(ref _rateLimitedSince[(int)lane], 0);
        }
    }

    /// <summary>A Telegram call failed with <paramref name="code"/> (null: a network error); a 429 says how long to wait.</summary>
    public void SendFailed(OutboxLane lane, int? code, TimeSpan? retryAfter = null)
    {
        var kind = code switch
        {
            null => "network",
            429 or 403 => code.Value.ToString(CultureInfo.InvariantCulture),
            >= 500 => "5xx",
            _ => "4xx",
        };
        _sendErrors.Add(1, new("lane", LaneName(lane)), new("code", kind));
        if (retryAfter is { } wait)
        {
            var now = _transport.GetTimestamp();
            Interlocked.CompareExchange(ref _rateLimitedSince[(int)lane], now, 0);
            var until = now + (long)(wait.TotalSeconds * _transport.TimestampFrequency);
            long seen;
            while ((seen = Volatile.Read(ref _rateLimitedUntil[(int)lane])) < until
                && Interlocked.CompareExchange(ref _rateLimitedUntil[(int)lane], until, seen) != seen)
            {
            }
        }
    }

    /// <summary>
    /// How long the lane has been held by 429s without a message getting through, while Telegram's last
    /// <c>retry_after</c> still holds it; zero when it is not held.
    /// </summary>
    public TimeSpan RateLimitedFor(OutboxLane lane)
    {
        var since = Volatile.Read(ref _rateLimitedSince[(int)lane]);
        var now = _transport.GetTimestamp();
        return since == 0 || Volatile.Read(ref _rateLimitedUntil[(int)lane]) <= now ? TimeSpan.Zero : _transport.GetElapsedTime(since, now);
    }

    /// <summary>A broadcast's progress: how many recipients it has, and how many it has sent to or failed to reach.</summary>
    public void BroadcastProgress(string broadcast, long recipients, long sent, long failed) =>
        _broadcasts[broadcast] = new Broadcast(recipients, sent, failed);

    /// <summary>A broadcast finished or was cancelled: its gauges go.</summary>
    public void BroadcastEnded(string broadcast) => _broadcasts.TryRemove(broadcast, out _);

    private static string LaneName(OutboxLane lane) => lane == OutboxLane.Bulk ? "bulk" : "interactive";

    private IEnumerable<Measurement<int>> ObserveOutbox()
    {
        var (interactive, bulk) = _dispatcher.Value.Depth;
        return [new(interactive, new KeyValuePair<string, object?>("lane", "interactive")), new(bulk, new KeyValuePair<string, object?>("lane", "bulk"))];
    }

    private IEnumerable<Measurement<int>> ObserveConcerns() =>
        Tally().ByStatus.Select(s => new Measurement<int>(s.Value, new KeyValuePair<string, object?>("status", s.Key.ToString())));

    private int ObserveOverdue() => Tally().Overdue;

    private IEnumerable<Measurement<long>> ObserveBroadcasts(Func<Broadcast, long> value) =>
        _broadcasts.Select(b => new Measurement<long>(value(b.Value), new KeyValuePair<string, object?>("broadcast", b.Key)));

    /// <summary>Counts the concerns at most every <see cref="TallyEvery"/> (reading, outside the writer).</summary>
    private ConcernStore.ConcernTally Tally()
    {
        lock (_tallyGate)
        {
            var now = _transport.GetTimestamp();
            if (_tally is not { } last || _transport.GetElapsedTime(last.At, now) >= TallyEvery)
            {
                var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_time.GetUtcNow(), _zone).DateTime);
                _tally = (now, _concerns.Value.Tally(today));
            }

            return _tally.Value.Tally;
        }
    }

    private sealed record Broadcast(long Recipients, long Sent, long Failed);
}
