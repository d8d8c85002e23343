using LiteDB;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Tests.Digests;

public sealed class DigestStorageTests : IAsyncLifetime
{
    private readonly DigestHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Insert_EveryField_SurvivesARoundTrip_WithUtcDatesAndUntrimmedText()
    {
        var at = new DateTime(2026, 3, 2, 5, 30, 0, DateTimeKind.Utc);
        var digest = new Digest
        {
            SeedKey = "seed-key",
            SeedFingerprint = "abc123",
            Content = new DigestContent
            {
                MeetingDate = new DateOnly(2024, 1, 12),
                RegionIds = ["atyrau", "west-kazakhstan"],
                Versions =
                [
                    new(Language.Kk, " Жайық өзені ", new FormattedText("🏞 Жайық өзенінің тартылуы\n\n  екінші абзац ", [new(SpanKind.Bold, 3, 5), new(SpanKind.TextLink, 9, 9, "https://senate.parlam.kz/?a=1&b=2")])),
                    new(Language.Ru, "Река", new FormattedText("код", [new(SpanKind.Pre, 0, 3, Language: "csharp")])),
                    new(Language.En, "River", FormattedText.Plain("")),
                ],
                Photo = new DigestPhoto("AgACAgIAAx", "images/atyrau.jpg"),
                Source = new DigestSource { Name = new LocalizedString("Сенат", " Сенат ", "Senate"), Url = "https://senate.parlam.kz/ru/news" },
            },
            Status = DigestStatus.Withdrawn,
            ScheduledUtc = at,
            PublishedUtc = at.AddHours(1),
            Delivery = DigestDelivery.Delivered,
            DeliveredUtc = at.AddHours(2),
            WithdrawnUtc = at.AddHours(3),
            WithdrawnBy = 11,
            CreatedBy = 7,
            CreatedUtc = at.AddDays(-1),
            UpdatedUtc = at.AddHours(3),
            Corrections = [new DigestCorrection(at.AddMinutes(90), 9, DigestChanges.Text | DigestChanges.Regions, " typo ")],
        };

        await _harness.Run(() => _harness.Digests.Insert(digest));
        var back = _harness.Digests.Get(digest.Id)!;

        Assert.True(digest.Id > 0);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(digest), System.Text.Json.JsonSerializer.Serialize(back));
        Assert.Equal(digest.Content, back.Content);
        Assert.All([back.ScheduledUtc!.Value, back.PublishedUtc!.Value, back.DeliveredUtc!.Value, back.WithdrawnUtc!.Value, back.CreatedUtc, back.UpdatedUtc, back.Corrections[0].AtUtc], d => Assert.Equal(DateTimeKind.Utc, d.Kind));
        Assert.Equal(" Жайық өзені ", back.Content.Versions[0].Title);
        Assert.Equal(string.Empty, back.Content.Versions[2].Text.Text);
        Assert.Equal(digest.Id, _harness.Digests.GetBySeedKey("seed-key")!.Id);
        Assert.Null(_harness.Digests.GetBySeedKey("other"));
    }

    [Fact]
    public async Task Insert_StoresTheMeetingDateAsAnIsoDate_AndNoComputedFields()
    {
        var digest = await _harness.Publish(DigestHarness.Content("national", Language.Ru, "Заседание", "Текст"));

        var raw = _harness.Database.Collection<BsonDocument>("digests").FindById(digest.Id);

        Assert.Equal("2026-02-27", raw["Content"]["MeetingDate"].AsString);
        Assert.False(raw["Content"].AsDocument.ContainsKey("IsNational"));
        Assert.Empty((IEnumerable<BsonValue>)raw["Content"]["Versions"].AsArray[0]["Text"]["Spans"].AsArray);
    }

    [Fact]
    public async Task Find_IsNewestFirst_Paged_AndFilteredByStatusAndRegion()
    {
        var ids = new Dictionary<string, long>();
        await _harness.Run(() =>
        {
            foreach (var (name, day, region, status) in new[]
            {
                ("a", 1, "atyrau", DigestStatus.Published), ("b", 3, "atyrau", DigestStatus.Published), ("c", 3, "astana", DigestStatus.Published),
                ("d", 2, "national", DigestStatus.Published), ("e", 5, "atyrau", DigestStatus.Draft), ("f", 4, "atyrau", DigestStatus.Withdrawn),
            })
            {
                var digest = Digest.NewDraft(DigestHarness.Content(region, Language.Ru, name, "Текст") with { MeetingDate = new DateOnly(2026, 1, day) }, 7, _harness.Now);
                if (status != DigestStatus.Draft)
                {
                    digest.Publish(_harness.Now);
                }

                if (status == DigestStatus.Withdrawn)
                {
                    digest.Withdraw(7, _harness.Now);
                }

                _harness.Digests.Insert(digest);
                ids[name] = digest.Id;
            }
        });

        string[] Titles(DigestPage page) => [.. page.Items.Select(d => d.Content.Versions[0].Title)];

        var first = _harness.Digests.Find(DigestFilter.Archive(), 0, 2);
        var second = _harness.Digests.Find(DigestFilter.Archive(), 2, 2);
        Assert.Equal(["c", "b"], Titles(first));
        Assert.True(first.HasMore);
        Assert.Equal(["d", "a"], Titles(second));
        Assert.False(second.HasMore);
        Assert.Equal(["b", "a"], Titles(_harness.Digests.Find(DigestFilter.Archive("atyrau"), 0, 10)));
        Assert.Equal(["d"], Titles(_harness.Digests.Find(DigestFilter.Archive("national"), 0, 10)));
        Assert.Equal(["e", "f", "c", "b", "d", "a"], Titles(_harness.Digests.Find(new DigestFilter(), 0, 10)));
        Assert.Equal(["e", "c", "b"], Titles(_harness.Digests.Find(new DigestFilter { Statuses = [DigestStatus.Draft, DigestStatus.Published] }, 0, 3)));
        Assert.Equal(["e", "f"], Titles(_harness.Digests.Find(new DigestFilter { Statuses = [DigestStatus.Draft, DigestStatus.Withdrawn], RegionId = "atyrau" }, 0, 5)));
    }

    [Fact]
    public async Task TheJobsQueries_FindDueScheduledPendingAndTheWeeksPublished()
    {
        var now = _harness.Now;
        var (due, later, pending, delivered, seeded) = await _harness.Run(() =>
        {
            Digest Save(Action<Digest> change)
            {
                var digest = Digest.NewDraft(DigestHarness.Content("atyrau", Language.Ru, "Заголовок", "Текст"), 7, now.AddDays(-10));
                change(digest);
                _harness.Digests.Insert(digest);
                return digest;
            }

            return (
                Save(d => d.Schedule(now, now.AddDays(-1))),
                Save(d => d.Schedule(now.AddMinutes(1), now)),
                Save(d => d.Publish(now.AddDays(-2))),
                Save(d => { d.Publish(now.AddDays(-3)); d.MarkDelivered(now.AddDays(-3)); }),
                Save(d => { d.Publish(now.AddDays(-1)); d.Delivery = DigestDelivery.Never; }));
        });

        Assert.Equal([due.Id], _harness.Digests.DueForPublishing(now).Select(d => d.Id));
        Assert.Equal([pending.Id], _harness.Digests.PendingDelivery().Select(d => d.Id));
        Assert.Equal([delivered.Id, pending.Id], _harness.Digests.PublishedBetween(now.AddDays(-7), now).Select(d => d.Id));
        Assert.Empty(_harness.Digests.PublishedBetween(now.AddDays(-7), now.AddDays(-3)));
        Assert.NotEqual(DigestStatus.Published, later.Status);
        Assert.Equal(DigestDelivery.Never, _harness.Digests.Get(seeded.Id)!.Delivery);
    }

    [Fact]
    public async Task Update_OfADigestThatDoesNotExist_Throws() =>
        await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.Run(() => _harness.Digests.Update(new Digest { Id = 404 })));
}
