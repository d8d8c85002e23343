using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Senate.Bot.Hosting;
using Senate.Bot.Telemetry;
using Telegram.Bot.Exceptions;

namespace Senate.Bot.Telegram;

/// <summary>
/// Our own long-polling loop, started at once (getMe goes beside the first call), pipelined with handling: while updates are being handled it fetches again as soon
/// as one of them is committed, with the offset at the lowest update still in flight, so Telegram learns exactly
/// what is committed and the next updates arrive without waiting for the rest. It never drops pending updates at
/// start; an update that cannot be decoded is kept in <c>rejected_updates</c>, logged once and confirmed, so the
/// offset never stops; when Telegram restarts its ids (lower ids after a week without updates) the offset follows
/// them. Errors back off from 1 s doubling to a minute, with one log line per failure.
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
    [FromKeyedServices(TransportClock.Key)] TimeProvider time,
    ILogger<UpdatePoller> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (webhook.Value.IsEnabled)
        {
            // Telegram sends the updates to the webhook (Hosting/WebhookServer); getUpdates would be refused.
            start.Done();
            return;
        }

        var afterLast = 0;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // With updates in flight, fetch again once one of them is committed: earlier would only bring them back.
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
                    start.Done();
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

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "getUpdates failed ({Failures} in a row); retrying in {Seconds} s.")]
    private partial void LogPollFailed(Exception exception, int failures, double seconds);
}
