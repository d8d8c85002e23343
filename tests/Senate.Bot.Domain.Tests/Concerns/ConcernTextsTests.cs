using System.Text.RegularExpressions;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Tests.Concerns;

public sealed partial class ConcernTextsTests
{
    private static readonly IReadOnlyList<TextKey> Declared =
        [.. TextCatalog.DeclaredKeys(typeof(ConcernsFeature).Assembly).Where(k => k.Name.StartsWith("concern.", StringComparison.Ordinal))];

    [Fact]
    public void EveryDeclaredKey_HasATemplateInAllThreeLanguages()
    {
        Assert.NotEmpty(Declared);
        foreach (var key in Declared)
        {
            foreach (var language in Languages.All)
            {
                var template = TextCatalog.Default.Template(key, language);
                Assert.True(template.Length > 0, $"{key} is empty in {language}.");
            }
        }
    }

    [Fact]
    public void EveryConcernKeyInTheCatalog_IsDeclared()
    {
        var declared = Declared.Select(k => k.Name).ToHashSet();

        Assert.DoesNotContain(TextCatalog.Default.Keys, k => k.StartsWith("concern.", StringComparison.Ordinal) && !declared.Contains(k));
    }

    [Fact]
    public void EveryKey_UsesTheSamePlaceholdersInAllThreeLanguages()
    {
        foreach (var key in Declared)
        {
            var sets = Languages.All.Select(l => string.Join(",", Placeholder().Matches(TextCatalog.Default.Template(key, l)).Select(m => m.Groups[1].Value).Distinct().Order())).Distinct().ToList();
            Assert.True(sets.Count == 1, $"{key} has different placeholders per language: {string.Join(" | ", sets)}");
        }
    }

    [Fact]
    public void KazakhTexts_AreWrittenInKazakh()
    {
        var kazakhLetters = new Regex("[әғқңөұүһі]", RegexOptions.IgnoreCase);
        var sentences = Declared
            .Select(k => TextCatalog.Default.Template(k, Language.Kk))
            .Where(t => Placeholder().Replace(t, string.Empty).Count(char.IsLetter) > 40)
            .ToList();

        Assert.NotEmpty(sentences);
        Assert.All(sentences, t => Assert.Matches(kazakhLetters, t));
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
