using Microsoft.Extensions.Logging;
using Senate.Bot.Storage;

namespace Senate.Bot.Telegram;

/// <summary>
/// Delivers committed outbox entries: each chat's entries strictly in order, different chats concurrently.
/// After a call is made, its entry is removed (and a tagged message remembered) in a later unit of work, so a
/// crash in between re-sends rather than loses. Interactive replies and background messages share the
/// sender's limits; a chat waiting out a 429 holds up only itself.
/// </summary>
public sealed partial class OutboxDispatcher(
    OutboundSender sender,
    DatabaseWriter writer,
    OutboxStore outbox,
    MessageTagStore tags,
    UserStore users,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Queue<OutboxMessage>> _queues = [];
    private readonly HashSet<long> _queued = [];
    private readonly List<Task> _running = [];
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Entries handed over and not yet finished.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _queues.Values.Sum(q => q.Count) + _running.Count(t => !t.IsCompleted);
            }
        }
    }

    /// <summary>Takes committed entries for delivery (ignores entries already queued, e.g. at start-up).</summary>
    public void Enqueue(IEnumerable<OutboxMessage> messages)
    {
        lock (_gate)
        {
            foreach (var message in messages)
            {
                if (_stopping.IsCancellationRequested || !_queued.Add(message.Id))
                {
                    continue;
                }

                if (_queues.TryGetValue(message.ChatId, out var queue))
                {
                    queue.Enqueue(message);
                    continue;
                }

                _queues[message.ChatId] = new Queue<OutboxMessage>([message]);
                _running.RemoveAll(t => t.IsCompleted);
                _running.Add(Task.Run(() => Drain(message.ChatId)));
            }
        }
    }

    /// <summary>Loads what a previous run left unsent.</summary>
    public async Task Resume() => Enqueue(await writer.Run(outbox.Pending).ConfigureAwait(false));

    /// <summary>Waits until everything handed over has been delivered or <paramref name="timeout"/> passes.</summary>
    public async Task<bool> WaitIdle(TimeSpan timeout)
    {
        var deadline = time.GetUtcNow() + timeout;
        while (Pending > 0)
        {
            if (time.GetUtcNow() > deadline)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20)).ConfigureAwait(false);
        }

        return true;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        Task[] running;
        lock (_gate)
        {
            running = [.. _running];
        }

        try
        {
            await Task.WhenAll(running).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Unsent entries stay in the outbox for the next start.
        }

        _stopping.Dispose();
    }

    private async Task Drain(long chatId)
    {
        while (true)
        {
            OutboxMessage message;
            lock (_gate)
            {
                var queue = _queues[chatId];
                if (queue.Count == 0 || _stopping.IsCancellationRequested)
                {
                    _queues.Remove(chatId);
                    return;
                }

                message = queue.Peek();
            }

            try
            {
                var (outcome, messageId) = await sender.Send(message, ResolveTag, _stopping.Token).ConfigureAwait(false);
                await writer.Run(() => Finish(message, outcome, messageId)).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                lock (_gate)
                {
                    _queues.Remove(chatId);
                }

                return;
            }
            catch (Exception e)
            {
                // Never lose the chat's queue to an unexpected error: log, drop this entry, go on.
                LogUnexpected(e, chatId);
                await writer.Run(() => outbox.Remove(message.Id)).ConfigureAwait(false);
            }

            lock (_gate)
            {
                _queues[chatId].Dequeue();
                _queued.Remove(message.Id);
            }
        }
    }

    private void Finish(OutboxMessage message, SendOutcome outcome, int? messageId)
    {
        outbox.Remove(message.Id);
        if (outcome == SendOutcome.Sent && message.Tag is { } tag && messageId is { } id)
        {
            tags.Save(tag, message.ChatId, id);
        }

        if (outcome == SendOutcome.Blocked)
        {
            users.MarkBlocked(message.ChatId, time.GetUtcNow().UtcDateTime);
        }
    }

    private int? ResolveTag(string tag) => tags.Find(tag)?.MessageId;

    [LoggerMessage(EventId = 3101, Level = LogLevel.Error, Message = "Delivering a message to chat {ChatId} failed unexpectedly; it is dropped.")]
    private partial void LogUnexpected(Exception exception, long chatId);
}
