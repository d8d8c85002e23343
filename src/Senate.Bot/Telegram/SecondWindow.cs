namespace Senate.Bot.Telegram;

/// <summary>
/// The last <c>limit</c> moments calls went out: a call may go when the oldest of them is a second old. The
/// schedule (<see cref="Pace"/>) already spaces the calls; this caps what a late wake-up could bunch together, so
/// no one-second window ever holds more than the limit of calls actually made. Not thread-safe: the owner guards it.
/// </summary>
internal sealed class SecondWindow(int limit, TimeProvider time)
{
    private readonly long[] _sent = new long[limit];
    private int _count;
    private int _oldest;

    /// <summary>Records a call at <paramref name="now"/> and returns 0, or returns how long to wait (timestamp units) before trying again.</summary>
    public long TryEnter(long now)
    {
        if (_count == _sent.Length)
        {
            var wait = _sent[_oldest] + time.TimestampFrequency - now;
            if (wait > 0)
            {
                return wait;
            }

            _sent[_oldest] = now;
            _oldest = (_oldest + 1) % _sent.Length;
            return 0;
        }

        _sent[(_oldest + _count++) % _sent.Length] = now;
        return 0;
    }
}
