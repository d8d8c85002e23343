using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Tests.Concerns;

public sealed class CategoriesTests
{
    [Fact]
    public void Load_SeedFile_HasTheTwelveCategoriesOfTheIssueInOrder()
    {
        var categories = ConcernHarness.Categories;

        Assert.Equal(
            ["ecology", "water", "roads", "utilities", "housing", "health", "education", "social", "agriculture", "economy", "safety", "other"],
            categories.All.Select(c => c.Id));
        Assert.All(categories.All, c => Assert.True(c.Name.IsComplete));
        Assert.All(categories.All, c => Assert.False(string.IsNullOrEmpty(c.Emoji)));
        Assert.Equal("Вода и реки", categories.Find("water")!.Name.In(Language.Ru));
    }

    [Fact]
    public void Constructor_RepeatedId_IsRejected()
    {
        var name = new LocalizedString("а", "б", "c");

        Assert.Throws<InvalidDataException>(() => new Categories([new Category("roads", name, "🛣"), new Category("roads", name, "🛣")]));
        Assert.Throws<InvalidDataException>(() => new Categories([new Category("roads and more", name, "🛣")]));
    }
}
