using Microsoft.Extensions.Options;

namespace Senate.Bot.Telegram;

/// <summary>
/// Runs updates strictly in order within a chat and concurrently across chats, at most
/// <see cref="BotOptions.MaxConcurrentChats"/> chats at once. It also knows which update ids are still in flight,
/// so the poller confirms to Telegram only what has been handled durably.
/// </summary>
public sealed class ChatScheduler(UpdateProcessor processor, IOptions<BotOptions> options) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Queue<IncomingUpdate>> _chats = [];
    private readonly SortedSet<int> _inFlight = [];
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentChats);

    /// <summary>The lowest update id not yet handled, or null when nothing is in flight.</summary>
    public int? LowestInFlight
    {
        get
        {
            lock (_gate)
            {
                return _inFlight.Count == 0 ? null : _inFlight.Min;
            }
        }
    }

    /// <summary>Number of updates accepted and not yet handled.</summary>
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

    /// <summary>Accepts an update unless it is already in flight (Telegram re-sends unconfirmed updates).</summary>
    public void Schedule(IncomingUpdate update)
    {
        lock (_gate)
        {
            if (!_inFlight.Add(update.UpdateId))
            {
                return;
            }

            if (_chats.TryGetValue(update.ChatId, out var queue))
            {
                queue.Enqueue(update);
                return;
            }

            _chats[update.ChatId] = new Queue<IncomingUpdate>([update]);
        }

        _ = Task.Run(() => Drain(update.ChatId));
    }

    /// <summary>Waits until nothing is in flight or <paramref name="timeout"/> passes.</summary>
    public async Task<bool> WaitIdle(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            while (InFlight > 0)
            {
                await Task.Delay(10, cts.Token).ConfigureAwait(false);
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();

    private async Task Drain(long chatId)
    {
        await _slots.WaitAsync().ConfigureAwait(false);
        try
        {
            while (true)
            {
                IncomingUpdate update;
                lock (_gate)
                {
                    var queue = _chats[chatId];
                    if (queue.Count == 0)
                    {
                        _chats.Remove(chatId);
                        return;
                    }

                    update = queue.Peek();
                }

                await processor.Process(update).ConfigureAwait(false);
                lock (_gate)
                {
                    _chats[chatId].Dequeue();
                    _inFlight.Remove(update.UpdateId);
                }
            }
        }
        finally
        {
            _slots.Release();
        }
    }
}
