using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Senate.Bot.Hosting;
using Senate.Bot.Telemetry;
using Telegram.Bot.Exceptions;

namespace Senate.Bot.Telegram;

/// <summary>
/// Our own long-polling loop, started at once (getMe goes beside the first call), pipelined with handling: while
/// updates are being handled it fetches again as soon as one of them is committed and the answer can hold an update
/// not seen yet, with the offset at the lowest update still in flight, so Telegram learns exactly what is committed
/// and the next updates arrive without waiting for the rest. It never drops pending updates at start; an update that
/// cannot be decoded is kept in <c>rejected_updates</c>, logged once and confirmed, so the offset never stops; when
/// Telegram restarts its ids (lower ids after a week without updates) the offset follows them. Errors back off from
/// 1 s doubling to a minute, with one log line per failure.
/// </summary>
public sealed partial class UpdatePoller(
    UpdateSource source,
    ChatScheduler scheduler,
    UpdateIntake intake,
    BotIdentity identity,
    BotMetrics metrics,
    IOptions<TelegramOptions> options,
    IOptions<WebhookOptions> webhook,
    PollingStart start,
    Lazy<UpdateProcessor> handling,
    Lazy<OutboxDispatcher> sending,
    [FromKeyedServices(TransportClock.Key)] TimeProvider time,
    ILogger<UpdatePoller> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (webhook.Value.IsEnabled)
        {
            // Telegram sends the updates to the webhook (Hosting/WebhookServer); getUpdates would be refused.
            Ready();
            return;
        }

        var afterLast = 0;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // With updates in flight, fetch again once one of them is committed and the answer can hold an update
                // not seen yet: earlier would only bring them back.
                await scheduler.WaitForProgress(stoppingToken).ConfigureAwait(false);
                var offset = scheduler.NextOffset(afterLast);
                // The first call does not wait for updates: its answer tells the rest of the start-up to go on.
                var timeout = scheduler.InFlight > 0 || !start.Answered.IsCompleted ? 0 : (int)options.Value.PollTimeout.TotalSeconds;
                IReadOnlyList<UpdateSource.Received> updates;
                try
                {
                    updates = await source.GetUpdates(offset, timeout, scheduler.IsKnown, stoppingToken).ConfigureAwait(false);
                }
                finally
                {
                    if (!start.Answered.IsCompleted)
                    {
                        Ready();
                    }
                }

                failures = 0;
                metrics.Received();

                // getMe goes at start beside the first getUpdates (BotLifetime); reading /cmd@bot needs its answer.
                await identity.Resolved.WaitAsync(stoppingToken).ConfigureAwait(false);
                foreach (var update in updates)
                {
                    if (scheduler.Accept(update.Id))
                    {
                        intake.Take(update);
                    }
                }

                if (updates.Count > 0)
                {
                    // Telegram returns ids in order; after it restarts them the last one is lower, and so is the offset.
                    afterLast = updates[^1].Id + 1;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                failures++;
                var delay = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(failures - 1, 6))));
                if (e is ApiRequestException { ErrorCode: 429, Parameters.RetryAfter: { } retryAfter })
                {
                    delay = TimeSpan.FromSeconds(retryAfter);
                }

                LogPollFailed(e, failures, delay.TotalSeconds);
                try
                {
                    await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Builds what handling and sending need (the engine with every feature and store, the dispatcher with the
    /// delivery ledger) here, on one thread, before any update is taken, then lets the rest of start-up go on. Built
    /// from several threads at once (the first update's chat, the deferred services, the outbox's resume), the stores
    /// opening their LiteDB indexes and the container's locks could hold each other up while the writer ran units (a
    /// 60 s lock timeout on the deliveries collection seen once in CI).
    /// </summary>
    private void Ready()
    {
        try
        {
            _ = handling.Value;
            _ = sending.Value;
        }
        finally
        {
            start.Done();
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "getUpdates failed ({Failures} in a row); retrying in {Seconds} s.")]
    private partial void LogPollFailed(Exception exception, int failures, double seconds);
}
