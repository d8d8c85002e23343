using LiteDB;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Storage;

namespace Senate.Bot.Digests;

/// <summary>
/// Digest subscriptions in LiteDB, one document per subscriber keyed by user id. A multi-key index on the followed
/// regions finds a region's subscribers without reading anyone else's; an index on the frequency finds the weekly
/// subscribers. Only subscribers exist here: a subscription that follows nothing is deleted.
/// </summary>
public sealed class SubscriptionStore : ISubscriptionStore
{
    private readonly ILiteCollection<DigestSubscription> _subscriptions;

    /// <summary>Opens the collection and its indexes.</summary>
    public SubscriptionStore(BotDatabase database)
    {
        DigestBson.Register(database.Mapper);
        _subscriptions = database.Collection<DigestSubscription>("digest_subscriptions");
        _subscriptions.EnsureIndex("region", "$.RegionIds[*]");
        _subscriptions.EnsureIndex(s => s.Frequency);
    }

    /// <inheritdoc />
    public DigestSubscription? Get(long userId) => _subscriptions.FindById(userId);

    /// <inheritdoc />
    public void Save(DigestSubscription subscription)
    {
        if (!subscription.IsActive)
        {
            Delete(subscription.UserId);
            return;
        }

        // A roll-up once handed to the sender stays had, whichever copy of the subscription is saved.
        var had = Get(subscription.UserId)?.LastRollupWeek;
        var latest = had > subscription.LastRollupWeek ? had : subscription.LastRollupWeek ?? had;
        _subscriptions.Upsert(subscription with { LastRollupWeek = latest });
    }

    /// <inheritdoc />
    public void Delete(long userId) => _subscriptions.Delete(userId);

    /// <inheritdoc />
    public IReadOnlyList<long> Subscribers(IReadOnlyCollection<string> regionIds, DigestFrequency frequency) =>
        [.. Following(regionIds).Where(s => s.Frequency == frequency).Select(s => s.UserId).Distinct().Order()];

    /// <inheritdoc />
    public SubscriberCounts Count(IReadOnlyCollection<string> regionIds)
    {
        var frequencies = Following(regionIds).DistinctBy(s => s.UserId).CountBy(s => s.Frequency).ToDictionary();
        return new SubscriberCounts(frequencies.GetValueOrDefault(DigestFrequency.Immediately), frequencies.GetValueOrDefault(DigestFrequency.Weekly));
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> CountByRegion() =>
        _subscriptions.FindAll().SelectMany(s => s.RegionIds).CountBy(id => id).ToDictionary();

    /// <inheritdoc />
    public IReadOnlyList<long> DueForRollup(DateOnly week) =>
        [.. _subscriptions.Find(s => s.Frequency == DigestFrequency.Weekly)
            .Where(s => s.LastRollupWeek is null || s.LastRollupWeek < week)
            .Select(s => s.UserId)
            .Order()];

    /// <inheritdoc />
    public void MarkRolledUp(long userId, DateOnly week)
    {
        if (Get(userId) is { } subscription && !(subscription.LastRollupWeek >= week))
        {
            _subscriptions.Update(subscription with { LastRollupWeek = week });
        }
    }

    private IEnumerable<DigestSubscription> Following(IReadOnlyCollection<string> regionIds) =>
        regionIds.Distinct().SelectMany(region => _subscriptions.Find(s => s.RegionIds.Contains(region)));
}
