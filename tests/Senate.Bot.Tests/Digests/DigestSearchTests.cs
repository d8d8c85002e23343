using Senate.Bot.Domain.Digests;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Tests.Digests;

public sealed class DigestSearchTests : IAsyncLifetime
{
    private readonly DigestHarness _harness = new();
    private long _atyrau;
    private long _onir;

    public async Task InitializeAsync()
    {
        await _harness.StartUp();
        _atyrau = _harness.Digests.GetBySeedKey("2024-01-atyrau-speaker-visit")!.Id;
        _onir = _harness.Digests.GetBySeedKey("2023-onir-deputy-group")!.Id;
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData("экологии")]
    [InlineData("Экология")]
    [InlineData("обмелении Жайыка")]
    [InlineData("атырау")]
    [InlineData("загрязнением воздуха")]
    public void Search_ARussianWordForm_FindsTheAtyrauSeed(string query) =>
        Assert.Equal([_atyrau], _harness.Search.Search(query));

    [Theory]
    [InlineData("rivers")]
    [InlineData("polluted air")]
    [InlineData("Youth Expert")]
    public void Search_AnEnglishWordForm_FindsTheAtyrauSeed(string query) =>
        Assert.Equal([_atyrau], _harness.Search.Search(query));

    [Theory]
    [InlineData("өзені")]
    [InlineData("өзен")]
    [InlineData("Жайықтың")]
    [InlineData("озен")]
    [InlineData("экологиясы")]
    [InlineData("Жайық арқылы")]
    public void Search_AKazakhWordForm_FindsTheAtyrauSeed(string query) =>
        Assert.Equal([_atyrau], _harness.Search.Search(query));

    [Fact]
    public async Task Search_OnlyARussianVersion_IsFoundByOtherFormsAndDerivedWords()
    {
        var digest = await _harness.Publish(DigestHarness.Content("atyrau", Language.Ru, "Экология", "Жители Атырауской области обсудили экология и воду."));

        Assert.Equal(new[] { digest.Id, _atyrau }.Order(), _harness.Search.Search("экологии").Order());
        Assert.Equal([digest.Id, _atyrau], _harness.Search.Search("жителями Атырау"));
    }

    [Fact]
    public async Task Search_ALongerKazakhForm_FindsItsStem_AndRanksTheExactFormFirst()
    {
        var stem = await _harness.Publish(DigestHarness.Content("mangystau", Language.Kk, "Өзен", "Жаңаөзен маңындағы өзен туралы."));
        var exact = await _harness.Publish(DigestHarness.Content("mangystau", Language.Kk, "Жайық", "Жайық өзенінің жағдайы."));

        Assert.Equal([exact.Id, stem.Id], _harness.Search.Search("өзенінің", "mangystau"));
        var everywhere = _harness.Search.Search("өзенінің");
        Assert.Equal(new[] { exact.Id, _atyrau }.Order(), everywhere.Take(2).Order());
        Assert.Equal(stem.Id, everywhere[2]);
    }

    [Fact]
    public void Search_EveryWordMustMatchInOneLanguage()
    {
        Assert.Empty(_harness.Search.Search("экология Шайдаров"));
        Assert.Equal([_onir], _harness.Search.Search("Шайдаров Атамекен"));
        Assert.Equal([_atyrau], _harness.Search.Search("экология и Жайык"));
    }

    [Fact]
    public void Search_ARegion_FindsOnlyItsDigests()
    {
        Assert.Equal(new[] { _atyrau, _onir }.Order(), _harness.Search.Search("маслихатами").Order());
        Assert.Equal([_atyrau], _harness.Search.Search("маслихатами", "atyrau"));
        Assert.Equal([_onir], _harness.Search.Search("маслихатами", DigestRegions.National));
        Assert.Empty(_harness.Search.Search("маслихатами", "astana"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("и в на")]
    [InlineData("the of")]
    public void Search_NothingSearchable_FindsNothing(string query) =>
        Assert.Empty(_harness.Search.Search(query));

    [Fact]
    public async Task Search_FollowsTheStore_ADraftIsNotFound_PublishedIs_WithdrawnIsNot()
    {
        var digest = await _harness.Run(() =>
        {
            var draft = Digest.NewDraft(DigestHarness.Content("astana", Language.Ru, "Паводки", "Сенаторы обсудили паводковую ситуацию."), 7, _harness.Now);
            _harness.Digests.Insert(draft);
            return draft;
        });
        Assert.Empty(_harness.Search.Search("паводков"));

        await _harness.Run(() =>
        {
            var stored = _harness.Digests.Get(digest.Id)!;
            stored.Publish(_harness.Now);
            _harness.Digests.Update(stored);
        });
        Assert.Equal([digest.Id], _harness.Search.Search("паводки"));

        await _harness.Run(() =>
        {
            var stored = _harness.Digests.Get(digest.Id)!;
            stored.Withdraw(7, _harness.Now);
            _harness.Digests.Update(stored);
        });
        Assert.Empty(_harness.Search.Search("паводки"));
    }

    [Fact]
    public async Task Search_ACorrection_IsFoundByItsNewWords()
    {
        await _harness.Run(() =>
        {
            var digest = _harness.Digests.Get(_onir)!;
            var ru = digest.Content.In(Language.Ru)!;
            digest.Correct(digest.Content with { Versions = [.. digest.Content.Versions.Select(v => v == ru ? v with { Title = ru.Title + ": Кызылорда" } : v)] }, 9, _harness.Now);
            _harness.Digests.Update(digest);
        });

        Assert.Equal([_onir], _harness.Search.Search("Кызылорды"));
    }

    [Fact]
    public async Task Search_AUnitThatRollsBack_LeavesTheIndexAsItWas()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.Run(() =>
        {
            var digest = _harness.Digests.Get(_atyrau)!;
            digest.Withdraw(7, _harness.Now);
            _harness.Digests.Update(digest);
            throw new InvalidOperationException("the rest of the update failed");
        }));

        Assert.Equal(DigestStatus.Published, _harness.Digests.Get(_atyrau)!.Status);
        Assert.Equal([_atyrau], _harness.Search.Search("экологии"));
    }

    [Fact]
    public async Task ARebuild_KeepsWhatIsSavedWhileItRuns()
    {
        var withdrawnMeanwhile = await _harness.Publish(DigestHarness.Content("astana", Language.En, "Floods", "Senators discussed the spring floods."));
        var snapshot = await _harness.Run(() =>
        {
            _harness.Search.BeginRebuild();
            return _harness.Digests.Published().ToList();
        });

        var publishedMeanwhile = await _harness.Publish(DigestHarness.Content("astana", Language.En, "Roads", "Senators discussed rural roads."));
        await _harness.Run(() =>
        {
            var digest = _harness.Digests.Get(withdrawnMeanwhile.Id)!;
            digest.Withdraw(7, _harness.Now);
            _harness.Digests.Update(digest);
        });
        Assert.Equal([withdrawnMeanwhile.Id], _harness.Search.Search("floods"));
        Assert.Empty(_harness.Search.Search("roads"));
        var indexed = await Task.Run(() => _harness.Search.CompleteRebuild(snapshot));

        Assert.Equal(3, indexed);
        Assert.Empty(_harness.Search.Search("floods"));
        Assert.Equal([publishedMeanwhile.Id], _harness.Search.Search("road"));
        Assert.Equal([_atyrau], _harness.Search.Search("экологии"));
    }

    [Fact]
    public async Task AfterARestart_TheIndexIsRebuiltFromTheStore()
    {
        var digest = await _harness.Publish(DigestHarness.Content("astana", Language.En, "Floods", "Senators discussed the spring floods."));

        await _harness.Restart();
        Assert.Empty(_harness.Search.Search("flood"));
        await _harness.StartUp();

        Assert.Equal([digest.Id], _harness.Search.Search("flood"));
        Assert.Equal([_atyrau], _harness.Search.Search("экологии"));
    }
}
