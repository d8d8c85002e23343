using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Youth;

/// <summary>A registration being filled in (kept as JSON in the conversation record).</summary>
internal sealed class RegistrationDraft
{
    public long EventId { get; set; }

    public Consent? Consent { get; set; }

    /// <summary>True when the details of the user's last registration can be offered.</summary>
    public bool ProfileAvailable { get; set; }

    public string? FullName { get; set; }

    public int? Age { get; set; }

    public string? RegionId { get; set; }

    public string? StudyOrWork { get; set; }

    public string? Phone { get; set; }

    public string? Motivation { get; set; }
}
