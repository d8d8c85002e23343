namespace Senate.Bot.Domain.Privacy;

/// <summary>
/// A person's consent to the processing of their personal data (Law No. 94-V, art. 8): when, to which version of
/// the text, for what (<see cref="Scope"/>, <see cref="Covers"/>) and for which object. Kept until the person erases
/// their data; a withdrawn consent stays, marked, as the record that it was withdrawn.
/// </summary>
public sealed class ConsentRecord
{
    /// <summary>Store id.</summary>
    public long Id { get; set; }

    /// <summary>The person's Telegram user id.</summary>
    public long UserId { get; set; }

    /// <summary>What it was for (see <see cref="ConsentScopes"/>).</summary>
    public string Scope { get; set; } = string.Empty;

    /// <summary>The version id of the consent text agreed to.</summary>
    public string Version { get; set; } = string.Empty;

    /// <summary>When it was given.</summary>
    public DateTime GivenUtc { get; set; }

    /// <summary>When it was withdrawn, if it was.</summary>
    public DateTime? WithdrawnUtc { get; set; }

    /// <summary>The data it covered, in neutral words (<c>name</c>, <c>phone</c>…).</summary>
    public List<string> Covers { get; set; } = [];

    /// <summary>The object it was given for, as people read it: a concern's number, an event's title.</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>The object's id (a concern's, a registration's).</summary>
    public long SubjectId { get; set; }

    /// <summary>True until withdrawn.</summary>
    public bool IsActive => WithdrawnUtc is null;
}
