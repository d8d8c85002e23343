using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Storage;
using Senate.Bot.Workers;

namespace Senate.Bot.Tests.Support;

/// <summary>A scheduled job that sends the notices a test queues (bulk messages to other chats), run with <see cref="JobRunner.RunNow"/>.</summary>
internal sealed class Notices
{
    public const string JobName = "test-notices";

    private readonly ConcurrentQueue<Reply> _queued = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Func<Exception>? FailWith { get; set; }

    /// <summary>Completes after the run every job makes at start, so what a test queues next waits for its own run.</summary>
    public Task Started => _started.Task;

    /// <summary>
    /// Completes once the run every job makes at start is over, its transaction included: when another unit of that
    /// transaction fails, each unit is run again alone, the job too, and a run again would take what a test queued.
    /// </summary>
    public async Task StartedIn(BotApplication app)
    {
        await Started;
        await app.Get<DatabaseWriter>().Run(() => { });
    }

    public void Register(IServiceCollection services) =>
        services.AddSingleton(new ScheduledJob(JobName, TimeSpan.FromDays(1), _ => Run()));

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

    private List<Reply> Run()
    {
        try
        {
            if (FailWith is { } fail)
            {
                throw fail();
            }

            var replies = new List<Reply>();
            while (_queued.TryDequeue(out var reply))
            {
                replies.Add(reply);
            }

            return replies;
        }
        finally
        {
            _started.TrySetResult();
        }
    }
}
