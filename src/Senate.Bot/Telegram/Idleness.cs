namespace Senate.Bot.Telegram;

/// <summary>
/// "Nothing is pending", as a task to await with a timeout (no polling). Not thread-safe: the owner calls
/// <see cref="Busy"/> and <see cref="Idle"/> under its own lock.
/// </summary>
internal sealed class Idleness
{
    private TaskCompletionSource _idle = NewSignal(completed: true);

    /// <summary>Completes when the owner is next idle (at once if it is).</summary>
    public Task WhenIdle => _idle.Task;

    /// <summary>Something is pending now.</summary>
    public void Busy()
    {
        if (_idle.Task.IsCompleted)
        {
            _idle = NewSignal(completed: false);
        }
    }

    /// <summary>Nothing is pending any more.</summary>
    public void Idle() => _idle.TrySetResult();

    /// <summary>Waits for <paramref name="idle"/> at most <paramref name="timeout"/> on <paramref name="time"/>; true if it came.</summary>
    public static async Task<bool> Wait(Task idle, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            await idle.WaitAsync(timeout, time, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            return false;
        }
    }

    private static TaskCompletionSource NewSignal(bool completed)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            signal.SetResult();
        }

        return signal;
    }
}
