using System.Text;

namespace Senate.Bot.LocalBotApi;

/// <summary>
/// getUpdates as Telegram does it: updates stay until a call with a higher <c>offset</c> confirms them, a call
/// waits up to <c>timeout</c> seconds for the first one, <c>allowed_updates</c> is sticky, and a new call ends a
/// waiting one with 409 Conflict. Thread-safe.
/// </summary>
internal sealed class UpdateQueue(TimeProvider time)
{
    private const int HistoryLimit = 100_000;

    private readonly object _gate = new();
    private readonly List<QueuedUpdate> _pending = [];
    private readonly Dictionary<int, QueuedUpdate> _history = [];
    private readonly Queue<int> _historyOrder = new();
    private int _lastId;
    private HashSet<string>? _allowed;
    private long _pollGeneration;
    private int _waitingPolls;
    private TaskCompletionSource _signal = NewSignal();
    private bool _webhookActive;

    /// <summary>Updates not confirmed yet.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>getUpdates calls waiting for an update right now.</summary>
    public int WaitingPolls
    {
        get
        {
            lock (_gate)
            {
                return _waitingPolls;
            }
        }
    }

    /// <summary>Adds an update; <paramref name="build"/> gets its id and returns its type and JSON.</summary>
    public int Enqueue(Func<int, (string Type, string Json)> build)
    {
        lock (_gate)
        {
            var id = ++_lastId;
            var (type, json) = build(id);
            var update = new QueuedUpdate(id, type, json);
            _pending.Add(update);
            _history[id] = update;
            _historyOrder.Enqueue(id);
            if (_historyOrder.Count > HistoryLimit)
            {
                _history.Remove(_historyOrder.Dequeue());
            }

            Pulse();
            return id;
        }
    }

    /// <summary>
    /// Starts update ids again from <paramref name="nextId"/>, as Telegram does after a week without updates (the
    /// next id may be lower than every id before). Until the bot asks for an offset within the new ids, an offset
    /// above every id given is taken as confirming nothing new.
    /// </summary>
    public void RestartIds(int nextId)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nextId, 1);
        lock (_gate)
        {
            _lastId = nextId - 1;
        }
    }

    /// <summary>Forgets every pending update (deleteWebhook with drop_pending_updates).</summary>
    public void DropPending()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    /// <summary>
    /// Puts an update back as if it had never been confirmed (a bot that crashed before its next getUpdates).
    /// It is returned by the next call whatever that call's offset, then confirmed as usual.
    /// </summary>
    public void Redeliver(int updateId)
    {
        lock (_gate)
        {
            if (!_history.TryGetValue(updateId, out var update))
            {
                throw new ArgumentException($"Update {updateId} is unknown (or too old).", nameof(updateId));
            }

            var index = _pending.FindIndex(u => u.Id >= updateId);
            if (index >= 0 && _pending[index].Id == updateId)
            {
                _pending[index] = update with { Redelivered = true };
            }
            else
            {
                _pending.Insert(index < 0 ? _pending.Count : index, update with { Redelivered = true });
            }

            Pulse();
        }
    }

    /// <summary>
    /// Whether a webhook is set: getUpdates is then refused with 409, as Telegram does, and a waiting call ends so.
    /// </summary>
    public bool WebhookActive
    {
        set
        {
            lock (_gate)
            {
                _webhookActive = value;
                Pulse();
            }
        }
    }

    /// <summary>The updates not confirmed yet, in order (of the kinds the bot asked for), with a task that completes at the next change.</summary>
    public (IReadOnlyList<(int Id, string Json)> Updates, Task Changed) Snapshot()
    {
        lock (_gate)
        {
            if (_allowed is not null)
            {
                _pending.RemoveAll(u => !_allowed.Contains(u.Type));
            }

            return ([.. _pending.Select(u => (u.Id, u.Json))], _signal.Task);
        }
    }

    /// <summary>Sets the kinds of update delivered (setWebhook's allowed_updates); null or empty: all.</summary>
    public void Allow(IReadOnlyCollection<string>? allowedUpdates)
    {
        lock (_gate)
        {
            if (allowedUpdates is not null)
            {
                _allowed = allowedUpdates.Count == 0 ? null : new HashSet<string>(allowedUpdates, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Confirms one update (the webhook answered 2xx for it).</summary>
    public void Delivered(int updateId)
    {
        lock (_gate)
        {
            _pending.RemoveAll(u => u.Id == updateId);
        }
    }

    /// <summary>Wakes waiting calls so they re-check (e.g. for an injected failure).</summary>
    public void Wake()
    {
        lock (_gate)
        {
            Pulse();
        }
    }

    /// <summary>
    /// The JSON array of the updates to return, after waiting up to <paramref name="timeoutSeconds"/>.
    /// <paramref name="failure"/> is asked before every look at the queue; a failure it returns ends the call.
    /// </summary>
    public async Task<string> GetUpdatesAsync(
        long? offset,
        int limit,
        int timeoutSeconds,
        IReadOnlyCollection<string>? allowedUpdates,
        Func<InjectedFault?> failure,
        CancellationToken ct)
    {
        if (failure() is { } early)
        {
            throw new BotApiException(early.ErrorCode, early.Description);
        }

        long generation;
        lock (_gate)
        {
            ThrowIfWebhook();
            generation = ++_pollGeneration;
            Confirm(offset);
            Allow(allowedUpdates);

            // Wakes a call still waiting, which then answers 409 as Telegram does.
            Pulse();
        }

        var woken = false;
        var deadline = time.GetTimestamp() + (long)(Math.Clamp(timeoutSeconds, 0, 50) * (double)time.TimestampFrequency);
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                ThrowIfWebhook();
                if (generation != _pollGeneration)
                {
                    throw new BotApiException(
                        409,
                        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
                }

                if (woken && failure() is { } fault)
                {
                    throw new BotApiException(fault.ErrorCode, fault.Description);
                }

                var result = Take(limit);
                var remaining = deadline - time.GetTimestamp();
                if (result.Count > 0 || remaining <= 0)
                {
                    return Serialize(result);
                }

                signal = _signal.Task;
                _waitingPolls++;
            }

            woken = true;
            try
            {
                var wait = TimeSpan.FromSeconds(Math.Max(0, deadline - time.GetTimestamp()) / (double)time.TimestampFrequency);
                await signal.WaitAsync(wait, time, ct);
            }
            catch (TimeoutException)
            {
                // Re-checked under the lock: either updates arrived at the last moment or the answer is empty.
            }
            finally
            {
                lock (_gate)
                {
                    _waitingPolls--;
                }
            }
        }
    }

    private void ThrowIfWebhook()
    {
        if (_webhookActive)
        {
            throw new BotApiException(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        }
    }

    private void Confirm(long? offset)
    {
        if (offset is > 0 && offset > _lastId + 1)
        {
            // An offset past every id given: the ids were restarted under the bot (see RestartIds).
            return;
        }

        if (offset is > 0)
        {
            _pending.RemoveAll(u => u.Id < offset && !u.Redelivered);
        }
        else if (offset is < 0)
        {
            var keep = (int)Math.Min(-offset.Value, int.MaxValue);
            if (_pending.Count > keep)
            {
                _pending.RemoveRange(0, _pending.Count - keep);
            }
        }
    }

    private List<QueuedUpdate> Take(int limit)
    {
        if (_allowed is not null)
        {
            // Telegram does not keep updates of a type the bot said it does not want.
            _pending.RemoveAll(u => !_allowed.Contains(u.Type));
        }

        var result = _pending.Take(Math.Clamp(limit, 1, 100)).ToList();
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Redelivered)
            {
                _pending[i] = result[i] with { Redelivered = false };
            }
        }

        return result;
    }

    private static string Serialize(List<QueuedUpdate> updates)
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < updates.Count; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(updates[i].Json);
        }

        return json.Append(']').ToString();
    }

    private void Pulse()
    {
        _signal.TrySetResult();
        _signal = NewSignal();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed record QueuedUpdate(int Id, string Type, string Json, bool Redelivered = false);
}
