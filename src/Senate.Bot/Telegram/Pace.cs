namespace Senate.Bot.Telegram;

/// <summary>
/// A rate as a schedule of slots on <see cref="TimeProvider"/> timestamps (the generic cell rate algorithm): each
/// permit takes the next slot, one interval after the one before; up to <c>burst</c> slots may be taken at once
/// after a pause. A caller reserves its slot before waiting, so a timer that fires late delays that caller and
/// costs no slot: the rate holds from 1/s to 1000/s, and with a burst of 1 no one-second window ever gets more
/// than the rate. (System.Threading.RateLimiting's token bucket adds tokens on its own timer: one token per tick
/// loses every late tick, as the bot's old limiter did, and a bucket as large as a period lets up to twice the rate
/// through in the second after a pause. Its sliding window lets a whole second's permits through at once.)
/// Not thread-safe: the owner guards it.
/// </summary>
internal sealed class Pace
{
    private readonly long _interval;
    private readonly long _tolerance;
    private long _next = long.MinValue;

    /// <summary>A schedule of <paramref name="perSecond"/> slots a second, <paramref name="burst"/> of them at once at most.</summary>
    public Pace(double perSecond, int burst, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        _interval = Math.Max(1, (long)Math.Ceiling(time.TimestampFrequency / perSecond));
        _tolerance = _interval * (burst - 1);
    }

    /// <summary>Takes the next slot; returns how long (in timestamp units) to wait for it, 0 for now.</summary>
    public long Reserve(long now)
    {
        var next = Math.Max(_next, now);
        var slot = Math.Max(now, next - _tolerance);
        _next = next + _interval;
        return slot - now;
    }

    /// <summary>No slot before <paramref name="until"/> (Telegram's retry_after).</summary>
    public void PauseUntil(long until) => _next = Math.Max(_next, until + _tolerance);

    /// <summary>True when the schedule is idle at <paramref name="now"/> (its full burst is available again).</summary>
    public bool IsIdle(long now) => _next <= now;
}
