using System.Globalization;
using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Digests;

/// <summary>
/// What staff write in a digest and readers see: the meeting's date, its regions (or national), the text in one to
/// three languages, an optional photo and the source. A value: a correction replaces it as a whole, and
/// <see cref="ChangesFrom"/> tells what differs. Check <see cref="Problems"/> before saving what a person entered.
/// </summary>
public sealed record DigestContent
{
    /// <summary>The longest title accepted, in UTF-16 code units.</summary>
    public const int MaxTitleLength = 200;

    private static readonly Language[] FallbackOrder = [Language.Ru, Language.Kk, Language.En];

    /// <summary>The date of the meeting, in Astana time.</summary>
    public DateOnly MeetingDate { get; init; }

    /// <summary>Region ids, or just <see cref="DigestRegions.National"/>.</summary>
    public IReadOnlyList<string> RegionIds { get; init; } = [];

    /// <summary>The language versions, at most one per language.</summary>
    public IReadOnlyList<DigestVersion> Versions { get; init; } = [];

    /// <summary>The photo, if any.</summary>
    public DigestPhoto? Photo { get; init; }

    /// <summary>Where the facts come from, if named.</summary>
    public DigestSource? Source { get; init; }

    /// <summary>True for a digest about the whole country rather than some regions.</summary>
    [JsonIgnore]
    public bool IsNational => RegionIds is [DigestRegions.National];

    /// <summary>The version in a language, or null.</summary>
    public DigestVersion? In(Language language) => Versions.FirstOrDefault(v => v.Language == language);

    /// <summary>
    /// The version to show a reader: theirs if it exists, else Russian, Kazakh, English in that order (Russian first
    /// as the language most readers in Kazakhstan share). When its <see cref="DigestVersion.Language"/> is not the
    /// reader's, say so beside it.
    /// </summary>
    /// <exception cref="InvalidOperationException">There is no version at all.</exception>
    public DigestVersion Best(Language reader) =>
        Versions.OrderBy(v => v.Language == reader ? -1 : Array.IndexOf(FallbackOrder, v.Language)).FirstOrDefault()
        ?? throw new InvalidOperationException("The digest has no language version.");

    /// <summary>
    /// What keeps the content from being saved and published; empty when nothing does. Region ids are checked against
    /// <paramref name="regions"/> when given.
    /// </summary>
    public IReadOnlyList<DigestProblem> Problems(Regions? regions = null)
    {
        var problems = new List<DigestProblem>();
        if (MeetingDate == default)
        {
            problems.Add(new(DigestProblemKind.MeetingDateMissing));
        }

        if (RegionIds.Count == 0)
        {
            problems.Add(new(DigestProblemKind.NoRegion));
        }
        else if (RegionIds.Contains(DigestRegions.National) && RegionIds.Count > 1)
        {
            problems.Add(new(DigestProblemKind.NationalWithRegions));
        }

        problems.AddRange(RegionIds.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => new DigestProblem(DigestProblemKind.RegionRepeated, RegionId: g.Key)));
        if (regions is not null)
        {
            problems.AddRange(RegionIds.Distinct().Where(id => !DigestRegions.IsKnown(id, regions)).Select(id => new DigestProblem(DigestProblemKind.RegionUnknown, RegionId: id)));
        }

        if (Versions.Count == 0)
        {
            problems.Add(new(DigestProblemKind.NoVersion));
        }

        problems.AddRange(Versions.GroupBy(v => v.Language).Where(g => g.Count() > 1).Select(g => new DigestProblem(DigestProblemKind.LanguageRepeated, g.Key)));
        foreach (var version in Versions)
        {
            if (string.IsNullOrWhiteSpace(version.Title) || version.Title.Length > MaxTitleLength || version.Title.Contains('\n', StringComparison.Ordinal))
            {
                problems.Add(new(DigestProblemKind.TitleInvalid, version.Language));
            }

            if (string.IsNullOrWhiteSpace(version.Text.Text))
            {
                problems.Add(new(DigestProblemKind.TextEmpty, version.Language));
            }
        }

        if (Photo is { FileId: null, SeedImage: null })
        {
            problems.Add(new(DigestProblemKind.PhotoWithoutImage));
        }

        return problems;
    }

    /// <summary>What differs in this content from <paramref name="before"/>.</summary>
    public DigestChanges ChangesFrom(DigestContent before)
    {
        var changes = DigestChanges.None;
        foreach (var version in Versions)
        {
            if (before.In(version.Language) is not { } old)
            {
                changes |= DigestChanges.Languages;
                continue;
            }

            changes |= version.Title != old.Title ? DigestChanges.Title : DigestChanges.None;
            changes |= version.Text != old.Text ? DigestChanges.Text : DigestChanges.None;
        }

        changes |= before.Versions.Any(v => In(v.Language) is null) ? DigestChanges.Languages : DigestChanges.None;
        changes |= MeetingDate != before.MeetingDate ? DigestChanges.MeetingDate : DigestChanges.None;
        changes |= !RegionIds.ToHashSet().SetEquals(before.RegionIds) ? DigestChanges.Regions : DigestChanges.None;
        changes |= Photo != before.Photo ? DigestChanges.Photo : DigestChanges.None;
        changes |= Source != before.Source ? DigestChanges.Source : DigestChanges.None;
        return changes;
    }

    /// <summary>
    /// A stable hash of everything a reader sees (hex XXH128, 32 digits), which tells whether a seeded digest still
    /// reads as its seed file did. A Telegram file id remembered for a seed image is not part of it: the image is the
    /// same. Not a cryptographic hash, as nothing here needs one: SHA-256, used before, brought OpenSSL into the
    /// process at every start (5 MB) only for this.
    /// </summary>
    public string Fingerprint() => Convert.ToHexStringLower(XxHash128.Hash(Canonical()));

    /// <summary>
    /// True when <paramref name="fingerprint"/> is this content's, as <see cref="Fingerprint"/> gives it or, for a
    /// fingerprint stored before it changed (<see cref="IsLegacyFingerprint"/>), as SHA-256 gave it.
    /// </summary>
    public bool HasFingerprint(string? fingerprint) =>
        fingerprint is not null
        && (IsLegacyFingerprint(fingerprint)
            ? Convert.ToHexStringLower(SHA256.HashData(Canonical())) == fingerprint
            : Fingerprint() == fingerprint);

    /// <summary>True for a fingerprint of the SHA-256 kind (64 hex digits), as databases made before XXH128 hold.</summary>
    public static bool IsLegacyFingerprint(string? fingerprint) => fingerprint?.Length == 64;

    /// <summary>Everything a reader sees, in one canonical form (UTF-8 JSON), for the fingerprints.</summary>
    private byte[] Canonical()
    {
        object?[] canonical =
        [
            MeetingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            RegionIds.Order(StringComparer.Ordinal),
            Versions.OrderBy(v => v.Language).Select(v => new object[]
            {
                v.Language.Code(),
                v.Title,
                v.Text.Text,
                v.Text.Spans.Select(s => new object?[] { s.Kind.ToString(), s.Offset, s.Length, s.Url, s.Language }),
            }),
            Photo?.SeedImage ?? Photo?.FileId,
            Source?.Name.Kk,
            Source?.Name.Ru,
            Source?.Name.En,
            Source?.Url,
        ];
        return JsonSerializer.SerializeToUtf8Bytes(canonical);
    }

    /// <summary>Equal when every part is (the lists element by element).</summary>
    public bool Equals(DigestContent? other) =>
        other is not null
        && MeetingDate == other.MeetingDate
        && RegionIds.SequenceEqual(other.RegionIds)
        && Versions.SequenceEqual(other.Versions)
        && Photo == other.Photo
        && Source == other.Source;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MeetingDate, RegionIds.Count, Versions.Count);
}
