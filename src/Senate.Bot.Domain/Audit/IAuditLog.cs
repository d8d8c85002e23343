namespace Senate.Bot.Domain.Audit;

/// <summary>
/// The audit log: appended to, read, never changed. Synchronous, inside the host's transaction, so an entry is kept
/// exactly when its action is.
/// </summary>
public interface IAuditLog
{
    /// <summary>Adds an entry and assigns its id.</summary>
    void Append(AuditEntry entry);

    /// <summary>The entries matching a filter, newest first, after skipping <paramref name="skip"/>.</summary>
    IReadOnlyList<AuditEntry> Find(AuditFilter filter, int skip, int take);

    /// <summary>How many entries match a filter.</summary>
    int Count(AuditFilter filter);
}
