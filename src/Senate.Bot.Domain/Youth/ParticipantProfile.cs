namespace Senate.Bot.Domain.Youth;

/// <summary>
/// The details a participant gave last time, offered again at their next registration ("use these details?")
/// so they need not type them anew.
/// </summary>
public sealed class ParticipantProfile
{
    /// <summary>The participant's Telegram user id.</summary>
    public long Id { get; set; }

    /// <summary>Full name.</summary>
    public string FullName { get; set; } = string.Empty;

    /// <summary>Age when last given.</summary>
    public int Age { get; set; }

    /// <summary>Region id.</summary>
    public string RegionId { get; set; } = string.Empty;

    /// <summary>Place of study or work.</summary>
    public string StudyOrWork { get; set; } = string.Empty;

    /// <summary>Phone number from their own contact.</summary>
    public string Phone { get; set; } = string.Empty;

    /// <summary>When these details were last given.</summary>
    public DateTime UpdatedUtc { get; set; }
}
