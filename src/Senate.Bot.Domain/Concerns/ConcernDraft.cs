using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Concerns;

/// <summary>A concern being written: what the form has gathered so far (kept as JSON in the conversation record).</summary>
internal sealed class ConcernDraft
{
    public string? RegionId { get; set; }

    public string? Settlement { get; set; }

    public string? CategoryId { get; set; }

    public string? Description { get; set; }

    /// <summary>Open concerns of the same region and category offered for "me too" (empty when there are none).</summary>
    public List<long> SimilarIds { get; set; } = [];

    public List<string> Photos { get; set; } = [];

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Whether the citizen gives a contact (after consent) or stays anonymous.</summary>
    public ContactChoice Contact { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public Consent? Consent { get; set; }
}

/// <summary>How a citizen wants to be answered.</summary>
internal enum ContactChoice
{
    /// <summary>Not chosen yet.</summary>
    Undecided,

    /// <summary>By name and phone, after consenting.</summary>
    Contact,

    /// <summary>Anonymously: the concern counts as a signal, without an official answer.</summary>
    Anonymous,
}
