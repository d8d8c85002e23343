using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Digests;

/// <summary>
/// The initial digests kept in <c>seeds/digests/*.json</c> and their import. The import is idempotent: a seed is
/// added once (found again by its key), a changed seed file updates its digest only while staff have not changed
/// that digest in the bot, and a seed removed from the folder leaves its digest in the archive. Seeded digests are
/// published history and never delivered to subscribers.
/// </summary>
public static class DigestSeeds
{
    /// <summary>The folder of the seed digests inside <c>seeds/</c>.</summary>
    public const string FolderName = "digests";

    /// <summary>Reads and checks every <c>*.json</c> file of <c>seeds/digests/</c>, in file name order; none when the folder is missing.</summary>
    /// <exception cref="InvalidDataException">A file is malformed, its content has problems, a key repeats, or a seed image is missing.</exception>
    public static IReadOnlyList<DigestSeed> Load(string seedsDirectory, Regions regions)
    {
        var folder = Path.Combine(seedsDirectory, FolderName);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var seeds = new List<DigestSeed>();
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var seed = Parse(folder, Path.GetFileName(path));
            var problems = seed.Content.Problems(regions);
            if (problems.Count > 0)
            {
                throw new InvalidDataException($"Seed digest '{path}': {string.Join(", ", problems)}.");
            }

            if (seed.Content.Photo?.SeedImage is { } image && !File.Exists(Path.Combine(folder, image)))
            {
                throw new InvalidDataException($"Seed digest '{path}': the image '{image}' is missing.");
            }

            if (seeds.Any(s => s.Key == seed.Key))
            {
                throw new InvalidDataException($"Seed digest '{path}': the key '{seed.Key}' is used by another file.");
            }

            seeds.Add(seed);
        }

        return seeds;
    }

    /// <summary>
    /// Imports the seeds into the store (in the caller's unit of work). A seeded digest counts as published at the
    /// start of its meeting day in <paramref name="zone"/>.
    /// </summary>
    public static DigestSeedReport Import(IDigestStore store, IEnumerable<DigestSeed> seeds, TimeZoneInfo zone, DateTime nowUtc)
    {
        List<string> added = [], updated = [], kept = [], unchanged = [];
        foreach (var seed in seeds)
        {
            var publishedUtc = TimeZoneInfo.ConvertTimeToUtc(seed.Content.MeetingDate.ToDateTime(TimeOnly.MinValue), zone);
            var digest = store.GetBySeedKey(seed.Key);
            if (digest is null)
            {
                store.Insert(Digest.FromSeed(seed.Key, seed.Content, publishedUtc, nowUtc));
                added.Add(seed.Key);
                continue;
            }

            if (digest.UpgradeSeedFingerprint())
            {
                store.Update(digest);
            }

            if (digest.SeedFingerprint == seed.Content.Fingerprint())
            {
                unchanged.Add(seed.Key);
            }
            else if (digest.ChangedSinceSeed())
            {
                kept.Add(seed.Key);
            }
            else
            {
                digest.Reseed(seed.Content, publishedUtc, nowUtc);
                store.Update(digest);
                updated.Add(seed.Key);
            }
        }

        return new(added, updated, kept, unchanged);
    }

    private static DigestSeed Parse(string folder, string fileName)
    {
        var file = SeedFiles.Read<SeedFile>(folder, fileName);
        if (string.IsNullOrWhiteSpace(file.Key))
        {
            throw new InvalidDataException($"Seed digest '{fileName}' has no key.");
        }

        var versions = new List<DigestVersion>();
        foreach (var (code, version) in file.Versions ?? [])
        {
            if (!Languages.TryParse(code, out var language))
            {
                throw new InvalidDataException($"Seed digest '{fileName}': '{code}' is not kk, ru or en.");
            }

            versions.Add(new DigestVersion(language, version.Title ?? string.Empty, FormattedText.Plain(string.Join("\n\n", version.Paragraphs ?? []))));
        }

        var content = new DigestContent
        {
            MeetingDate = file.MeetingDate,
            RegionIds = file.Regions ?? [],
            Versions = [.. versions.OrderBy(v => v.Language)],
            Photo = file.Photo is null ? null : new DigestPhoto(null, file.Photo),
            Source = file.Source is null ? null : new DigestSource { Name = file.Source.Name, Url = file.Source.Url },
        };
        return new DigestSeed(file.Key, content);
    }

    private sealed record SeedFile(
        string Key,
        DateOnly MeetingDate,
        IReadOnlyList<string>? Regions,
        Dictionary<string, SeedVersion>? Versions,
        SeedSource? Source,
        string? Photo);

    private sealed record SeedVersion(string? Title, IReadOnlyList<string>? Paragraphs);

    private sealed record SeedSource(LocalizedString Name, string? Url);
}
