using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Senate.Bot.Storage;

namespace Senate.Bot.Telegram;

/// <summary>
/// Start-up and shutdown around the poller. At start the database is opened (and checked) at once; resuming the
/// unsent outbox, getMe and registering the commands go in the background once the first getUpdates has been
/// answered (<see cref="PollingStart"/>), so polling starts without waiting for them (the poller builds the engine and
/// its features right after that answer); updates are mapped only once getMe has answered. At stop (after the poller has stopped)
/// it lets handled updates finish, gives the outbox a moment to drain, and commits what is still queued.
/// </summary>
public sealed partial class BotLifetime(
    Lazy<OutboxDispatcher> dispatcher,
    ChatScheduler scheduler,
    Lazy<CommandRegistrar> commands,
    BotIdentity identity,
    BotDatabase database,
    DatabaseWriter writer,
    PollingStart polling,
    ILogger<BotLifetime> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _background = Task.CompletedTask;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _background = Task.Run(async () =>
        {
            // After the first getUpdates, not beside it: the two would share the processor while both are being compiled.
            await polling.Wait(_stopping.Token).ConfigureAwait(false);
            var resumed = dispatcher.Value.Resume();
            await identity.Resolve(_stopping.Token).ConfigureAwait(false);
            await commands.Value.Register(_stopping.Token).ConfigureAwait(false);
            await resumed.ConfigureAwait(false);
        }, CancellationToken.None);
        LogStarted(database.Path);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _background.ConfigureAwait(false);
        }
        catch (Exception) when (_stopping.IsCancellationRequested)
        {
            // Stopping cut getMe or setMyCommands short (Telegram.Bot reports that as a RequestException);
            // registration is done again at the next start.
        }

        await scheduler.WaitIdle(TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
        await dispatcher.Value.WaitIdle(TimeSpan.FromSeconds(3), cancellationToken).ConfigureAwait(false);
        try
        {
            // Commits the outbox removals still queued, so a clean stop sends nothing again at the next start.
            await writer.Run(() => { }).ConfigureAwait(false);
            LogStopped();
        }
        catch (Exception e)
        {
            LogLastCommitFailed(e);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stopping.Dispose();

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Senate.Bot started with database {Path}.")]
    private partial void LogStarted(string path);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Information, Message = "Senate.Bot stopped cleanly.")]
    private partial void LogStopped();

    [LoggerMessage(EventId = 4303, Level = LogLevel.Error, Message = "The last commit at stop failed; what was sent since the previous one may be sent again at the next start.")]
    private partial void LogLastCommitFailed(Exception exception);
}
