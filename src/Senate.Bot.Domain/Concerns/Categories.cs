using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>The category directory, loaded from <c>seeds/categories.json</c>. Immutable and thread-safe.</summary>
public sealed class Categories
{
    private readonly Dictionary<string, Category> _byId;

    /// <summary>Creates the directory from categories in display order.</summary>
    /// <exception cref="InvalidDataException">An id repeats, is too long for button data, or a name lacks a language.</exception>
    public Categories(IEnumerable<Category> categories)
    {
        All = [.. categories];
        _byId = new(StringComparer.Ordinal);
        foreach (var category in All)
        {
            if (category.Id.Length is 0 or > 16 || !category.Id.All(char.IsAsciiLetterOrDigit) || !category.Name.IsComplete
                || !_byId.TryAdd(category.Id, category))
            {
                throw new InvalidDataException($"Category '{category.Id}' is invalid or repeated.");
            }
        }
    }

    /// <summary>All categories in display order ("other" last).</summary>
    public IReadOnlyList<Category> All { get; }

    /// <summary>Finds a category by id.</summary>
    public bool TryGet(string id, out Category category) => _byId.TryGetValue(id, out category!);

    /// <summary>The category with an id, or null.</summary>
    public Category? Find(string? id) => id is not null && _byId.TryGetValue(id, out var category) ? category : null;

    /// <summary>Loads <c>categories.json</c> from a seeds folder.</summary>
    public static Categories Load(string seedsDirectory)
    {
        var file = SeedFiles.Read<CategoriesFile>(seedsDirectory, "categories.json");
        return new Categories((file.Categories ?? []).Select(c => new Category(c.Id, c.Name, c.Emoji ?? string.Empty)));
    }

    private sealed record CategoriesFile(IReadOnlyList<CategoryEntry> Categories);

    private sealed record CategoryEntry(string Id, LocalizedString Name, string? Emoji);
}
