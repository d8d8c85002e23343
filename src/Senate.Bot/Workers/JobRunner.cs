using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Storage;
using Senate.Bot.Telegram;

namespace Senate.Bot.Workers;

/// <summary>Runs each <see cref="ScheduledJob"/> at its interval (timers from <see cref="TimeProvider"/>); one failing run is logged and retried next time.</summary>
public sealed partial class JobRunner(
    IEnumerable<ScheduledJob> jobs,
    DatabaseWriter writer,
    OutboxStore outbox,
    UserStore users,
    ReplyRenderer renderer,
    OutboxDispatcher dispatcher,
    TimeProvider time,
    ILogger<JobRunner> logger) : BackgroundService
{
    private readonly IReadOnlyList<ScheduledJob> _jobs = [.. jobs];

    /// <summary>Runs one job now (also what the timer does); returns how many messages it queued.</summary>
    public Task<int> RunNow(string name)
    {
        var job = _jobs.FirstOrDefault(j => j.Name == name) ?? throw new ArgumentException($"No job '{name}'.", nameof(name));
        return writer.Run(() => RunJob(job));
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_jobs.Select(job => Loop(job, stoppingToken)));

    private async Task Loop(ScheduledJob job, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await writer.Run(() => RunJob(job)).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                LogJobFailed(e, job.Name);
            }

            try
            {
                await Task.Delay(job.Interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private int RunJob(ScheduledJob job)
    {
        var now = time.GetUtcNow();
        var replies = job.Run(now);
        var queued = new List<OutboxMessage>(replies.Count);
        foreach (var reply in replies)
        {
            var chatId = reply.ChatId ?? throw new InvalidOperationException($"Job '{job.Name}' returned a reply without a chat.");
            var language = reply.Language ?? users.Get(chatId)?.Language ?? Language.Ru;
            var message = renderer.Render(reply, chatId, language, now.UtcDateTime);
            outbox.Add(message);
            queued.Add(message);
        }

        if (queued.Exists(OutboxStore.NeedsRendering))
        {
            writer.AfterCommit(() => _ = RenderThenEnqueue(job, queued));
        }
        else if (queued.Count > 0)
        {
            writer.AfterCommit(() => dispatcher.Enqueue(queued));
        }

        return queued.Count;
    }

    /// <summary>Makes the files of a committed run's messages, then hands them over; a failure is logged, not lost in a discarded task.</summary>
    private async Task RenderThenEnqueue(ScheduledJob job, List<OutboxMessage> queued)
    {
        try
        {
            await dispatcher.RenderThenEnqueue(queued).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            LogJobFailed(e, job.Name);
        }
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "Scheduled job {Job} failed; it runs again at its next interval.")]
    private partial void LogJobFailed(Exception exception, string job);
}
