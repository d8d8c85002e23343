namespace Senate.Bot.Domain.Audit;

/// <summary>
/// One staff action: who, when, what, on which object, from which chat. Written in the same transaction as the
/// action (see <see cref="Conversations.Turn.Audit"/>), never changed or deleted through the bot. It names citizens
/// only through their concerns' numbers, so erasing a citizen's data leaves nothing here that points to them.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Store id, increasing with time.</summary>
    public long Id { get; set; }

    /// <summary>When.</summary>
    public DateTime AtUtc { get; set; }

    /// <summary>The staff member's Telegram user id.</summary>
    public long ActorId { get; set; }

    /// <summary>The staff member's name at the time.</summary>
    public string ActorName { get; set; } = string.Empty;

    /// <summary>What they did.</summary>
    public AuditAction Action { get; set; }

    /// <summary>What they did it to: a concern's number, <c>event 12</c>, <c>staff 123</c>…</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>Details in neutral words (the new status, the roles, the period of an export), if any.</summary>
    public string? Details { get; set; }

    /// <summary>The chat it was done from (the staff chat, or the staff member's private chat).</summary>
    public long ChatId { get; set; }
}
