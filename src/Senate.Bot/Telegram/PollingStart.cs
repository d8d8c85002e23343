using Microsoft.Extensions.DependencyInjection;

namespace Senate.Bot.Telegram;

/// <summary>
/// Completes when the poller's first getUpdates has been answered (or has failed, or the bot takes a webhook instead),
/// so start-up work that polling does not need begins after it rather than competing with it for the processor.
/// Thread-safe.
/// </summary>
public sealed class PollingStart([FromKeyedServices(TransportClock.Key)] TimeProvider time)
{
    /// <summary>
    /// The longest the rest of start-up waits for that answer: a Telegram that is slow or unreachable (a request can
    /// take up to the client's timeout) must not hold up the health endpoint or the service manager's readiness.
    /// </summary>
    public static readonly TimeSpan MostWait = TimeSpan.FromSeconds(3);

    private readonly TaskCompletionSource _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first getUpdates is over.</summary>
    public Task Answered => _answered.Task;

    /// <summary>The first getUpdates is over (or there will be none).</summary>
    public void Done() => _answered.TrySetResult();

    /// <summary>Completes once the first getUpdates is over, or after <see cref="MostWait"/>, whichever comes first.</summary>
    public async Task Wait(CancellationToken cancellationToken)
    {
        try
        {
            await _answered.Task.WaitAsync(MostWait, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Start-up goes on; polling keeps trying with its own back-off.
        }
    }
}
