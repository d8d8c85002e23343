namespace Senate.Bot.Telegram;

/// <summary>
/// Completes when the poller's first getUpdates has been answered (or has failed, or the bot takes a webhook instead),
/// so start-up work that polling does not need begins after it rather than competing with it for the processor.
/// Thread-safe.
/// </summary>
public sealed class PollingStart
{
    private readonly TaskCompletionSource _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first getUpdates is over.</summary>
    public Task Answered => _answered.Task;

    /// <summary>The first getUpdates is over (or there will be none).</summary>
    public void Done() => _answered.TrySetResult();
}
