namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// An answer written as a reply in the staff chat, previewed there with "Send" and "Edit" before it reaches the
/// citizen. The preview's buttons carry <see cref="Version"/>, so a preview of an earlier draft cannot send this one.
/// </summary>
public sealed class AnswerDraft
{
    /// <summary>The answer as it will be sent.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Who wrote it.</summary>
    public long StaffId { get; set; }

    /// <summary>Their name at the time.</summary>
    public string StaffName { get; set; } = string.Empty;

    /// <summary>When.</summary>
    public DateTime AtUtc { get; set; }

    /// <summary>A short random token naming this draft in the preview's buttons.</summary>
    public string Version { get; set; } = string.Empty;
}
