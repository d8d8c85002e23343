using System.ComponentModel.DataAnnotations;

namespace Senate.Bot.Storage;

/// <summary>Where the bot keeps its data (<c>Storage__DatabasePath</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Storage";

    /// <summary>The LiteDB file; relative paths are resolved against the content root.</summary>
    [Required(ErrorMessage = "Set Storage__DatabasePath to the LiteDB file the bot keeps its data in.")]
    public string DatabasePath { get; set; } = "data/senate-bot.db";

    /// <summary>The database file's full path, a relative <see cref="DatabasePath"/> taken from <paramref name="contentRoot"/>.</summary>
    public string FullPath(string contentRoot) => Path.GetFullPath(Path.IsPathRooted(DatabasePath) ? DatabasePath : Path.Combine(contentRoot, DatabasePath));

    /// <summary>How many updates at most are committed in one LiteDB transaction.</summary>
    [Range(1, 10_000)]
    public int MaxBatch { get; set; } = 256;
}
