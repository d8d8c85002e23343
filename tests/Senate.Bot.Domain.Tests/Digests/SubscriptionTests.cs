using Senate.Bot.Domain.Digests;
using static Senate.Bot.Domain.Tests.Digests.DigestSamples;

namespace Senate.Bot.Domain.Tests.Digests;

public sealed class SubscriptionTests
{
    [Fact]
    public void Toggle_AddsThenRemoves_KeepingRegionsSortedOnce()
    {
        var subscription = DigestSubscription.None(5)
            .Toggle("atyrau", Now)
            .Toggle("national", Now)
            .Toggle("abai", Now)
            .Toggle("national", Now);

        Assert.Equal(["abai", "atyrau"], subscription.RegionIds);
        Assert.True(subscription.IsActive);
        Assert.Equal(Now, subscription.UpdatedUtc);
        Assert.False(DigestSubscription.None(5).IsActive);
    }

    [Fact]
    public void Without_RemovesOneRegion_AndLeavesTheRest()
    {
        var subscription = DigestSubscription.None(5).WithRegions(["atyrau", "national", "atyrau"], Now);

        Assert.Equal(["atyrau", "national"], subscription.RegionIds);
        Assert.Equal(["national"], subscription.Without("atyrau", Now).RegionIds);
        Assert.Equal(subscription.RegionIds, subscription.Without("shymkent", Now).RegionIds);
    }

    [Fact]
    public void Covers_AnyOfTheDigestsRegions()
    {
        var subscription = DigestSubscription.None(5).WithRegions(["atyrau", "national"], Now);

        Assert.True(subscription.Covers(Content() with { RegionIds = ["mangystau", "atyrau"] }));
        Assert.True(subscription.Covers(Content("national")));
        Assert.False(subscription.Covers(Content("astana")));
    }

    [Fact]
    public void WithFrequency_Weekly_CountsTheCurrentRollupAsHad()
    {
        var current = WeeklyRollup.LatestDue(Now, Astana);

        var weekly = DigestSubscription.None(5).Toggle("atyrau", Now).WithFrequency(DigestFrequency.Weekly, current, Now);
        var back = weekly.WithFrequency(DigestFrequency.Immediately, current, Now).WithFrequency(DigestFrequency.Weekly, current, Now);

        Assert.Equal((DigestFrequency.Weekly, current.Week), (weekly.Frequency, weekly.LastRollupWeek!.Value));
        Assert.Equal(current.Week, back.LastRollupWeek);
    }

    [Theory]
    [InlineData("2026-03-02T04:59:59Z", "2026-02-23")]
    [InlineData("2026-03-02T05:00:00Z", "2026-03-02")]
    [InlineData("2026-03-08T18:59:59Z", "2026-03-02")]
    [InlineData("2026-03-08T19:00:00Z", "2026-03-02")]
    [InlineData("2026-03-09T05:00:00Z", "2026-03-09")]
    public void LatestDue_IsMonday10InAstana(string now, string week)
    {
        // Astana is UTC+5: Monday 10:00 there is 05:00 UTC.
        var rollup = WeeklyRollup.LatestDue(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), Astana);

        Assert.Equal(DateOnly.Parse(week, System.Globalization.CultureInfo.InvariantCulture), rollup.Week);
        Assert.Equal(DayOfWeek.Monday, rollup.Week.DayOfWeek);
        Assert.Equal(rollup.Week.ToDateTime(new TimeOnly(5, 0), DateTimeKind.Utc), rollup.DueUtc);
        Assert.Equal(rollup.DueUtc.AddDays(-7), rollup.FromUtc);
    }

    [Fact]
    public void For_ListsTheWeeksDigestsOfTheSubscribersRegions_NotHistoryNorWithdrawn()
    {
        var rollup = WeeklyRollup.LatestDue(Now, Astana);
        var subscription = DigestSubscription.None(5).WithRegions(["atyrau", "national"], Now);
        var digests = new[]
        {
            Published(1, "atyrau", rollup.FromUtc),
            Published(2, "national", rollup.DueUtc.AddTicks(-1)),
            Published(3, "astana", rollup.FromUtc.AddDays(1)),
            Published(4, "atyrau", rollup.FromUtc.AddTicks(-1)),
            Published(5, "atyrau", rollup.DueUtc),
            Digest.FromSeed("seed", Content(), rollup.FromUtc.AddDays(2), Now),
            Withdrawn(7, rollup.FromUtc.AddDays(3)),
        };

        Assert.Equal([1L, 2L], rollup.For(subscription, digests).Select(d => d.Id));
    }

    private static Digest Published(long id, string region, DateTime publishedUtc)
    {
        var digest = Digest.NewDraft(Content(region), 7, publishedUtc);
        digest.Id = id;
        digest.Publish(publishedUtc);
        return digest;
    }

    private static Digest Withdrawn(long id, DateTime publishedUtc)
    {
        var digest = Published(id, "atyrau", publishedUtc);
        digest.Withdraw(7, publishedUtc);
        return digest;
    }
}
