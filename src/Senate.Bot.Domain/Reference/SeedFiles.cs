using System.Text.Json;

namespace Senate.Bot.Domain.Reference;

/// <summary>Reads the JSON reference files of the <c>seeds/</c> folder.</summary>
public static class SeedFiles
{
    /// <summary>Options for seed JSON: camelCase names, comments and trailing commas allowed.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Deserializes <paramref name="fileName"/> in <paramref name="seedsDirectory"/>.</summary>
    /// <exception cref="InvalidDataException">The file is missing or malformed.</exception>
    public static T Read<T>(string seedsDirectory, string fileName)
    {
        var path = Path.Combine(seedsDirectory, fileName);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"Seed file '{path}' is missing.");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options)
                ?? throw new InvalidDataException($"Seed file '{path}' is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Seed file '{path}' is malformed: {e.Message}", e);
        }
    }

    /// <summary>
    /// Finds the seeds folder: next to the program (where the build copies it), or in the repository root when
    /// started from there or from a project folder.
    /// </summary>
    public static string Locate(string? configured = null)
    {
        string[] candidates =
        [
            configured ?? string.Empty,
            Path.Combine(AppContext.BaseDirectory, "seeds"),
            Path.Combine(Directory.GetCurrentDirectory(), "seeds"),
            Path.Combine(Directory.GetCurrentDirectory(), "..", "..", "seeds"),
        ];
        return candidates.FirstOrDefault(c => c.Length > 0 && File.Exists(Path.Combine(c, "regions.json")))
            ?? throw new DirectoryNotFoundException("The seeds folder (with regions.json) was not found next to the program or in the current directory.");
    }
}
