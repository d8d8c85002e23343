namespace Senate.Bot.LocalBotApi;

/// <summary>
/// Failures to inject into the bot's calls, for tests. They touch only the Bot API side (never the
/// <c>/local</c> user side). "Sending calls" are the methods in <see cref="LocalBotApiServer.SendingMethods"/>;
/// injected errors are consumed in this order: network error, 5xx, 429, then blocked users. Thread-safe.
/// </summary>
public sealed class Faults
{
    private readonly object _gate = new();
    private readonly HashSet<long> _blocked = [];
    private int _next429;
    private int _retryAfter;
    private Func<long, bool>? _429For;
    private int _next5xx;
    private int _status5xx;
    private int _nextNetworkErrors;
    private int _failGetUpdates;
    private readonly Dictionary<string, (int Count, int Status)> _failMethods = new(StringComparer.Ordinal);
    private int _getUpdatesStatus;
    private TimeSpan _delay;

    internal Faults()
    {
    }

    /// <summary>
    /// The next <paramref name="count"/> sending calls get 429 with this retry_after (seconds); with
    /// <paramref name="forChats"/>, only calls aimed at the chats it accepts (a broadcast's recipients, say) do.
    /// </summary>
    public void Next429(int count, int retryAfterSeconds, Func<long, bool>? forChats = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfterSeconds, 1);
        lock (_gate)
        {
            _next429 = count;
            _retryAfter = retryAfterSeconds;
            _429For = forChats;
        }
    }

    /// <summary>The next <paramref name="count"/> sending calls get this 5xx status with a JSON error body.</summary>
    public void Next5xx(int count, int status = 502)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 500);
        lock (_gate)
        {
            _next5xx = count;
            _status5xx = status;
        }
    }

    /// <summary>The next <paramref name="count"/> sending calls lose their connection without an answer.</summary>
    public void NextNetworkError(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            _nextNetworkErrors = count;
        }
    }

    /// <summary>Every sending call waits this long before it is handled, while set; <see cref="TimeSpan.Zero"/> ends it.</summary>
    public void Delay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        lock (_gate)
        {
            _delay = delay;
        }
    }

    /// <summary>
    /// Calls aimed at this user's chat get 403 "Forbidden: bot was blocked by the user" until <see cref="Unblock"/>.
    /// The user can still write (so a test can make the bot answer a blocked user); in Telegram they would
    /// unblock the bot first.
    /// </summary>
    public void Block(long userId)
    {
        lock (_gate)
        {
            _blocked.Add(userId);
        }
    }

    /// <summary>Ends <see cref="Block"/>.</summary>
    public void Unblock(long userId)
    {
        lock (_gate)
        {
            _blocked.Remove(userId);
        }
    }

    /// <summary>True while the user is blocked.</summary>
    public bool IsBlocked(long userId)
    {
        lock (_gate)
        {
            return _blocked.Contains(userId);
        }
    }

    /// <summary>
    /// The next <paramref name="count"/> getUpdates calls get this 5xx status, starting with the one waiting now
    /// (the server "goes down" at once, so the fault does not wait for the bot's current long poll to end).
    /// </summary>
    public void FailGetUpdates(int count, int status = 502)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 500);
        lock (_gate)
        {
            _failGetUpdates = count;
            _getUpdatesStatus = status;
        }

        GetUpdatesFailureArmed?.Invoke();
    }

    /// <summary>Wakes a waiting getUpdates call so that it takes the failure just armed.</summary>
    internal Action? GetUpdatesFailureArmed { get; set; }

    /// <summary>
    /// The next <paramref name="count"/> calls of <paramref name="method"/> (any method, e.g. <c>answerCallbackQuery</c>,
    /// which the sending faults leave alone) get this 5xx status.
    /// </summary>
    public void FailMethod(string method, int count, int status = 502)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 500);
        lock (_gate)
        {
            _failMethods[method] = (count, status);
        }
    }

    /// <summary>Removes every injected failure and block.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _blocked.Clear();
            _failMethods.Clear();
            _next429 = _next5xx = _nextNetworkErrors = _failGetUpdates = 0;
            _delay = TimeSpan.Zero;
        }
    }

    internal TimeSpan CurrentDelay
    {
        get
        {
            lock (_gate)
            {
                return _delay;
            }
        }
    }

    /// <summary>The injected failure for this sending call, if any (consumed).</summary>
    internal InjectedFault? TakeForSending(long? chatId)
    {
        lock (_gate)
        {
            if (_nextNetworkErrors > 0)
            {
                _nextNetworkErrors--;
                return new InjectedFault(0, "", null, AbortConnection: true);
            }

            if (_next5xx > 0)
            {
                _next5xx--;
                return ServerError(_status5xx);
            }

            if (_next429 > 0 && (_429For is null || (chatId is { } target && _429For(target))))
            {
                _next429--;
                return new InjectedFault(429, $"Too Many Requests: retry after {_retryAfter}", _retryAfter, false);
            }

            if (chatId is { } id && _blocked.Contains(id))
            {
                return new InjectedFault(403, "Forbidden: bot was blocked by the user", null, false);
            }

            return null;
        }
    }

    /// <summary>The injected failure for a call of this method, if any (consumed).</summary>
    internal InjectedFault? TakeForMethod(string method)
    {
        lock (_gate)
        {
            if (!_failMethods.TryGetValue(method, out var fail) || fail.Count <= 0)
            {
                return null;
            }

            _failMethods[method] = (fail.Count - 1, fail.Status);
            return ServerError(fail.Status);
        }
    }

    internal InjectedFault? TakeForGetUpdates()
    {
        lock (_gate)
        {
            if (_failGetUpdates <= 0)
            {
                return null;
            }

            _failGetUpdates--;
            return ServerError(_getUpdatesStatus);
        }
    }

    private static InjectedFault ServerError(int status) => new(
        status,
        status switch
        {
            500 => "Internal Server Error",
            502 => "Bad Gateway",
            503 => "Service Unavailable",
            504 => "Gateway Timeout",
            _ => "Server Error",
        },
        null,
        false);
}
