using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Storage;
using Senate.Bot.Workers;

namespace Senate.Bot.Tests.Support;

/// <summary>
/// A scheduled job that sends the notices a test queues (bulk messages to other chats), run with <see cref="JobRunner.RunNow"/>.
/// Like a real job's marks in the database, what it takes from the queue is taken only when its run commits: a run that
/// rolls back, or that the writer runs again alone after another unit of its batch failed, finds the same notices.
/// </summary>
internal sealed class Notices
{
    public const string JobName = "test-notices";

    private readonly ConcurrentQueue<Reply> _queued = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Func<Exception>? FailWith { get; set; }

    /// <summary>Completes after the run every job makes at start, so what a test queues next waits for its own run.</summary>
    public Task Started => _started.Task;

    /// <summary>
    /// Completes once the run every job makes at start is over, its transaction included, so what a test queues next
    /// is not taken by that run run again (after another unit of its batch failed).
    /// </summary>
    public async Task StartedIn(BotApplication app)
    {
        await Started;
        await app.Get<DatabaseWriter>().Run(() => { });
    }

    public void Register(IServiceCollection services) =>
        services.AddSingleton(sp => new ScheduledJob(JobName, TimeSpan.FromDays(1), _ => Run(sp.GetRequiredService<DatabaseWriter>())));

    /// <summary>Queues the help text for each chat, for the next run.</summary>
    public void Queue(IEnumerable<long> chats)
    {
        foreach (var chat in chats)
        {
            _queued.Enqueue(new Reply { Text = CommonTexts.Help, ChatId = chat, Language = Language.En });
        }
    }

    /// <summary>Queues any reply for the next run.</summary>
    public void Add(Reply reply) => _queued.Enqueue(reply);

    private List<Reply> Run(DatabaseWriter writer)
    {
        try
        {
            if (FailWith is { } fail)
            {
                throw fail();
            }

            // Queued later notices stay behind these (first in, first out) for the next run.
            List<Reply> replies = [.. _queued];
            writer.AfterCommit(() =>
            {
                for (var i = 0; i < replies.Count; i++)
                {
                    _queued.TryDequeue(out _);
                }
            });
            return replies;
        }
        finally
        {
            _started.TrySetResult();
        }
    }
}
