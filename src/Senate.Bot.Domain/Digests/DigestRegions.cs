using Senate.Bot.Domain.Reference;

namespace Senate.Bot.Domain.Digests;

/// <summary>
/// What a digest is about and what a subscriber follows: region ids from <c>seeds/regions.json</c>, or
/// <see cref="National"/> for a meeting about the whole country. "national" is one more choice beside the 20
/// regions (a national digest goes to the subscribers of "national", not to everyone), so both fit one list and
/// one index.
/// </summary>
public static class DigestRegions
{
    /// <summary>The id of the whole country; no region has it.</summary>
    public const string National = "national";

    /// <summary>True for <see cref="National"/> and for the id of one of the regions.</summary>
    public static bool IsKnown(string id, Regions regions) => id == National || regions.Find(id) is not null;
}
