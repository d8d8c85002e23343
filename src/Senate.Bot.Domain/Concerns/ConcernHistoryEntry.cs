namespace Senate.Bot.Domain.Concerns;

/// <summary>One change of a concern: when, who, what, and a note (the body, the answer, the reason).</summary>
public sealed class ConcernHistoryEntry
{
    /// <summary>When it happened.</summary>
    public DateTime AtUtc { get; set; }

    /// <summary>What happened.</summary>
    public ConcernEvent Event { get; set; }

    /// <summary>The member of staff who did it (Telegram user id), or null when the citizen did.</summary>
    public long? StaffId { get; set; }

    /// <summary>The staff member's name at the time (shown to staff only).</summary>
    public string? StaffName { get; set; }

    /// <summary>Details: the body's name, the answer, the reason code, the original's number.</summary>
    public string? Note { get; set; }
}
