using Microsoft.Extensions.DependencyInjection;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Senate.Bot.Storage;

namespace Senate.Bot.Telegram;

/// <summary>
/// Delivers committed outbox entries in two lanes. Interactive entries (replies to a user's own update, callback
/// answers) go at once, each chat's in order, different chats concurrently, limited only per chat. Bulk entries
/// (notifications to other chats, reminders, warnings, and the digests and broadcasts to come) wait in a queue
/// served by a fixed number of workers under the overall budget, each chat's in order and chats in turn, so a
/// long broadcast never holds up a reply. After a call is made its entry is removed in the writer's next
/// transaction, shared with other work: a crash in between re-sends only what was in flight. A callback answer
/// lives in memory only and is never sent twice (after a crash it would be too old to show anyway).
/// </summary>
/// <remarks>
/// A delivery engine (digests to thousands, broadcasts to 100,000) feeds the bulk lane in chunks: in one unit of
/// work it writes the next recipients' outbox entries together with its own per-recipient marks, hands them over
/// with <see cref="Enqueue"/> after the commit, and awaits <see cref="WaitForBulkRoom"/> before the next chunk, so
/// the lane holds a bounded number of entries and a crash resumes from the marks.
/// </remarks>
public sealed partial class OutboxDispatcher : IAsyncDisposable
{
    private readonly OutboundSender _sender;
    private readonly DatabaseWriter _writer;
    private readonly OutboxStore _outbox;
    private readonly MessageTagStore _tags;
    private readonly UserStore _users;
    private readonly IOutboxOutcomes[] _outcomes;
    private readonly TimeProvider _time;
    private readonly TimeProvider _transport;
    private readonly ILogger<OutboxDispatcher> _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Queue<OutboxMessage>> _interactive = [];
    private readonly Dictionary<long, Queue<OutboxMessage>> _bulk = [];
    private readonly Channel<long> _bulkReady = Channel.CreateUnbounded<long>();
    private readonly HashSet<long> _queued = [];
    private readonly List<OutboxMessage> _held = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _unrecorded;
    private readonly Task[] _bulkWorkers;
    private bool _open;
    private int _pending;
    private int _bulkBacklog;
    private readonly Idleness _idleness = new();
    private TaskCompletionSource _bulkRoom = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _bulkRoomBelow = int.MaxValue;

    /// <summary>Creates the dispatcher and starts the bulk lane's workers.</summary>
    public OutboxDispatcher(
        OutboundSender sender,
        DatabaseWriter writer,
        OutboxStore outbox,
        MessageTagStore tags,
        UserStore users,
        IEnumerable<IOutboxOutcomes> outcomes,
        IOptions<BotOptions> options,
        TimeProvider time,
        [FromKeyedServices(TransportClock.Key)] TimeProvider transport,
        ILogger<OutboxDispatcher> logger)
    {
        _sender = sender;
        _writer = writer;
        _outbox = outbox;
        _tags = tags;
        _users = users;
        _outcomes = [.. outcomes];
        _time = time;
        _transport = transport;
        _logger = logger;

        _unrecorded = new SemaphoreSlim(options.Value.Sending.MaxUnrecorded);

        // Enough workers that calls in flight never hold the budget back (a call to Telegram takes up to ~100 ms), for
        // the larger of the two budgets: paid broadcasts go at theirs (up to 1000/s) even when the free one is 25/s.
        // Idle workers only wait on the channel.
        var workers = Math.Clamp(Math.Max(options.Value.Sending.GlobalPerSecond, options.Value.Sending.PaidPerSecond) / 5, 4, 200);
        _bulkWorkers = [.. Enumerable.Range(0, workers).Select(_ => Task.Run(BulkWorker))];
    }

    /// <summary>Entries handed over and not yet finished.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Bulk entries handed over and not yet finished.</summary>
    public int BulkBacklog => Volatile.Read(ref _bulkBacklog);

    /// <summary>Entries handed over and not yet finished, per lane, read together.</summary>
    public (int Interactive, int Bulk) Depth
    {
        get
        {
            lock (_gate)
            {
                return (_pending - _bulkBacklog, _bulkBacklog);
            }
        }
    }

    /// <summary>
    /// Takes committed entries for delivery (ignores entries already queued). Until <see cref="Resume"/> has handed
    /// over what a previous run left unsent, entries are held back, so a chat's older messages still go first.
    /// </summary>
    public void Enqueue(IEnumerable<OutboxMessage> messages)
    {
        lock (_gate)
        {
            foreach (var message in messages.Where(Admit))
            {
                if (_open)
                {
                    Route(message);
                }
                else
                {
                    _held.Add(message);
                }
            }
        }
    }

    /// <summary>
    /// Takes committed entries some of whose files are made after the commit (<see cref="OutboxStore.NeedsRendering"/>):
    /// makes them on the thread pool, outside the writer's transactions, stores them in one unit of work, then
    /// hands all the entries over in their order. A file that cannot be made drops its entry (logged); the rest go.
    /// </summary>
    public async Task RenderThenEnqueue(IReadOnlyList<OutboxMessage> messages)
    {
        var rendered = new List<(OutboxMessage Message, byte[]? Bytes)>();
        foreach (var message in messages.Where(OutboxStore.NeedsRendering))
        {
            byte[]? bytes = null;
            try
            {
                bytes = await Task.Run(message.Attachment!.Render!).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                LogRenderingFailed(e, message.ChatId);
            }

            rendered.Add((message, bytes));
        }

        await _writer.Run(() =>
        {
            foreach (var (message, bytes) in rendered)
            {
                if (bytes is null)
                {
                    _outbox.Remove(message);
                }
                else
                {
                    _outbox.StoreRendered(message, bytes);
                }
            }
        }).ConfigureAwait(false);
        Enqueue(messages.Where(m => !OutboxStore.NeedsRendering(m)));
    }

    /// <summary>Hands over what a previous run left unsent, then everything held back meanwhile.</summary>
    public async Task Resume()
    {
        try
        {
            await _writer.Run(() =>
            {
                var pending = _outbox.Pending();

                // A file still being made when the previous run stopped went with it: its entry cannot be sent.
                var lost = pending.Where(OutboxStore.NeedsRendering).ToList();
                foreach (var message in lost)
                {
                    _outbox.Remove(message);
                }

                if (lost.Count > 0)
                {
                    LogRenderingLost(lost.Count);
                }

                _writer.AfterCommit(() => Open([.. pending.Except(lost)]));
            }).ConfigureAwait(false);
        }
        finally
        {
            // Whatever happened, nothing is held back any longer.
            Open([]);
        }
    }

    /// <summary>Waits until everything handed over has been delivered, or <paramref name="timeout"/> passes; true if it has.</summary>
    public Task<bool> WaitIdle(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Idleness.Wait(_idleness.WhenIdle, timeout, _transport, cancellationToken);
        }
    }

    /// <summary>Completes once fewer than <paramref name="below"/> bulk entries are waiting or being sent.</summary>
    public Task WaitForBulkRoom(int below, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(below, 1);
        lock (_gate)
        {
            if (_bulkBacklog < below)
            {
                return Task.CompletedTask;
            }

            if (_bulkRoom.Task.IsCompleted || _bulkRoomBelow == int.MaxValue)
            {
                _bulkRoom = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            _bulkRoomBelow = Math.Min(_bulkRoomBelow, below);
            return _bulkRoom.Task.WaitAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _bulkReady.Writer.TryComplete();
        try
        {
            await Task.WhenAll(_bulkWorkers).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Unsent entries stay in the outbox for the next start.
        }

        _stopping.Dispose();

        // The slots' semaphore stays: a commit under way may still release into it.
    }

    private void Open(IReadOnlyList<OutboxMessage> leftovers)
    {
        lock (_gate)
        {
            if (_open)
            {
                return;
            }

            _open = true;
            foreach (var message in leftovers.Where(Admit).Concat(_held))
            {
                Route(message);
            }

            _held.Clear();
        }
    }

    /// <summary>Counts an entry in, unless it is queued already or the dispatcher is stopping; under the lock.</summary>
    private bool Admit(OutboxMessage message)
    {
        if (_stopping.IsCancellationRequested || (message.Id != 0 && !_queued.Add(message.Id)))
        {
            return false;
        }

        _pending++;
        _idleness.Busy();
        if (message.Lane == OutboxLane.Bulk)
        {
            _bulkBacklog++;
        }

        return true;
    }

    /// <summary>Puts an admitted entry in its lane; under the lock.</summary>
    private void Route(OutboxMessage message)
    {
        if (message.Lane == OutboxLane.Interactive)
        {
            if (Add(_interactive, message))
            {
                var chatId = message.ChatId;
                _ = Task.Run(() => DrainInteractive(chatId));
            }
        }
        else if (Add(_bulk, message))
        {
            _bulkReady.Writer.TryWrite(message.ChatId);
        }
    }

    /// <summary>Adds to the chat's queue; true when the chat had none (someone must start serving it).</summary>
    private static bool Add(Dictionary<long, Queue<OutboxMessage>> lane, OutboxMessage message)
    {
        if (lane.TryGetValue(message.ChatId, out var queue))
        {
            queue.Enqueue(message);
            return false;
        }

        lane[message.ChatId] = new Queue<OutboxMessage>([message]);
        return true;
    }

    private async Task DrainInteractive(long chatId)
    {
        var message = Head(_interactive, chatId);
        while (message is not null)
        {
            try
            {
                await Deliver(message).ConfigureAwait(false);
            }
            finally
            {
                message = Advance(_interactive, message);
            }
        }
    }

    private async Task BulkWorker()
    {
        try
        {
            while (await _bulkReady.Reader.WaitToReadAsync(_stopping.Token).ConfigureAwait(false))
            {
                while (_bulkReady.Reader.TryRead(out var chatId))
                {
                    // One entry of the chat, then the chat goes to the back of the line: chats take turns.
                    if (Head(_bulk, chatId) is not { } message)
                    {
                        continue;
                    }

                    try
                    {
                        await Deliver(message).ConfigureAwait(false);
                    }
                    finally
                    {
                        if (Advance(_bulk, message) is not null)
                        {
                            _bulkReady.Writer.TryWrite(chatId);
                        }
                    }
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: unsent entries stay in the outbox.
        }
    }

    private OutboxMessage? Head(Dictionary<long, Queue<OutboxMessage>> lane, long chatId)
    {
        lock (_gate)
        {
            return lane.TryGetValue(chatId, out var queue) && queue.Count > 0 ? queue.Peek() : null;
        }
    }

    /// <summary>
    /// Sends one entry and records how it ended; whatever throws, the entry ends here and the chat goes on. A stored
    /// entry holds one of <see cref="SendingOptions.MaxUnrecorded"/> slots from before its send until its removal is
    /// committed, so a crash sends again at most that many.
    /// </summary>
    private async Task Deliver(OutboxMessage message)
    {
        var slot = false;
        try
        {
            if (message.Id != 0)
            {
                await _unrecorded.WaitAsync(_stopping.Token).ConfigureAwait(false);
                slot = true;
            }

            var (outcome, messageId) = await _sender.Send(message, ResolveTag, _stopping.Token).ConfigureAwait(false);
            slot = false;
            await Finish(message, outcome, messageId).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: the entry stays in the outbox for the next start.
        }
        catch (Exception e)
        {
            // Never lose the chat's queue to an unexpected error: log, drop this entry, go on.
            LogUnexpected(e, message.ChatId);
            try
            {
                slot = false;
                await Finish(message, SendOutcome.Dropped, null).ConfigureAwait(false);
            }
            catch (Exception again)
            {
                LogUnexpected(again, message.ChatId);
            }
        }
        finally
        {
            if (slot)
            {
                _unrecorded.Release();
            }
        }
    }

    /// <summary>
    /// Removes a sent entry in the writer's next transaction and then frees its slot. An entry whose message id
    /// must be known before the chat's next entry (a tagged message, which a later one may edit) or that marks a
    /// user waits for the commit.
    /// </summary>
    private async Task Finish(OutboxMessage message, SendOutcome outcome, int? messageId)
    {
        if (message.Id == 0)
        {
            return;
        }

        if (outcome == SendOutcome.Blocked || (outcome == SendOutcome.Sent && message.Tag is not null && messageId is not null))
        {
            try
            {
                await _writer.Run(() =>
                {
                    Remove(message, outcome, messageId);
                    if (outcome == SendOutcome.Sent)
                    {
                        _tags.Save(message.Tag!, message.ChatId, messageId!.Value);
                    }
                    else
                    {
                        _users.MarkBlocked(message.ChatId, _time.GetUtcNow().UtcDateTime);
                    }
                }).ConfigureAwait(false);
            }
            finally
            {
                _unrecorded.Release();
            }

            return;
        }

        try
        {
            _writer.Post(() => Remove(message, outcome, messageId), () => _unrecorded.Release());
        }
        catch (ObjectDisposedException)
        {
            _unrecorded.Release();
            throw;
        }
    }

    /// <summary>
    /// Takes a finished entry off its chat's queue and returns the chat's next one, or null when there is none (the
    /// chat is then forgotten, so the next entry for it starts a new drain), and wakes those waiting for idleness
    /// or room.
    /// </summary>
    private OutboxMessage? Advance(Dictionary<long, Queue<OutboxMessage>> lane, OutboxMessage finished)
    {
        lock (_gate)
        {
            var queue = lane[finished.ChatId];
            queue.Dequeue();
            if (finished.Id != 0)
            {
                _queued.Remove(finished.Id);
            }

            if (finished.Lane == OutboxLane.Bulk && --_bulkBacklog < _bulkRoomBelow)
            {
                _bulkRoomBelow = int.MaxValue;
                _bulkRoom.TrySetResult();
            }

            if (--_pending == 0)
            {
                _idleness.Idle();
            }

            if (queue.Count == 0 || _stopping.IsCancellationRequested)
            {
                lane.Remove(finished.ChatId);
                return null;
            }

            return queue.Peek();
        }
    }

    /// <summary>Removes a finished entry and records its end (a delivery's recipient result) in the same unit of work.</summary>
    private void Remove(OutboxMessage message, SendOutcome outcome, int? messageId)
    {
        _outbox.Remove(message);
        foreach (var outcomes in _outcomes)
        {
            outcomes.Finished(message, outcome, messageId);
        }
    }

    private int? ResolveTag(string tag) => _tags.Find(tag)?.MessageId;

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "A file for chat {ChatId} could not be made; its message is dropped.")]
    private partial void LogRenderingFailed(Exception exception, long chatId);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "{Count} messages whose files were being made when the bot stopped are dropped; ask for them again.")]
    private partial void LogRenderingLost(int count);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Error, Message = "Delivering a message to chat {ChatId} failed unexpectedly; it is dropped.")]
    private partial void LogUnexpected(Exception exception, long chatId);
}
