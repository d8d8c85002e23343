using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Reference;

/// <summary>The region directory, loaded from <c>seeds/regions.json</c>. Immutable and thread-safe.</summary>
public sealed class Regions
{
    private readonly Dictionary<string, Region> _byId;

    /// <summary>Creates the directory from regions in display order.</summary>
    /// <exception cref="InvalidDataException">An id repeats, is too long for button data, or a name lacks a language.</exception>
    public Regions(IEnumerable<Region> regions)
    {
        All = [.. regions];
        _byId = new(StringComparer.Ordinal);
        foreach (var region in All)
        {
            if (region.Id.Length is 0 or > 16 || !region.Name.IsComplete || !region.ShortName.IsComplete || !_byId.TryAdd(region.Id, region))
            {
                throw new InvalidDataException($"Region '{region.Id}' is invalid or repeated.");
            }
        }
    }

    /// <summary>All regions, oblasts first and then the three cities, as in the seed file.</summary>
    public IReadOnlyList<Region> All { get; }

    /// <summary>Finds a region by id.</summary>
    public bool TryGet(string id, out Region region) => _byId.TryGetValue(id, out region!);

    /// <summary>The region with an id, or null.</summary>
    public Region? Find(string? id) => id is not null && _byId.TryGetValue(id, out var region) ? region : null;

    /// <summary>Loads <c>regions.json</c> from a seeds folder.</summary>
    public static Regions Load(string seedsDirectory)
    {
        var file = SeedFiles.Read<RegionsFile>(seedsDirectory, "regions.json");
        return new Regions(file.Regions.Select(r => new Region(r.Id, r.Name, r.Kind == "city", r.Centre, r.Short ?? r.Name)));
    }

    private sealed record RegionsFile(IReadOnlyList<RegionEntry> Regions);

    private sealed record RegionEntry(string Id, string Kind, LocalizedString Name, LocalizedString? Short, LocalizedString? Centre);
}
