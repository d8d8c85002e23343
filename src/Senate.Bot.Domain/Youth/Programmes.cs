using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Youth;

/// <summary>The programme directory, loaded from <c>seeds/programmes.json</c>. Immutable and thread-safe.</summary>
public sealed class Programmes
{
    private readonly Dictionary<string, Programme> _byId;

    /// <summary>Creates the directory from programmes in display order.</summary>
    /// <exception cref="InvalidDataException">An id repeats, is too long for button data, or a text lacks a language.</exception>
    public Programmes(IEnumerable<Programme> programmes)
    {
        All = [.. programmes];
        _byId = new(StringComparer.Ordinal);
        foreach (var programme in All)
        {
            if (programme.Id.Length is 0 or > 16
                || !programme.Id.All(char.IsAsciiLetterOrDigit)
                || !programme.Name.IsComplete
                || !programme.Description.IsComplete
                || !_byId.TryAdd(programme.Id, programme))
            {
                throw new InvalidDataException($"Programme '{programme.Id}' is invalid or repeated.");
            }
        }
    }

    /// <summary>All programmes in the seed file's order.</summary>
    public IReadOnlyList<Programme> All { get; }

    /// <summary>The programme with an id, or null.</summary>
    public Programme? Find(string? id) => id is not null && _byId.TryGetValue(id, out var programme) ? programme : null;

    /// <summary>Loads <c>programmes.json</c> from a seeds folder.</summary>
    public static Programmes Load(string seedsDirectory)
    {
        var file = SeedFiles.Read<ProgrammesFile>(seedsDirectory, "programmes.json");
        return new Programmes(file.Programmes.Select(p => new Programme(p.Id, p.Name, p.Description)));
    }

    private sealed record ProgrammesFile(IReadOnlyList<ProgrammeEntry> Programmes);

    private sealed record ProgrammeEntry(string Id, LocalizedString Name, LocalizedString Description);
}
