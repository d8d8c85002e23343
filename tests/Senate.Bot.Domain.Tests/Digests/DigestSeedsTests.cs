using System.Text.Json;
using System.Text.Json.Nodes;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Domain.Texts;
using static Senate.Bot.Domain.Tests.Digests.DigestSamples;

namespace Senate.Bot.Domain.Tests.Digests;

public sealed class DigestSeedsTests : IDisposable
{
    private const string AtyrauKey = "2024-01-atyrau-speaker-visit";
    private const string OnirKey = "2023-onir-deputy-group";
    private readonly string _seeds = Path.Combine(Path.GetTempPath(), "senate-bot-tests", Guid.NewGuid().ToString("N"));

    public DigestSeedsTests()
    {
        Directory.CreateDirectory(Path.Combine(_seeds, DigestSeeds.FolderName));
        foreach (var file in Directory.GetFiles(Path.Combine(SeedsDirectory, DigestSeeds.FolderName)))
        {
            File.Copy(file, Path.Combine(_seeds, DigestSeeds.FolderName, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void Load_TheProjectsSeeds_TwoDigestsInThreeLanguagesWithTheirRegionsDatesAndSource()
    {
        var seeds = DigestSeeds.Load(SeedsDirectory, Regions);

        Assert.Equal([OnirKey, AtyrauKey], seeds.Select(s => s.Key));
        var onir = seeds[0].Content;
        var atyrau = seeds[1].Content;
        Assert.Equal(["atyrau"], atyrau.RegionIds);
        Assert.Equal(new DateOnly(2024, 1, 1), atyrau.MeetingDate);
        Assert.True(onir.IsNational);
        Assert.All(seeds, s => Assert.Equal(Languages.All, s.Content.Versions.Select(v => v.Language)));
        Assert.All(seeds, s => Assert.Equal("Пресс-служба Сената Парламента РК", s.Content.Source!.Name.Ru));
        Assert.Contains("экология", atyrau.In(Language.Ru)!.Text.Text, StringComparison.Ordinal);
        Assert.Contains("Жайық өзенінің", atyrau.In(Language.Kk)!.Text.Text, StringComparison.Ordinal);
        Assert.Contains("river", atyrau.In(Language.En)!.Text.Text, StringComparison.Ordinal);
        Assert.Contains("Талдау мектебі", atyrau.In(Language.Kk)!.Text.Text, StringComparison.Ordinal);
        Assert.Contains("Youth Experts Club", atyrau.In(Language.En)!.Text.Text, StringComparison.Ordinal);
        Assert.Contains("Шайдаров", onir.In(Language.Kk)!.Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_KazakhVersions_UseKazakhLetters_AndNoWordMixesInLatinLookalikes()
    {
        foreach (var seed in DigestSeeds.Load(SeedsDirectory, Regions))
        {
            var kk = seed.Content.In(Language.Kk)!;
            var text = kk.Title + " " + kk.Text.Text;
            var words = text.Split(text.Where(c => !char.IsLetter(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries);

            Assert.All("әғқңөұүі", letter => Assert.Contains(letter, text));
            Assert.DoesNotContain(words, w => w.Any(c => c is >= 'Ѐ' and <= 'ӿ') && w.Any(char.IsAsciiLetter));
        }
    }

    [Fact]
    public void Import_Twice_AddsOnceAndThenChangesNothing()
    {
        var store = new InMemoryDigestStore();
        var seeds = DigestSeeds.Load(_seeds, Regions);

        var first = DigestSeeds.Import(store, seeds, Astana, Now);
        var before = JsonSerializer.Serialize(store.All);
        var writes = store.Writes;
        var second = DigestSeeds.Import(store, seeds, Astana, Now.AddDays(1));

        Assert.Equal([OnirKey, AtyrauKey], first.Added);
        Assert.Equal([OnirKey, AtyrauKey], second.Unchanged);
        Assert.Empty(second.Added.Concat(second.Updated).Concat(second.Kept));
        Assert.Equal(before, JsonSerializer.Serialize(store.All));
        Assert.Equal(writes, store.Writes);
        var atyrau = store.GetBySeedKey(AtyrauKey)!;
        Assert.Equal((DigestStatus.Published, DigestDelivery.Never), (atyrau.Status, atyrau.Delivery));
        // Astana was on UTC+6 until March 2024: midnight of 1 January 2024 there was 18:00 UTC the day before.
        Assert.Equal(new DateTime(2023, 12, 31, 18, 0, 0, DateTimeKind.Utc), atyrau.PublishedUtc);
    }

    [Fact]
    public void Import_ADatabaseWithSha256Fingerprints_UpgradesAnUnchangedDigest_AndKeepsAStaffCorrection()
    {
        var store = new InMemoryDigestStore();
        DigestSeed[] seeds = [new("left-alone", Content()), new("corrected", Content())];
        DigestSeeds.Import(store, seeds, Astana, Now);
        foreach (var seed in seeds)
        {
            var digest = store.GetBySeedKey(seed.Key)!;
            digest.SeedFingerprint = Sha256FingerprintOfContent;
            store.Update(digest);
        }

        var corrected = store.GetBySeedKey("corrected")!;
        corrected.Correct(Content() with { MeetingDate = new DateOnly(2026, 2, 26) }, by: 42, Now);
        store.Update(corrected);

        var report = DigestSeeds.Import(store, seeds, Astana, Now.AddDays(1));

        Assert.Equal(["left-alone"], report.Unchanged);
        Assert.Equal(["corrected"], report.Kept);
        Assert.Empty(report.Added.Concat(report.Updated));
        Assert.Equal(Content().Fingerprint(), store.GetBySeedKey("left-alone")!.SeedFingerprint);
        Assert.Equal(Sha256FingerprintOfContent, store.GetBySeedKey("corrected")!.SeedFingerprint);
        Assert.Equal(new DateOnly(2026, 2, 26), store.GetBySeedKey("corrected")!.Content.MeetingDate);
    }

    [Fact]
    public void Import_AChangedSeedFile_UpdatesADigestStaffLeftAlone()
    {
        var store = new InMemoryDigestStore();
        DigestSeeds.Import(store, DigestSeeds.Load(_seeds, Regions), Astana, Now);
        EditSeed(AtyrauKey, seed => seed["meetingDate"] = "2024-01-12");

        var report = DigestSeeds.Import(store, DigestSeeds.Load(_seeds, Regions), Astana, Now.AddDays(1));

        Assert.Equal([AtyrauKey], report.Updated);
        var digest = store.GetBySeedKey(AtyrauKey)!;
        Assert.Equal(new DateOnly(2024, 1, 12), digest.Content.MeetingDate);
        Assert.Equal(new DateTime(2024, 1, 11, 18, 0, 0, DateTimeKind.Utc), digest.PublishedUtc);
        Assert.Equal(DigestDelivery.Never, digest.Delivery);
        Assert.False(digest.ChangedSinceSeed());
    }

    [Fact]
    public void Import_AChangedSeedFile_KeepsAStaffCorrection()
    {
        var store = new InMemoryDigestStore();
        DigestSeeds.Import(store, DigestSeeds.Load(_seeds, Regions), Astana, Now);
        var digest = store.GetBySeedKey(AtyrauKey)!;
        var corrected = digest.Content with { MeetingDate = new DateOnly(2024, 1, 11) };
        digest.Correct(corrected, by: 42, Now, "The visit was on 11 January.");
        store.Update(digest);
        EditSeed(AtyrauKey, seed => seed["meetingDate"] = "2024-01-12");

        var report = DigestSeeds.Import(store, DigestSeeds.Load(_seeds, Regions), Astana, Now.AddDays(1));

        Assert.Equal([AtyrauKey], report.Kept);
        var kept = store.GetBySeedKey(AtyrauKey)!;
        Assert.Equal(corrected, kept.Content);
        Assert.Equal(42, Assert.Single(kept.Corrections).By);
    }

    [Fact]
    public void Import_ASeedRemovedFromTheFolder_LeavesItsDigestInTheArchive()
    {
        var store = new InMemoryDigestStore();
        DigestSeeds.Import(store, DigestSeeds.Load(_seeds, Regions), Astana, Now);
        File.Delete(Path.Combine(_seeds, DigestSeeds.FolderName, OnirKey + ".json"));

        var report = DigestSeeds.Import(store, DigestSeeds.Load(_seeds, Regions), Astana, Now);

        Assert.Equal([AtyrauKey], report.Unchanged);
        Assert.Equal(DigestStatus.Published, store.GetBySeedKey(OnirKey)!.Status);
    }

    [Fact]
    public void Load_ABrokenSeed_IsRefusedWithItsProblem()
    {
        EditSeed(OnirKey, seed => seed["regions"] = new JsonArray("atlantis"));
        File.Copy(Path.Combine(_seeds, DigestSeeds.FolderName, AtyrauKey + ".json"), Path.Combine(_seeds, DigestSeeds.FolderName, "zz-copy.json"));

        var unknown = Assert.Throws<InvalidDataException>(() => DigestSeeds.Load(_seeds, Regions));
        EditSeed(OnirKey, seed => seed["regions"] = new JsonArray("national"));
        var repeated = Assert.Throws<InvalidDataException>(() => DigestSeeds.Load(_seeds, Regions));

        Assert.Contains("RegionUnknown (atlantis)", unknown.Message, StringComparison.Ordinal);
        Assert.Contains($"the key '{AtyrauKey}' is used by another file", repeated.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_seeds, recursive: true);

    private void EditSeed(string key, Action<JsonObject> edit)
    {
        var path = Path.Combine(_seeds, DigestSeeds.FolderName, key + ".json");
        var seed = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(seed);
        File.WriteAllText(path, seed.ToJsonString());
    }
}
