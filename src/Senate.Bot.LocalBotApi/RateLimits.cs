namespace Senate.Bot.LocalBotApi;

/// <summary>Telegram's sending limits: a token bucket per chat and one over all chats. Thread-safe.</summary>
internal sealed class RateLimits(LocalBotApiOptions options)
{
    private readonly object _gate = new();
    private readonly TimeProvider _time = options.TimeProvider;
    private readonly Dictionary<long, TokenBucket> _chats = [];
    private TokenBucket? _global;

    /// <summary>
    /// Takes a token from the chat's bucket and the global one, or none of them: then returns the whole
    /// seconds to wait (at least 1), as Telegram's retry_after.
    /// </summary>
    public int? TryAcquire(long chatId)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            _global ??= new TokenBucket(options.GlobalPerSecond, options.GlobalBurst, now);
            if (!_chats.TryGetValue(chatId, out var chat))
            {
                chat = new TokenBucket(options.PerChatPerSecond, options.PerChatBurst, now);
                _chats[chatId] = chat;
            }

            var wait = Math.Max(chat.WaitSeconds(now, _time), _global.WaitSeconds(now, _time));
            if (wait > 0)
            {
                return Math.Max(1, (int)Math.Ceiling(wait));
            }

            chat.Take();
            _global.Take();
            return null;
        }
    }

    /// <summary>Gives back the tokens of a call that was refused (a 400 sends nothing).</summary>
    public void Refund(long chatId)
    {
        lock (_gate)
        {
            _chats.GetValueOrDefault(chatId)?.Refund();
            _global?.Refund();
        }
    }
}
