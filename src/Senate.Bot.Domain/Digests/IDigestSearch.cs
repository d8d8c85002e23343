namespace Senate.Bot.Domain.Digests;

/// <summary>
/// Keyword search over the archive in Kazakh, Russian and English that finds other forms of the words searched
/// for ("экологии" finds "экология", "rivers" finds "river", "өзенінің" finds "өзен"). Only published digests are
/// found. The index follows the digest store by itself: whatever is saved is searchable once its transaction
/// commits. Thread-safe.
/// </summary>
public interface IDigestSearch
{
    /// <summary>
    /// The ids of the published digests matching every word of <paramref name="query"/> in one of their languages,
    /// best match first (then the most recent meeting); empty when the query has no searchable word.
    /// </summary>
    /// <param name="query">What the reader typed.</param>
    /// <param name="regionId">Only digests of this region (or <see cref="DigestRegions.National"/>); null for all.</param>
    /// <param name="max">The most ids returned.</param>
    IReadOnlyList<long> Search(string query, string? regionId = null, int max = 50);
}
