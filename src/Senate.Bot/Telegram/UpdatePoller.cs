using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace Senate.Bot.Telegram;

/// <summary>
/// Our own long-polling loop. It never drops pending updates at start, confirms an update to Telegram only after
/// it has been handled durably (the next offset is the lowest id still in flight), hands updates to the
/// <see cref="ChatScheduler"/>, and backs off on errors (1 s doubling to a minute) with one log line per failure.
/// </summary>
public sealed partial class UpdatePoller(
    ITelegramBotClient bot,
    ChatScheduler scheduler,
    BotIdentity identity,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<UpdatePoller> logger) : BackgroundService
{
    private static readonly UpdateType[] Allowed = [UpdateType.Message, UpdateType.CallbackQuery];

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await identity.Resolve(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        var nextOffset = 0;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var offset = scheduler.LowestInFlight is { } lowest ? Math.Min(lowest, nextOffset) : nextOffset;
                var updates = await bot.GetUpdates(offset, 100, (int)options.Value.PollTimeout.TotalSeconds, Allowed, stoppingToken).ConfigureAwait(false);
                failures = 0;
                foreach (var update in updates)
                {
                    nextOffset = Math.Max(nextOffset, update.Id + 1);
                    if (InputMapper.Map(update, identity.Username, identity.Id) is { } incoming)
                    {
                        scheduler.Schedule(incoming);
                    }
                }

                if (scheduler.LowestInFlight is not null && updates.Length > 0)
                {
                    // Everything received is still being handled: wait a moment rather than re-fetch it at once.
                    await scheduler.WaitIdle(TimeSpan.FromMilliseconds(200), stoppingToken).ConfigureAwait(false);
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
