using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Senate.Bot.Storage;

namespace Senate.Bot.Telegram;

/// <summary>
/// Telegram's sending limits as schedules (<see cref="Pace"/>): one per chat (about 1/s with a short burst to a
/// private chat, 20/min to a group) shared by both lanes, and the overall budget, which only the bulk lane spends.
/// Paid broadcasts (<c>allow_paid_broadcast</c>) are outside Telegram's free limit: in the bulk lane they spend a budget
/// of their own (<see cref="SendingOptions.PaidPerSecond"/>) instead. A 429 pauses the chat it came from, and for a
/// bulk message that budget too. Thread-safe.
/// </summary>
public sealed class SendLimits(IOptions<BotOptions> options, [FromKeyedServices(TransportClock.Key)] TimeProvider time)
{
    private const int PruneEvery = 4096;

    /// <summary>
    /// How much further apart than its rate alone a chat's slots are after its burst (at most 3% of the interval, for
    /// the raised rates of tests and the benchmark). Telegram counts a chat's messages as they arrive, each some
    /// milliseconds after its slot here and not always the same: at the exact rate, a call that arrived quicker than
    /// the one a whole burst before it came in under the interval after it, and Telegram answered 429 with a whole
    /// second to wait (the playground's citizens waited a second for a reply about once a walk). The margin is for
    /// that jitter, so it is a time, not a share: a group's 3 s interval needs no more of it than a private chat's 1 s.
    /// </summary>
    internal static readonly TimeSpan ChatMargin = TimeSpan.FromMilliseconds(30);

    /// <summary>The rate a chat's slots follow for a configured <paramref name="perSecond"/>: its interval plus <see cref="ChatMargin"/>.</summary>
    internal static double ChatRate(double perSecond)
    {
        var interval = 1 / perSecond;
        return 1 / (interval + Math.Min(ChatMargin.TotalSeconds, interval * 0.03));
    }

    private readonly SendingOptions _options = options.Value.Sending;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Pace> _chats = [];
    private readonly Budget _bulk = new(options.Value.Sending.GlobalPerSecond, time);
    private readonly Budget _paid = new(options.Value.Sending.PaidPerSecond, time);
    private int _reservations;

    /// <summary>
    /// Waits for the next slot of the chat (if any) and, in the bulk lane, of the overall budget (of the paid broadcasts'
    /// budget for a <paramref name="paid"/> one). Dispose the permit once the call has been answered (or has failed).
    /// </summary>
    /// <remarks>
    /// A budget's first call of the run goes alone: the others wait for its answer before they take their slots. At
    /// start every call opens a connection (and much of the code runs for the first time), so calls spaced at the rate
    /// were held up together and reached Telegram at once: 16 within 13 ms, 46 in one second at 30/s, measured.
    /// </remarks>
    public async Task<SendPermit> Wait(long? chatId, OutboxLane lane, CancellationToken cancellationToken, bool paid = false)
    {
        var opening = lane == OutboxLane.Bulk && await Opening(paid, cancellationToken).ConfigureAwait(false);
        try
        {
            await Reserve(chatId, lane, paid, cancellationToken).ConfigureAwait(false);
            if (lane != OutboxLane.Bulk)
            {
                return default;
            }

            while (true)
            {
                long wait;
                lock (_gate)
                {
                    // A slot taken before a 429 paused the lane is not used until the pause is over.
                    var now = time.GetTimestamp();
                    var budget = Of(paid);
                    var paused = budget.PausedUntil - now;
                    wait = paused > 0 ? paused : budget.Window.TryEnter(now);
                }

                if (wait <= 0)
                {
                    return new SendPermit(opening ? this : null, paid);
                }

                await Task.Delay(Duration(wait), time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch when (opening)
        {
            // The first call never went: the budget opens to the others all the same.
            Open(paid);
            throw;
        }
    }

    /// <summary>True for the budget's first call of the run; the others wait here until it has been answered.</summary>
    private async Task<bool> Opening(bool paid, CancellationToken cancellationToken)
    {
        Task opened;
        lock (_gate)
        {
            var budget = Of(paid);
            if (budget.Opened is null)
            {
                budget.Opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return true;
            }

            opened = budget.Opened.Task;
        }

        await opened.WaitAsync(cancellationToken).ConfigureAwait(false);
        return false;
    }

    /// <summary>The budget's first call has been answered (or failed): the others may go.</summary>
    internal void Open(bool paid)
    {
        lock (_gate)
        {
            Of(paid).Opened?.TrySetResult();
        }
    }

    private Task Reserve(long? chatId, OutboxLane lane, bool paid, CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        long wait = 0;
        lock (_gate)
        {
            if (chatId is { } chat)
            {
                wait = Chat(chat).Reserve(now);
            }

            if (lane == OutboxLane.Bulk)
            {
                wait = Math.Max(wait, Of(paid).Pace.Reserve(now));
            }

            if (++_reservations % PruneEvery == 0)
            {
                Prune(now);
            }
        }

        return wait <= 0 ? Task.CompletedTask : Task.Delay(Duration(wait), time, cancellationToken);
    }

    /// <summary>
    /// Telegram asked to wait <paramref name="retryAfter"/>: nothing more to the chat, nor in bulk for a bulk message (in
    /// paid broadcasts for a <paramref name="paid"/> one), until then.
    /// </summary>
    public void Pause(long chatId, OutboxLane lane, TimeSpan retryAfter, bool paid = false)
    {
        var until = time.GetTimestamp() + (long)(retryAfter.TotalSeconds * time.TimestampFrequency);
        lock (_gate)
        {
            Chat(chatId).PauseUntil(until);
            if (lane == OutboxLane.Bulk)
            {
                var budget = Of(paid);
                budget.Pace.PauseUntil(until);
                budget.PausedUntil = Math.Max(budget.PausedUntil, until);
            }
        }
    }

    private Pace Chat(long chatId)
    {
        if (!_chats.TryGetValue(chatId, out var pace))
        {
            pace = chatId < 0
                ? new Pace(ChatRate(_options.GroupPerMinute / 60.0), Math.Min(3, _options.GroupPerMinute), time)
                : new Pace(ChatRate(_options.PerChatPerSecond), _options.PerChatBurst, time);
            _chats[chatId] = pace;
        }

        return pace;
    }

    /// <summary>Forgets chats whose schedule is idle: a new one starts idle too, with its full burst.</summary>
    private void Prune(long now)
    {
        foreach (var (chat, pace) in _chats)
        {
            if (pace.IsIdle(now))
            {
                _chats.Remove(chat);
            }
        }
    }

    private Budget Of(bool paid) => paid ? _paid : _bulk;

    private TimeSpan Duration(long timestamps) => TimeSpan.FromSeconds(timestamps / (double)time.TimestampFrequency);

    /// <summary>
    /// An overall budget, the free bulk one or the paid broadcasts': its schedule, its second-window, how long a 429
    /// paused it, and the answer its first call of the run waits for. Guarded by the limits' lock.
    /// </summary>
    private sealed class Budget(int perSecond, TimeProvider time)
    {
        public Pace Pace { get; } = new(perSecond, 1, time);

        public SecondWindow Window { get; } = new(perSecond, time);

        public long PausedUntil { get; set; }

        public TaskCompletionSource? Opened { get; set; }
    }
}

/// <summary>
/// A call's place under the limits, from <see cref="SendLimits.Wait"/>, disposed once the call has been answered (or
/// has failed): the answer to a budget's first call lets the others go. Other permits hold nothing.
/// </summary>
public readonly struct SendPermit : IDisposable
{
    private readonly SendLimits? _opening;
    private readonly bool _paid;

    internal SendPermit(SendLimits? opening, bool paid)
    {
        _opening = opening;
        _paid = paid;
    }

    /// <inheritdoc />
    public void Dispose() => _opening?.Open(_paid);
}
