using System.Globalization;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Tests.Concerns;

namespace Senate.Bot.Domain.Tests.Texts;

/// <summary>Wording that readers found wrong, kept right: each check names what was wrong.</summary>
public sealed class WordingTests
{
    private static IEnumerable<(string Key, string Template)> All(Language language) =>
        TextCatalog.DeclaredKeys(typeof(TextCatalog).Assembly).Select(k => (k.Name, TextCatalog.Default.Template(k, language)));

    private static string Kk(string key) => All(Language.Kk).Single(t => t.Key == key).Template;

    private static string Ru(string key) => All(Language.Ru).Single(t => t.Key == key).Template;

    [Fact]
    public void Kazakh_SaysWhatIsMeant()
    {
        Assert.DoesNotContain("Орынсыз", Kk("concern.no_location_button"), StringComparison.Ordinal);
        Assert.DoesNotContain("болдырмау мүмкін емес", Kk("concern.withdraw_confirm"), StringComparison.Ordinal);
        Assert.All(["youth.event_already_cancelled", "youth.event_cancelled_done", "youth.event_status_cancelled"], key => Assert.DoesNotContain("болдырылма", Kk(key), StringComparison.Ordinal));
        Assert.DoesNotContain("ұзақ", Kk("common.text_too_long"), StringComparison.Ordinal);
        Assert.DoesNotContain("Жалғастыру немесе", Kk("common.menu_unfinished"), StringComparison.Ordinal);
    }

    [Fact]
    public void Kazakh_UsesOneWordForEachThing()
    {
        var kazakh = All(Language.Kk).Select(t => t.Template).ToList();

        Assert.DoesNotContain(kazakh, t => t.Contains("Рахмет", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(kazakh, t => t.Contains("контакт", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(kazakh, t => t.Contains("бір-бірден", StringComparison.Ordinal));
        // "Сіз" is capitalised only where a sentence starts.
        Assert.DoesNotContain(kazakh, t => System.Text.RegularExpressions.Regex.IsMatch(t, @"[\p{Ll},]\s+Сіз"));
    }

    [Fact]
    public void Russian_SaysWhatIsMeant()
    {
        Assert.DoesNotContain("ответ в ответ", Ru("concern.ask_answer_reply"), StringComparison.Ordinal);
        Assert.Contains("Поступило:", Ru("concern.receipt"), StringComparison.Ordinal);
        Assert.DoesNotContain("Принято:", Ru("concern.card"), StringComparison.Ordinal);
        Assert.DoesNotContain(All(Language.Ru), t => t.Template.Contains("Город/село", StringComparison.Ordinal));
    }

    [Fact]
    public void TelegramsOwnWords_AreInTheReadersLanguage()
    {
        foreach (var language in new[] { Language.Kk, Language.Ru })
        {
            Assert.DoesNotContain(All(language), t => t.Template.Contains("(Reply)", StringComparison.Ordinal));
        }

        Assert.Contains("«Ответить»", Ru("concern.ask_forward_reply"), StringComparison.Ordinal);
        Assert.Contains("«Жауап беру»", Kk("concern.ask_forward_reply"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Kk)]
    [InlineData(Language.Ru)]
    [InlineData(Language.En)]
    public void RegionPicker_ListsTheCitiesThenTheOblasts_EachInTheReadersAlphabet(Language language)
    {
        var regions = Regions.Load(ConcernHarness.SeedsDirectory);

        var shown = RegionLayout.Grid(regions, language).SelectMany(row => row).ToList();

        Assert.Equal(20, shown.Count);
        Assert.All(shown.Take(3), r => Assert.True(r.IsCity));
        var oblasts = shown.Skip(3).Select(r => r.ShortName.In(language)).ToList();
        Assert.Equal(oblasts.Order(StringComparer.Create(language.Culture(), CompareOptions.IgnoreCase)), oblasts);
    }

    [Fact]
    public void RegionPicker_RussianOrder_IsNotTheKazakhOne()
    {
        var regions = Regions.Load(ConcernHarness.SeedsDirectory);

        var russian = RegionLayout.Grid(regions, Language.Ru).SelectMany(row => row).Select(r => r.Id);
        var kazakh = RegionLayout.Grid(regions, Language.Kk).SelectMany(row => row).Select(r => r.Id);

        Assert.NotEqual(kazakh, russian);
    }
}
