namespace Senate.Bot;

/// <summary>
/// Start-up work that runs after polling has begun but that no update may overtake (the seed digests' import): the
/// first getUpdates does not wait for it, the handling of an update does. When the work fails the host stops, and the
/// updates waiting for it stay unconfirmed, so Telegram delivers them again at the next start. Thread-safe.
/// </summary>
public sealed class StartupWork
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the work is committed.</summary>
    public Task Done => _done.Task;

    /// <summary>The work is committed: updates may be handled.</summary>
    public void Complete() => _done.TrySetResult();
}
