using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace Senate.Bot.Telegram;

/// <summary>The bot's own id and username, from getMe (needed to read <c>/cmd@bot</c> and replies to the bot in groups).</summary>
public sealed partial class BotIdentity(ITelegramBotClient bot, [FromKeyedServices(TransportClock.Key)] TimeProvider time, ILogger<BotIdentity> logger)
{
    private readonly TaskCompletionSource _resolved = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The bot's user id.</summary>
    public long Id { get; private set; }

    /// <summary>The bot's username.</summary>
    public string? Username { get; private set; }

    /// <summary>Completes once getMe has answered.</summary>
    public Task Resolved => _resolved.Task;

    /// <summary>Calls getMe until it answers (backing off), unless cancelled.</summary>
    public async Task Resolve(CancellationToken cancellationToken)
    {
        for (var attempt = 1; !_resolved.Task.IsCompleted; attempt++)
        {
            try
            {
                var me = await bot.GetMe(cancellationToken).ConfigureAwait(false);
                Id = me.Id;
                Username = me.Username;
                _resolved.TrySetResult();
            }
            catch (Exception e) when (cancellationToken.IsCancellationRequested)
            {
                // Telegram.Bot reports a cancelled call as a RequestException: say what it is.
                throw new OperationCanceledException("Stopped while asking getMe.", e, cancellationToken);
            }
            catch (Exception e)
            {
                var delay = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(attempt - 1, 6))));
                LogGetMeFailed(e, attempt, delay.TotalSeconds);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "getMe failed (attempt {Attempt}); retrying in {Seconds} s.")]
    private partial void LogGetMeFailed(Exception exception, int attempt, double seconds);
}
