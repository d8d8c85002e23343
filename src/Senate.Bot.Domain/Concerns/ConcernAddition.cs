namespace Senate.Bot.Domain.Concerns;

/// <summary>Information the citizen added to an open concern: a text, a photo, or both.</summary>
public sealed class ConcernAddition
{
    /// <summary>When it was added.</summary>
    public DateTime AtUtc { get; set; }

    /// <summary>The text, if any.</summary>
    public string? Text { get; set; }

    /// <summary>The Telegram file id of a photo, if any.</summary>
    public string? PhotoFileId { get; set; }

    /// <summary>The staff's clarifying question this addition answers, if it answers one.</summary>
    public string? Question { get; set; }
}
