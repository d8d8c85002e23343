using Senate.Bot.Domain.Tests.Texts;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Domain.Tests.Youth;

public sealed class YouthModelTests
{
    [Fact]
    public void Programmes_Load_ReadsBothProgrammesInThreeLanguages()
    {
        var programmes = Programmes.Load(YouthHarness.SeedsDirectory);

        Assert.Equal(["yec", "school"], programmes.All.Select(p => p.Id));
        Assert.Equal("Клуб молодых экспертов при Сенате", programmes.Find("yec")!.Name.Ru);
        Assert.Equal("Сенат жанындағы Талдау мектебі", programmes.Find("school")!.Name.Kk);
        Assert.All(programmes.All, p => Assert.True(p.Description.IsComplete));
        Assert.Null(programmes.Find("nope"));
    }

    [Fact]
    public void Programmes_RepeatedOrIncompleteEntry_IsRefused()
    {
        var name = new LocalizedString("а", "б", "c");
        Assert.Throws<InvalidDataException>(() => new Programmes([new("x", name, name), new("x", name, name)]));
        Assert.Throws<InvalidDataException>(() => new Programmes([new("y", name, new LocalizedString("а", "", "c"))]));
        Assert.Throws<InvalidDataException>(() => new Programmes([new("with:colon", name, name)]));
    }

    [Theory]
    [InlineData(Language.Kk, "Қазақша", null)]
    [InlineData(Language.Ru, "Русский", null)]
    [InlineData(Language.En, "Русский", "youth.language_ru")]
    public void EventTitle_ReaderLanguageMissing_ShowsAnotherWithANote(Language reader, string shown, string? note)
    {
        var title = new EventTitle { Kk = "Қазақша", Ru = "Русский" };

        var text = title.Show(reader);

        Assert.Equal(shown, title.Best(reader).Value);
        if (note is null)
        {
            Assert.IsType<PlainText>(text);
        }
        else
        {
            Assert.Equal(YouthTexts.TitleInOtherLanguage, text.Key);
            Assert.Equal(note, ((TextKey)text.Arg("language")!).Name);
            Assert.Equal("Русский <i>(title in Russian only)</i>", TextCatalog.Default.Render(text, reader, YouthHarness.Astana));
        }
    }

    [Fact]
    public void EventTitle_OnlyEnglish_KazakhReaderSeesItWithANoteInKazakh()
    {
        var text = new EventTitle { En = "Open lecture" }.Show(Language.Kk);

        Assert.Equal("Open lecture <i>(атауы тек ағылшын тілінде)</i>", TextCatalog.Default.Render(text, Language.Kk, YouthHarness.Astana));
    }

    [Theory]
    [InlineData("k7mx 2pqa", "K7MX2PQA")]
    [InlineData(" K7MX-2PQA ", "K7MX2PQA")]
    [InlineData("K7MX2PQ", null)]
    [InlineData("K7MX2PQO", null)]
    [InlineData("K7MX2PQ1", null)]
    [InlineData("", null)]
    public void RegistrationCodes_Normalize_IsTolerantOfCaseSpacesAndDashes(string typed, string? expected) =>
        Assert.Equal(expected, RegistrationCodes.Normalize(typed));

    [Fact]
    public void RegistrationCodes_NewUnique_AvoidsLookAlikesAndExistingCodes()
    {
        var store = new InMemoryYouthStores();
        var codes = Enumerable.Range(0, 500).Select(_ =>
        {
            var code = RegistrationCodes.NewUnique(store);
            store.Insert(new Registration { Code = code });
            return code;
        }).ToList();

        Assert.Equal(500, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[A-HJ-NP-Z2-9]{8}$", c));
    }
}
