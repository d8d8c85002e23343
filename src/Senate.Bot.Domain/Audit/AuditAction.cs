namespace Senate.Bot.Domain.Audit;

/// <summary>The kinds of staff action the audit log records (stored by name: append new ones, never rename).</summary>
public enum AuditAction
{
    /// <summary>A concern's status changed (accepted, forwarded, rejected, marked duplicate, closed).</summary>
    StatusChanged,
    /// <summary>An answer was sent to a citizen.</summary>
    Answered,
    /// <summary>An internal note was added to a concern.</summary>
    Noted,
    /// <summary>A clarifying question was sent to a citizen.</summary>
    QuestionAsked,
    /// <summary>A user was banned.</summary>
    Banned,
    /// <summary>A ban was lifted.</summary>
    Unbanned,
    /// <summary>A staff member was added, changed or removed.</summary>
    RoleChanged,
    /// <summary>Data left the bot as a file (concerns, registrants, a briefing, the audit log).</summary>
    Exported,
    /// <summary>A participant was checked in at an event.</summary>
    CheckedIn,
    /// <summary>An event was created, changed, closed, reopened or cancelled.</summary>
    EventChanged,
    /// <summary>A digest was published (called by the digests feature).</summary>
    DigestPublished,
    /// <summary>A broadcast was sent (called by the broadcasts feature).</summary>
    BroadcastSent,
    /// <summary>A digest was saved as a draft, scheduled, changed, unscheduled, corrected or withdrawn.</summary>
    DigestChanged,
    /// <summary>A broadcast was paused, resumed, cancelled, recalled, or started on schedule.</summary>
    BroadcastChanged,
}
