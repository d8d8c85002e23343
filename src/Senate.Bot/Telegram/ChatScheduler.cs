using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Senate.Bot.Telemetry;

namespace Senate.Bot.Telegram;

/// <summary>
/// Runs updates strictly in order within a chat and concurrently across chats, at most
/// <see cref="BotOptions.MaxConcurrentChats"/> chats at once. It knows which update ids are in flight and which
/// have finished since the last confirmation, so the poller confirms to Telegram exactly what is committed and
/// skips, without a database round trip, what it fetches again. A chat never stops: whatever throws, an update
/// leaves its chat's queue (after a few attempts when handling and the apology both fail).
/// </summary>
public sealed partial class ChatScheduler(
    Lazy<UpdateProcessor> processor,
    BotMetrics metrics,
    IOptions<BotOptions> options,
    [FromKeyedServices(TransportClock.Key)] TimeProvider time,
    ILogger<ChatScheduler> logger) : IDisposable
{
    /// <summary>Attempts at an update whose handling and apology both fail, before it is given up.</summary>
    public const int MaxAttempts = 3;

    private readonly Lock _gate = new();
    private readonly Dictionary<long, Queue<IncomingUpdate>> _chats = [];
    private readonly SortedSet<int> _inFlight = [];
    private readonly HashSet<int> _finished = [];
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentChats);
    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Idleness _idleness = new();
    private readonly Dictionary<int, TaskCompletionSource> _waiters = [];

    /// <summary>Number of updates accepted and not yet finished.</summary>
    public int InFlight
    {
        get
        {
            lock (_gate)
            {
                return _inFlight.Count;
            }
        }
    }

    /// <summary>True for an update id in flight, or finished and not yet confirmed.</summary>
    public bool IsKnown(int updateId)
    {
        lock (_gate)
        {
            return _inFlight.Contains(updateId) || _finished.Contains(updateId);
        }
    }

    /// <summary>
    /// Takes an update id into flight; false when it is in flight already or finished and not yet confirmed (Telegram
    /// returns unconfirmed updates again).
    /// </summary>
    public bool Accept(int updateId)
    {
        lock (_gate)
        {
            if (_finished.Contains(updateId) || !_inFlight.Add(updateId))
            {
                return false;
            }

            _idleness.Busy();
            return true;
        }
    }

    /// <summary>Queues an accepted update behind its chat's earlier ones.</summary>
    public void Schedule(IncomingUpdate update)
    {
        lock (_gate)
        {
            if (_chats.TryGetValue(update.ChatId, out var queue))
            {
                queue.Enqueue(update);
                return;
            }

            _chats[update.ChatId] = new Queue<IncomingUpdate>([update]);
        }

        _ = Task.Run(() => Drain(update.ChatId));
    }

    /// <summary>Marks an accepted update finished: its effects are committed (or it had none).</summary>
    public void Finish(int updateId)
    {
        lock (_gate)
        {
            _inFlight.Remove(updateId);
            _finished.Add(updateId);
            if (!_progress.Task.IsCompleted && (_inFlight.Count == 0 || Room() > 0))
            {
                _progress.TrySetResult();
            }

            if (_waiters.Count > 0 && _waiters.Remove(updateId, out var waiter))
            {
                waiter.TrySetResult();
            }

            if (_inFlight.Count == 0)
            {
                _idleness.Idle();
            }
        }
    }

    /// <summary>
    /// The offset for the next getUpdates: the lowest id in flight, or <paramref name="afterLast"/> (one past the
    /// last id received) when nothing is. Finished ids below it are confirmed by that call and forgotten.
    /// </summary>
    public int NextOffset(int afterLast)
    {
        lock (_gate)
        {
            var offset = _inFlight.Count > 0 ? _inFlight.Min : afterLast;
            _finished.RemoveWhere(id => id < offset);
            _progress = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return offset;
        }
    }

    /// <summary>
    /// Completes when nothing is in flight, or when an update has finished since the last <see cref="NextOffset"/> and
    /// a getUpdates can bring an update the bot has not seen (at once if so already). Telegram answers from the lowest
    /// update in flight on: with a whole <see cref="UpdateSource.Limit"/> of known ones there, a call would bring back
    /// only those (in a burst, three calls of four did, each answer parsed whole).
    /// </summary>
    public Task WaitForProgress(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_inFlight.Count == 0)
            {
                return Task.CompletedTask;
            }

            if (_progress.Task.IsCompleted && Room() == 0)
            {
                // What finished made room before the last answer's updates were taken in, and they filled it.
                _progress = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            return _progress.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// How many updates the bot has not seen a getUpdates would bring at most: Telegram returns the updates from the
    /// lowest one in flight on, and those the bot knows (in flight, or finished above it and so not yet confirmed)
    /// take their places among the <see cref="UpdateSource.Limit"/>, whatever gaps the ids have. Under the lock, with
    /// something in flight.
    /// </summary>
    private int Room()
    {
        var lowest = _inFlight.Min;
        var finishedAbove = 0;
        foreach (var id in _finished)
        {
            if (id > lowest)
            {
                finishedAbove++;
            }
        }

        return UpdateSource.Limit - _inFlight.Count - finishedAbove;
    }

    /// <summary>Completes when the update is no longer in flight: finished (committed, or given up), or never accepted.</summary>
    public Task WhenFinished(int updateId)
    {
        lock (_gate)
        {
            if (!_inFlight.Contains(updateId))
            {
                return Task.CompletedTask;
            }

            if (!_waiters.TryGetValue(updateId, out var waiter))
            {
                waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters[updateId] = waiter;
            }

            return waiter.Task;
        }
    }

    /// <summary>
    /// Forgets a finished update (the webhook's way of confirming it: there is no offset). Telegram sending it again
    /// after that is recognised by the chat's cursor instead.
    /// </summary>
    public void Forget(int updateId)
    {
        lock (_gate)
        {
            _finished.Remove(updateId);
        }
    }

    /// <summary>Waits until nothing is in flight or <paramref name="timeout"/> passes; true if nothing is.</summary>
    public Task<bool> WaitIdle(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Idleness.Wait(_idleness.WhenIdle, timeout, time, cancellationToken);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();

    private async Task Drain(long chatId)
    {
        await _slots.WaitAsync().ConfigureAwait(false);
        try
        {
            IncomingUpdate? update;
            lock (_gate)
            {
                update = _chats[chatId].Peek();
            }

            while (update is not null)
            {
                try
                {
                    await Handle(update).ConfigureAwait(false);
                }
                finally
                {
                    update = Advance(update);
                }
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task Handle(IncomingUpdate update)
    {
        var started = time.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await processor.Value.Process(update).ConfigureAwait(false);
                metrics.Handled(time.GetElapsedTime(started));
                return;
            }
            catch (Exception e) when (attempt < MaxAttempts)
            {
                LogAttemptFailed(e, update.UpdateId, update.ChatId, attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt), time).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                LogGaveUp(e, update.UpdateId, update.ChatId, attempt);
                metrics.GivenUp();
                return;
            }
        }
    }

    /// <summary>Finishes an update and returns its chat's next one, or null (the chat is then forgotten).</summary>
    private IncomingUpdate? Advance(IncomingUpdate finished)
    {
        Finish(finished.UpdateId);
        lock (_gate)
        {
            var queue = _chats[finished.ChatId];
            queue.Dequeue();
            if (queue.Count == 0)
            {
                _chats.Remove(finished.ChatId);
                return null;
            }

            return queue.Peek();
        }
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Error, Message = "Update {UpdateId} of chat {ChatId} could be neither handled nor apologised for (attempt {Attempt}); trying again.")]
    private partial void LogAttemptFailed(Exception exception, int updateId, long chatId, int attempt);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Critical, Message = "Update {UpdateId} of chat {ChatId} failed {Attempts} times; it is given up so the chat and the offset go on.")]
    private partial void LogGaveUp(Exception exception, int updateId, long chatId, int attempts);
}
