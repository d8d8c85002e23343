namespace Senate.Bot.LocalBotApi;

/// <summary>
/// A token bucket on <see cref="TimeProvider"/> timestamps. Not thread-safe: <see cref="RateLimits"/> guards it.
/// (System.Threading.RateLimiting's bucket replenishes on its own timer and wall clock; the fake needs a
/// clock tests can control and the exact wait to report as retry_after.)
/// </summary>
internal sealed class TokenBucket(double perSecond, int burst, long now)
{
    private double _tokens = burst;
    private long _updated = now;

    /// <summary>Seconds until one token is available (0 when one is available now).</summary>
    public double WaitSeconds(long now, TimeProvider time)
    {
        Refill(now, time);
        return _tokens >= 1 ? 0 : (1 - _tokens) / perSecond;
    }

    public void Take() => _tokens -= 1;

    public void Refund() => _tokens = Math.Min(burst, _tokens + 1);

    private void Refill(long now, TimeProvider time)
    {
        var elapsed = time.GetElapsedTime(_updated, now).TotalSeconds;
        if (elapsed > 0)
        {
            _tokens = Math.Min(burst, _tokens + (elapsed * perSecond));
            _updated = now;
        }
    }
}
