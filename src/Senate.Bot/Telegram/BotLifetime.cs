using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Senate.Bot.Storage;

namespace Senate.Bot.Telegram;

/// <summary>
/// Start-up and shutdown around the poller: at start it resumes the unsent outbox (queued before any update, but
/// not waited for), asks getMe and registers commands, all in the background so polling starts at once; at stop (after the poller has stopped) it lets handled updates finish, gives the outbox a
/// moment to drain, and checkpoints the database so the file is clean.
/// </summary>
public sealed partial class BotLifetime(
    OutboxDispatcher dispatcher,
    ChatScheduler scheduler,
    CommandRegistrar commands,
    BotIdentity identity,
    BotDatabase database,
    DatabaseWriter writer,
    ILogger<BotLifetime> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _background = Task.CompletedTask;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var resumed = dispatcher.Resume();
        _background = Task.Run(async () =>
        {
            await identity.Resolve(_stopping.Token).ConfigureAwait(false);
            await commands.Register(_stopping.Token).ConfigureAwait(false);
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
        await dispatcher.WaitIdle(TimeSpan.FromSeconds(3), cancellationToken).ConfigureAwait(false);
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
