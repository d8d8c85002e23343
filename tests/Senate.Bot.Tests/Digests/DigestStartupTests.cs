using System.Text.Json.Nodes;
using LiteDB;
using Microsoft.Extensions.Logging;
using Senate.Bot.Domain.Digests;

namespace Senate.Bot.Tests.Digests;

public sealed class DigestStartupTests : IAsyncLifetime
{
    private const string AtyrauKey = "2024-01-atyrau-speaker-visit";
    private readonly DigestHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task StartUp_Twice_AcrossARestart_GivesTheSameArchive()
    {
        await _harness.StartUp();
        var first = Archive();

        await _harness.Restart();
        _harness.Time.Advance(TimeSpan.FromDays(3));
        await _harness.StartUp();

        Assert.Equal(2, first.Count);
        Assert.Equal(first, Archive());
        Assert.Contains(_harness.Log.Messages, m => m.StartsWith("Seed digests: 2 added, 0 updated, 0 kept as staff left them, 0 unchanged.", StringComparison.Ordinal));
        Assert.Contains(_harness.Log.Messages, m => m.StartsWith("Seed digests: 0 added, 0 updated, 0 kept as staff left them, 2 unchanged.", StringComparison.Ordinal));
        Assert.Contains(_harness.Log.Messages, m => m.StartsWith("Digest search index built: 2 published digests", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartUp_SeededDigests_ArePublishedHistory_NotForSubscribers()
    {
        await _harness.StartUp();

        var archive = _harness.Digests.Find(DigestFilter.Archive(), 0, 10).Items;
        Assert.Equal(["2024-01-atyrau-speaker-visit", "2023-onir-deputy-group"], archive.Select(d => d.SeedKey));
        Assert.All(archive, d => Assert.Equal(DigestDelivery.Never, d.Delivery));
        Assert.Empty(_harness.Digests.PendingDelivery());
        Assert.Empty(_harness.Digests.PublishedBetween(DateTime.MinValue.ToUniversalTime(), DateTime.MaxValue.ToUniversalTime()));
    }

    [Fact]
    public async Task StartUp_AChangedSeedFile_UpdatesAnUneditedDigest()
    {
        _harness.CopySeeds();
        await _harness.StartUp();
        EditSeed(AtyrauKey, seed => seed["meetingDate"] = "2024-01-12");

        await _harness.Restart();
        await _harness.StartUp();

        Assert.Equal(new DateOnly(2024, 1, 12), _harness.Digests.GetBySeedKey(AtyrauKey)!.Content.MeetingDate);
        Assert.Contains(_harness.Log.Messages, m => m.StartsWith("Seed digests: 0 added, 1 updated, 0 kept as staff left them, 1 unchanged.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartUp_AChangedSeedFile_KeepsAStaffCorrection_AndSaysSo()
    {
        _harness.CopySeeds();
        await _harness.StartUp();
        var corrected = await _harness.Run(() =>
        {
            var digest = _harness.Digests.GetBySeedKey(AtyrauKey)!;
            var content = digest.Content with { MeetingDate = new DateOnly(2024, 1, 11) };
            digest.Correct(content, by: 42, _harness.Now, "The visit was on 11 January.");
            _harness.Digests.Update(digest);
            return content;
        });
        EditSeed(AtyrauKey, seed => seed["meetingDate"] = "2024-01-12");

        await _harness.Restart();
        await _harness.StartUp();

        var kept = _harness.Digests.GetBySeedKey(AtyrauKey)!;
        Assert.Equal(corrected, kept.Content);
        Assert.Equal("The visit was on 11 January.", Assert.Single(kept.Corrections).Note);
        Assert.Contains(_harness.Log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains($"'{AtyrauKey}' changed, but staff have changed that digest", StringComparison.Ordinal));
        Assert.Equal([kept.Id], _harness.Search.Search("экологии"));
    }

    private List<string> Archive() =>
        [.. _harness.Database.Collection<BsonDocument>("digests").FindAll().Select(d => d.ToString())];

    private void EditSeed(string key, Action<JsonObject> edit)
    {
        var path = Path.Combine(_harness.SeedsPath, DigestSeeds.FolderName, key + ".json");
        var seed = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(seed);
        File.WriteAllText(path, seed.ToJsonString());
    }
}
