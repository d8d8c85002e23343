namespace Senate.Bot.Domain.Digests;

/// <summary>Which digests a list shows. The empty filter shows every digest.</summary>
public sealed record DigestFilter
{
    /// <summary>The statuses shown; null or empty for any.</summary>
    public IReadOnlyList<DigestStatus>? Statuses { get; init; }

    /// <summary>Only digests of this region (or <see cref="DigestRegions.National"/>); null for all.</summary>
    public string? RegionId { get; init; }

    /// <summary>The readers' archive: published digests, of one region or all.</summary>
    public static DigestFilter Archive(string? regionId = null) => new() { Statuses = [DigestStatus.Published], RegionId = regionId };

    /// <summary>True if the digest is shown.</summary>
    public bool Matches(Digest digest) =>
        (Statuses is not { Count: > 0 } || Statuses.Contains(digest.Status))
        && (RegionId is null || digest.Content.RegionIds.Contains(RegionId));
}
