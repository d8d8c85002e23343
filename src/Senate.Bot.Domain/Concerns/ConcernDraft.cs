namespace Senate.Bot.Domain.Concerns;

/// <summary>The report form being filled, kept as JSON in the conversation record.</summary>
internal sealed class ConcernDraft
{
    public string? RegionId { get; set; }

    public string? Settlement { get; set; }

    public string? CategoryId { get; set; }

    public string? Description { get; set; }

    public List<string> Photos { get; set; } = [];

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public bool Anonymous { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public DateTime? ConsentUtc { get; set; }

    /// <summary>True while a field is being changed from the review screen: its step returns to the review.</summary>
    public bool Editing { get; set; }

    /// <summary>The similar open concerns offered for support, best first.</summary>
    public List<long> SimilarIds { get; set; } = [];
}
