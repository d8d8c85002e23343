namespace Senate.Bot.LocalBotApi;

/// <summary>
/// What the bot did to the fake Bot API: calls by method, error answers, and the highest sending rate seen per
/// chat and overall in any one-second window, so a test can check the bot kept under Telegram's limits.
/// Thread-safe; every property is a snapshot.
/// </summary>
public sealed class ServerStats
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<string, int> _byMethod = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _sentByChat = [];
    private readonly Dictionary<long, Queue<long>> _chatWindows = [];
    private readonly Queue<long> _globalWindow = new();
    private readonly List<SendingCall> _calls = [];
    private int _tooManyRequests;
    private int _limitExceeded;
    private int _forbidden;
    private int _serverErrors;
    private int _conflicts;
    private int _badRequests;
    private int _maxPerChat;
    private int _maxGlobal;

    internal ServerStats(TimeProvider time) => _time = time;

    /// <summary>Bot API calls by method name (as Telegram spells it, e.g. <c>sendMessage</c>), errors included.</summary>
    public IReadOnlyDictionary<string, int> RequestsByMethod
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, int>(_byMethod, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>429 answers: over a limit or injected with <see cref="Faults.Next429"/>.</summary>
    public int TooManyRequests => Read(() => _tooManyRequests);

    /// <summary>Sending calls that exceeded a rate limit (answered 429 when limits are enforced, counted either way).</summary>
    public int LimitExceeded => Read(() => _limitExceeded);

    /// <summary>403 answers (blocked users).</summary>
    public int Forbidden => Read(() => _forbidden);

    /// <summary>5xx answers injected with <see cref="Faults"/>.</summary>
    public int ServerErrors => Read(() => _serverErrors);

    /// <summary>409 answers to concurrent getUpdates calls.</summary>
    public int Conflicts => Read(() => _conflicts);

    /// <summary>400 answers (validation failures, unknown chats or messages).</summary>
    public int BadRequests => Read(() => _badRequests);

    /// <summary>The most sending calls accepted for one chat within any one second.</summary>
    public int MaxPerChatInAnySecond => Read(() => _maxPerChat);

    /// <summary>The most sending calls accepted over all chats within any one second.</summary>
    public int MaxGlobalInAnySecond => Read(() => _maxGlobal);

    /// <summary>
    /// Every sending call (<see cref="LocalBotApiServer.SendingMethods"/>) in the order answered: when, to which chat,
    /// and the status it got (200, or the injected error), so a test can tell what went out while Telegram asked to wait.
    /// </summary>
    public IReadOnlyList<SendingCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Calls of one method so far.</summary>
    public int Requests(string method)
    {
        lock (_gate)
        {
            return _byMethod.GetValueOrDefault(method);
        }
    }

    /// <summary>Sending calls accepted for one chat so far.</summary>
    public int SentTo(long chatId)
    {
        lock (_gate)
        {
            return _sentByChat.GetValueOrDefault(chatId);
        }
    }

    /// <summary>Starts counting afresh (e.g. after a warm-up).</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _byMethod.Clear();
            _sentByChat.Clear();
            _chatWindows.Clear();
            _globalWindow.Clear();
            _calls.Clear();
            _tooManyRequests = _limitExceeded = _forbidden = _serverErrors = _conflicts = _badRequests = 0;
            _maxPerChat = _maxGlobal = 0;
        }
    }

    internal void CountRequest(string method)
    {
        lock (_gate)
        {
            _byMethod[method] = _byMethod.GetValueOrDefault(method) + 1;
        }
    }

    internal void CountError(int errorCode)
    {
        lock (_gate)
        {
            switch (errorCode)
            {
                case 429: _tooManyRequests++; break;
                case 403: _forbidden++; break;
                case 409: _conflicts++; break;
                case 400: _badRequests++; break;
                case >= 500: _serverErrors++; break;
                default: break;
            }
        }
    }

    internal void LogCall(string method, long? chatId, int status)
    {
        lock (_gate)
        {
            _calls.Add(new SendingCall(_time.GetUtcNow(), method, chatId, status));
        }
    }

    internal void CountLimitExceeded()
    {
        lock (_gate)
        {
            _limitExceeded++;
        }
    }

    internal void CountSent(long chatId)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            _sentByChat[chatId] = _sentByChat.GetValueOrDefault(chatId) + 1;
            if (!_chatWindows.TryGetValue(chatId, out var window))
            {
                window = new Queue<long>();
                _chatWindows[chatId] = window;
            }

            _maxPerChat = Math.Max(_maxPerChat, Slide(window, now));
            _maxGlobal = Math.Max(_maxGlobal, Slide(_globalWindow, now));
        }
    }

    private int Slide(Queue<long> window, long now)
    {
        window.Enqueue(now);
        while (window.Count > 0 && _time.GetElapsedTime(window.Peek(), now) >= TimeSpan.FromSeconds(1))
        {
            window.Dequeue();
        }

        return window.Count;
    }

    private int Read(Func<int> read)
    {
        lock (_gate)
        {
            return read();
        }
    }
}
