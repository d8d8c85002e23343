using System.Threading.Channels;

namespace Senate.Bot.Deliveries;

/// <summary>
/// Wakes the delivery engine's loops when there is something new for them (a delivery created, resumed or finished),
/// so they need not poll often. Each loop has its own wake-up; wakes that come while a loop is busy fold into one.
/// Thread-safe.
/// </summary>
public sealed class DeliverySignal
{
    private readonly Channel<bool> _feed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Channel<bool> _watch = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Wakes both loops.</summary>
    public void Wake()
    {
        _feed.Writer.TryWrite(true);
        _watch.Writer.TryWrite(true);
    }

    /// <summary>Wakes the loop that hands batches to the sender (a delivery has started).</summary>
    public void WakeFeed() => _feed.Writer.TryWrite(true);

    /// <summary>Waits until woken or <paramref name="timeout"/> passes (the loop that hands batches to the sender).</summary>
    internal Task ForFeed(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken) => Wait(_feed, timeout, time, cancellationToken);

    /// <summary>Waits until woken or <paramref name="timeout"/> passes (the loop that starts, reports and finishes deliveries).</summary>
    internal Task ForWatch(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken) => Wait(_watch, timeout, time, cancellationToken);

    private static async Task Wait(Channel<bool> channel, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var limit = new CancellationTokenSource(timeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            await channel.Reader.WaitToReadAsync(either.Token).ConfigureAwait(false);
            channel.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The timeout: look anyway.
        }
    }
}
