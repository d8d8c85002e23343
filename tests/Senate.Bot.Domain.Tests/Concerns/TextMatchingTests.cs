using Senate.Bot.Domain.Concerns;

namespace Senate.Bot.Domain.Tests.Concerns;

public sealed class TextMatchingTests
{
    [Fact]
    public void StemKeys_AreSortedAndDistinct_OneForEachStemOfThreeLettersOrMore()
    {
        var keys = TextMatching.StemKeys("Нет воды в доме, ВОДЫ нет! Водопровод сломан.");

        // нет, воды, доме, водоп (водопровод), слома (сломан); "в" is too short.
        Assert.Equal(5, keys.Length);
        Assert.Equal(keys.Order(), keys);
        Assert.Equal(keys.Distinct(), keys);
    }

    [Theory]
    [InlineData("Нет воды в доме", "Воды нет, в доме сухо", 3)]
    [InlineData("Дорога разбита у школы", "Дороги разбиты возле школы", 3)]
    [InlineData("Жолдар бұзылған, жарық жоқ", "Жарық жоқ, жолдар нашар", 3)]
    [InlineData("Нет света", "Светофор сломан", 0)]
    [InlineData("абв", "абвг", 0)]
    [InlineData("Street lights OFF", "the street lights are off", 3)]
    [InlineData("河水污染严重 水源", "河水污染严重", 1)]
    [InlineData("", "Нет воды", 0)]
    public void Shared_CountsTheStemsTwoTextsHaveInCommon_WhateverTheirOrderCaseOrScript(string first, string second, int shared)
    {
        Assert.Equal(shared, TextMatching.Shared(TextMatching.StemKeys(first), TextMatching.StemKeys(second)));
        Assert.Equal(shared, TextMatching.Shared(TextMatching.StemKeys(second), TextMatching.StemKeys(first)));
    }

    [Fact]
    public void StemKeys_TellApartStemsThatDifferOnlyInALetterBeyondTheFirstByte()
    {
        // ә (U+04D9) and ҙ (U+0499) share their low byte; so do ж (U+0436) and 6 (U+0036).
        Assert.Equal(0, TextMatching.Shared(TextMatching.StemKeys("әке"), TextMatching.StemKeys("ҙке")));
        Assert.Equal(0, TextMatching.Shared(TextMatching.StemKeys("жжж"), TextMatching.StemKeys("666")));
        Assert.Equal(1, TextMatching.Shared(TextMatching.StemKeys("әкесі"), TextMatching.StemKeys("ӘКЕСІНІҢ")));
    }
}
