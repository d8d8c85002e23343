using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Digests;

/// <summary>Where the facts of a digest come from, e.g. the Senate's press service and its press release.</summary>
public sealed record DigestSource
{
    /// <summary>The source's name in the three languages.</summary>
    public required LocalizedString Name { get; init; }

    /// <summary>The press release's address, when known.</summary>
    public string? Url { get; init; }
}
