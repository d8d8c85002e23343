namespace Senate.Bot.Domain.Youth;

/// <summary>The details of a registration being filled in, kept as JSON in the conversation record.</summary>
internal sealed class RegistrationDraft
{
    public long EventId { get; set; }

    public DateTime? ConsentUtc { get; set; }

    public bool ProfileAvailable { get; set; }

    public string? FullName { get; set; }

    public int? Age { get; set; }

    public string? RegionId { get; set; }

    public string? StudyOrWork { get; set; }

    public string? Phone { get; set; }

    public string? Motivation { get; set; }

    /// <summary>True once the review was shown: a changed field returns to the review.</summary>
    public bool Reviewing { get; set; }
}
