namespace Senate.Bot.Domain.Conversations;

/// <summary>
/// The persisted state of one chat's current conversation: which flow, which step, its draft, and the nonce
/// that the buttons of the current step carry. Saved at every step, so a restart resumes the chat where it was.
/// </summary>
public sealed class ConversationRecord
{
    /// <summary>The chat id.</summary>
    public long Id { get; set; }

    /// <summary>The flow's name, or empty when the chat is idle.</summary>
    public string Flow { get; set; } = string.Empty;

    /// <summary>The flow's state machine state, by name.</summary>
    public string State { get; set; } = string.Empty;

    /// <summary>The flow's draft, serialized as JSON.</summary>
    public string Draft { get; set; } = string.Empty;

    /// <summary>
    /// A short random token changed at every step; buttons of the step carry it, so a button from an older
    /// message, or made up, is recognised as stale.
    /// </summary>
    public string Nonce { get; set; } = string.Empty;

    /// <summary>When the flow began.</summary>
    public DateTime StartedUtc { get; set; }

    /// <summary>When the flow last moved.</summary>
    public DateTime UpdatedUtc { get; set; }

    /// <summary>True when a flow is in progress.</summary>
    public bool IsActive => Flow.Length > 0;

    /// <summary>Forgets the flow.</summary>
    public void Clear()
    {
        Flow = string.Empty;
        State = string.Empty;
        Draft = string.Empty;
        Nonce = string.Empty;
    }
}
