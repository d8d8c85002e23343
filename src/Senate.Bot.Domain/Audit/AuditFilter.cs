namespace Senate.Bot.Domain.Audit;

/// <summary>A query over the audit log; every criterion left null matches everything.</summary>
public sealed record AuditFilter
{
    /// <summary>Only this staff member's actions.</summary>
    public long? ActorId { get; init; }

    /// <summary>Only this kind of action.</summary>
    public AuditAction? Action { get; init; }

    /// <summary>Only actions at or after this moment.</summary>
    public DateTime? FromUtc { get; init; }

    /// <summary>Only actions before this moment.</summary>
    public DateTime? BeforeUtc { get; init; }

    /// <summary>True if an entry matches (the in-memory meaning of the filter).</summary>
    public bool Matches(AuditEntry entry) =>
        (ActorId is null || entry.ActorId == ActorId)
        && (Action is null || entry.Action == Action)
        && (FromUtc is null || entry.AtUtc >= FromUtc)
        && (BeforeUtc is null || entry.AtUtc < BeforeUtc);
}
