using Senate.Bot.Domain.Digests;

namespace Senate.Bot.Tests.Digests;

public sealed class SubscriptionStorageTests : IAsyncLifetime
{
    private static readonly DateOnly Week = new(2026, 3, 2);
    private readonly DigestHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Save_EveryField_SurvivesARoundTrip()
    {
        var subscription = DigestSubscription.None(1001).WithRegions(["national", "atyrau"], _harness.Now) with
        {
            Frequency = DigestFrequency.Weekly,
            LastRollupWeek = Week,
        };

        await _harness.Run(() => _harness.Subscriptions.Save(subscription));
        var back = _harness.Subscriptions.Get(1001)!;

        Assert.Equal(subscription, back);
        Assert.Equal(DateTimeKind.Utc, back.UpdatedUtc.Kind);
        Assert.Null(_harness.Subscriptions.Get(1002));
    }

    [Fact]
    public async Task Save_FollowingNothing_DeletesTheSubscription()
    {
        await Save(1, DigestFrequency.Immediately, "atyrau");

        await _harness.Run(() => _harness.Subscriptions.Save(_harness.Subscriptions.Get(1)!.Without("atyrau", _harness.Now)));

        Assert.Null(_harness.Subscriptions.Get(1));
        Assert.Empty(_harness.Subscriptions.Subscribers(["atyrau"], DigestFrequency.Immediately));
    }

    [Fact]
    public async Task Subscribers_OfAnyRegion_EachPersonOnce_ByFrequency()
    {
        await Save(3, DigestFrequency.Immediately, "atyrau", "national");
        await Save(1, DigestFrequency.Immediately, "atyrau");
        await Save(2, DigestFrequency.Weekly, "atyrau");
        await Save(4, DigestFrequency.Immediately, "national");
        await Save(5, DigestFrequency.Immediately, "astana");

        Assert.Equal([1L, 3L], _harness.Subscriptions.Subscribers(["atyrau", "west-kazakhstan"], DigestFrequency.Immediately));
        Assert.Equal([1L, 3L, 4L], _harness.Subscriptions.Subscribers(["atyrau", "national", "atyrau"], DigestFrequency.Immediately));
        Assert.Equal([2L], _harness.Subscriptions.Subscribers(["atyrau"], DigestFrequency.Weekly));
        Assert.Equal(new SubscriberCounts(2, 1), _harness.Subscriptions.Count(["atyrau"]));
        Assert.Equal(new SubscriberCounts(3, 1), _harness.Subscriptions.Count(["atyrau", "national"]));
        Assert.Equal(
            new Dictionary<string, int> { ["atyrau"] = 3, ["national"] = 2, ["astana"] = 1 }.OrderBy(p => p.Key),
            _harness.Subscriptions.CountByRegion().OrderBy(p => p.Key));
    }

    [Fact]
    public async Task DueForRollup_WeeklySubscribersNotYetRolledUp_OnceMarkedNeverAgain()
    {
        await Save(1, DigestFrequency.Weekly, "atyrau");
        await Save(2, DigestFrequency.Weekly, "astana");
        await Save(3, DigestFrequency.Immediately, "atyrau");
        await _harness.Run(() => _harness.Subscriptions.MarkRolledUp(2, Week.AddDays(-7)));

        Assert.Equal([1L, 2L], _harness.Subscriptions.DueForRollup(Week));

        await _harness.Run(() => _harness.Subscriptions.MarkRolledUp(1, Week));
        Assert.Equal([2L], _harness.Subscriptions.DueForRollup(Week));
        await _harness.Run(() => _harness.Subscriptions.MarkRolledUp(1, Week.AddDays(-7)));
        Assert.Equal(Week, _harness.Subscriptions.Get(1)!.LastRollupWeek);
    }

    [Fact]
    public async Task Save_ACopyReadBeforeTheRollup_DoesNotMakeItGoAgain()
    {
        await Save(1, DigestFrequency.Weekly, "atyrau");
        var stale = _harness.Subscriptions.Get(1)!;
        await _harness.Run(() => _harness.Subscriptions.MarkRolledUp(1, Week));

        await _harness.Run(() => _harness.Subscriptions.Save(stale.Toggle("national", _harness.Now)));

        Assert.Equal(Week, _harness.Subscriptions.Get(1)!.LastRollupWeek);
        Assert.Equal(["atyrau", "national"], _harness.Subscriptions.Get(1)!.RegionIds);
        Assert.Empty(_harness.Subscriptions.DueForRollup(Week));
    }

    private Task Save(long userId, DigestFrequency frequency, params string[] regions) =>
        _harness.Run(() => _harness.Subscriptions.Save(DigestSubscription.None(userId).WithRegions(regions, _harness.Now) with { Frequency = frequency }));
}
