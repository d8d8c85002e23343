using System.Globalization;

namespace Senate.Bot.LocalBotApi;

/// <summary>
/// One participant's view of a chat for tests: a cursor over the bot's messages (what <c>NextMessage</c> has
/// handed out) and bounded waits for new or changed ones. Thread-safe.
/// </summary>
internal sealed class ChatView
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly object _gate = new();
    private readonly LocalWorld _world;
    private readonly long _chatId;
    private readonly string _name;
    private long _cursor;

    public ChatView(LocalWorld world, long chatId, string name)
    {
        _world = world;
        _chatId = chatId;
        _name = name;
        _cursor = world.Sequence;
    }

    public IReadOnlyList<BotMessage> Transcript => _world.Messages(_chatId, botOnly: false);

    public BotMessage? LastBotMessage => _world.Messages(_chatId, botOnly: true) is { Count: > 0 } messages ? messages[^1] : null;

    /// <summary>The reply keyboard the user sees now: the last one a bot message set, unless removed since.</summary>
    public IReadOnlyList<IReadOnlyList<KeyboardKey>>? CurrentKeyboard =>
        _world.Messages(_chatId, botOnly: true).LastOrDefault(m => m.ReplyKeyboard is not null || m.RemoveKeyboard)?.ReplyKeyboard;

    /// <summary>The next bot message created after the cursor; moves the cursor to it.</summary>
    public Task<BotMessage> NextMessage(TimeSpan? timeout) => Until(
        () =>
        {
            lock (_gate)
            {
                var next = _world.ChangesSince(_chatId, _cursor).FirstOrDefault(c => c.Message.FromBot && c.Created > _cursor);
                if (next.Message is null)
                {
                    return null;
                }

                _cursor = next.Created;
                return next.Message;
            }
        },
        timeout,
        "a new bot message");

    /// <summary>
    /// The first bot message, created or changed after the cursor, whose current state matches; moves the
    /// cursor to it if it is newer (an edit of an older message leaves the cursor where it is).
    /// </summary>
    public Task<BotMessage> WaitFor(Func<BotMessage, bool> predicate, TimeSpan? timeout) => Until(
        () =>
        {
            lock (_gate)
            {
                var match = _world.ChangesSince(_chatId, _cursor)
                    .Where(c => c.Message.FromBot)
                    .OrderBy(c => c.Changed)
                    .FirstOrDefault(c => predicate(c.Message));
                if (match.Message is null)
                {
                    return null;
                }

                _cursor = Math.Max(_cursor, match.Created);
                return match.Message;
            }
        },
        timeout,
        "a bot message matching the condition");

    /// <summary>
    /// Waits until <paramref name="probe"/> returns something, re-checking at every change of the world, or only
    /// of <paramref name="chatId"/> when the probe looks at that chat alone.
    /// </summary>
    public static async Task<T> Until<T>(LocalWorld world, Func<T?> probe, TimeSpan timeout, Func<string> describe, long? chatId = null)
        where T : class
    {
        var time = world.Options.TimeProvider;
        var start = time.GetTimestamp();
        while (true)
        {
            var sequence = world.Sequence;
            if (probe() is { } found)
            {
                return found;
            }

            var remaining = timeout - time.GetElapsedTime(start);
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException(describe());
            }

            try
            {
                var change = chatId is { } chat ? world.WaitForChatChangeAsync(chat, sequence) : world.WaitForChangeAsync(sequence);
                await change.WaitAsync(remaining, time);
            }
            catch (TimeoutException)
            {
                // One last look happens at the top of the loop.
            }
        }
    }

    private Task<BotMessage> Until(Func<BotMessage?> probe, TimeSpan? timeout, string what)
    {
        var limit = timeout ?? DefaultTimeout;
        return Until(
            _world,
            probe,
            limit,
            () => string.Create(CultureInfo.InvariantCulture, $"No {what} in {_name} within {limit.TotalSeconds:0.#} s. Transcript:\n{Describe(Transcript)}"),
            _chatId);
    }

    public static string Describe(IReadOnlyList<BotMessage> transcript) => transcript.Count == 0
        ? "  (empty)"
        : string.Join('\n', transcript.TakeLast(40).Select(m => "  " + m));
}
