using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Senate.Bot.Broadcasts;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Deliveries;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Storage;
using Senate.Bot.Telegram;

namespace Senate.Bot.Deliveries;

/// <summary>
/// Runs deliveries (digests, broadcasts, recalls) in the background, in two loops. The feed loop hands the sender one
/// batch of recipients at a time — about a quarter of a second's worth at the delivery's rate — in one unit of work
/// that writes their outbox entries and moves the delivery's mark past them, then waits until the bulk lane has room
/// for another (<see cref="OutboxDispatcher.WaitForBulkRoom"/>): the lane never runs dry and never holds more than two
/// batches, so a pause or a cancel takes effect within about half a second, and interactive replies never wait behind
/// a broadcast. The watch loop, every <see cref="BroadcastOptions.ProgressInterval"/> (at once when woken), starts due deliveries, tells
/// staff how they go (sent, left, the rate and the time left, measured on the sending clock; only what changed) and
/// closes finished ones with their final report. Results are recorded by <see cref="DeliveryLedger"/>.
/// </summary>
public sealed partial class DeliveryEngine(
    DatabaseWriter writer,
    Domain.Deliveries.Deliveries deliveries,
    OutboxStore outbox,
    UserStore users,
    ReplyRenderer renderer,
    OutboxDispatcher dispatcher,
    DeliverySignal signal,
    IOptions<BotOptions> bot,
    IOptions<BroadcastOptions> broadcasts,
    TimeProvider time,
    [FromKeyedServices(TransportClock.Key)] TimeProvider transport,
    ILogger<DeliveryEngine> logger) : BackgroundService
{
    /// <summary>How often the feed loop looks for work when nothing woke it (a delivery resumed).</summary>
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(1);

    /// <summary>The span over which the rate is measured.</summary>
    private static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(10);

    // Used on the writer thread only (inside the watch loop's units of work).
    private readonly Dictionary<long, Queue<(long At, int Done)>> _samples = [];
    private readonly Dictionary<string, string> _shown = new(StringComparer.Ordinal);

    /// <summary>Starts what is due, reports progress and finishes what is over, now rather than at the next interval.</summary>
    public Task Tick() => writer.Run(Watch);

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Loop(FeedOnce, signal.ForFeed, Idle, stoppingToken), Loop(ct => writer.Run(Watch), signal.ForWatch, broadcasts.Value.ProgressInterval, stoppingToken));

    private async Task Loop(Func<CancellationToken, Task<bool>> work, Func<TimeSpan, TimeProvider, CancellationToken, Task> wait, TimeSpan interval, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var more = false;
            try
            {
                more = await work(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(e);
            }

            try
            {
                if (!more)
                {
                    await wait(interval, transport, stop).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One batch of each delivery that is sending; false when there was none (the loop then waits to be woken).</summary>
    private async Task<bool> FeedOnce(CancellationToken stop)
    {
        var feeding = await writer.Run(deliveries.Feeding).ConfigureAwait(false);
        foreach (var delivery in feeding)
        {
            var batch = BatchSize(delivery.Kind);
            await dispatcher.WaitForBulkRoom(batch, stop).ConfigureAwait(false);
            await writer.Run(() => Queue(delivery.Id, delivery.Kind, batch)).ConfigureAwait(false);
        }

        return feeding.Count > 0;
    }

    private void Queue(long deliveryId, DeliveryKind kind, int max)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var paid = Paid(kind);
        var queued = new List<OutboxMessage>();
        foreach (var item in deliveries.NextBatch(deliveryId, max, now))
        {
            var message = renderer.Render(item.Reply, item.UserId, item.Reply.Language ?? Language.Ru, now);
            message.Lane = OutboxLane.Bulk;
            message.PaidBroadcast = paid;
            message.Delivery = new OutboxDelivery(item.DeliveryId, item.Seq, item.Part, item.Parts);
            outbox.Add(message);
            queued.Add(message);
        }

        if (queued.Count > 0)
        {
            writer.AfterCommit(() => dispatcher.Enqueue(queued));
        }
        else
        {
            // Everyone in the batch was settled without a message: the delivery may be over.
            writer.AfterCommit(signal.Wake);
        }
    }

    /// <summary>The watch loop's unit of work; returns false (it then waits for its interval or a wake-up).</summary>
    private bool Watch()
    {
        var now = time.GetUtcNow().UtcDateTime;
        var replies = new List<Reply>(deliveries.StartDue(now));
        replies.AddRange(deliveries.Finish(now));
        writer.AfterCommit(signal.WakeFeed);
        replies.AddRange(deliveries.Progress(Pace).Where(Changed));
        Send(replies, now);
        foreach (var finished in _samples.Keys.Where(id => deliveries.Store.Get(id) is not { IsActive: true }).ToList())
        {
            _samples.Remove(finished);
        }

        return false;
    }

    /// <summary>Staff's messages go in the interactive lane: the editor is watching, and a broadcast must not hold them up.</summary>
    private void Send(List<Reply> replies, DateTime now)
    {
        var queued = replies.Select(reply =>
        {
            var chatId = reply.ChatId ?? throw new InvalidOperationException("A delivery's message to staff names no chat.");
            var message = renderer.Render(reply, chatId, reply.Language ?? users.Get(chatId)?.Language ?? Language.Ru, now);
            message.Lane = OutboxLane.Interactive;
            outbox.Add(message);
            return message;
        }).ToList();
        if (queued.Count > 0)
        {
            writer.AfterCommit(() => dispatcher.Enqueue(queued));
        }
    }

    /// <summary>True when a progress message differs from the one last sent under its tag (nothing is edited for nothing).</summary>
    private bool Changed(Reply reply)
    {
        var key = reply.EditTag ?? reply.Tag ?? string.Empty;
        var language = reply.Language ?? (reply.ChatId is { } chat ? users.Get(chat)?.Language : null) ?? Language.Ru;
        var rendered = renderer.Render(reply, reply.ChatId ?? 0, language, DateTime.MinValue);
        var shown = rendered.Text + "|" + string.Join(",", (rendered.Buttons ?? []).SelectMany(row => row).Select(b => b.Data));
        if (_shown.TryGetValue(key, out var last) && last == shown)
        {
            return false;
        }

        _shown[key] = shown;
        return true;
    }

    /// <summary>Recipients finished per second over the last few seconds, and the time the rest would take.</summary>
    private DeliveryPace Pace(Delivery delivery)
    {
        var now = transport.GetTimestamp();
        if (!_samples.TryGetValue(delivery.Id, out var samples))
        {
            _samples[delivery.Id] = samples = new Queue<(long, int)>();
        }

        samples.Enqueue((now, delivery.Done));
        while (samples.Count > 2 && transport.GetElapsedTime(samples.Peek().At, now) > RateWindow)
        {
            samples.Dequeue();
        }

        var (at, done) = samples.Peek();
        var seconds = transport.GetElapsedTime(at, now).TotalSeconds;
        if (delivery.Status != DeliveryStatus.Sending || seconds < 1)
        {
            return DeliveryPace.Unknown;
        }

        var rate = (delivery.Done - done) / seconds;
        return new DeliveryPace(rate, rate > 0 ? TimeSpan.FromSeconds(delivery.Left / rate) : null);
    }

    private bool Paid(DeliveryKind kind) => broadcasts.Value.AllowPaidBroadcast && kind is DeliveryKind.Broadcast or DeliveryKind.Recall;

    /// <summary>
    /// About a quarter of a second's worth at the rate the delivery goes at: a batch is one unit of work on the writer,
    /// and while it runs no sent message's result is committed, so a second's worth at 1000/s held the sender up
    /// (broadcast bench at 1000/s: 64-70% of the rate with a second's worth, 81-93% with a quarter, 61-70% with a tenth).
    /// </summary>
    private int BatchSize(DeliveryKind kind) =>
        Math.Clamp((Paid(kind) ? bot.Value.Sending.PaidPerSecond : bot.Value.Sending.GlobalPerSecond) / 4, 1, 250);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Error, Message = "A delivery step failed; it is tried again.")]
    private partial void LogFailed(Exception exception);
}
