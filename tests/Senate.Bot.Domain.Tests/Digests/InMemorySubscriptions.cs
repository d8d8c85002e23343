using Senate.Bot.Domain.Digests;

namespace Senate.Bot.Domain.Tests.Digests;

/// <summary>Subscriptions in memory, with the queries the host's store answers (each person once, ascending ids).</summary>
internal sealed class InMemorySubscriptions : ISubscriptionStore
{
    private readonly SortedDictionary<long, DigestSubscription> _rows = [];

    public DigestSubscription? Get(long userId) => _rows.GetValueOrDefault(userId);

    public void Save(DigestSubscription subscription)
    {
        if (!subscription.IsActive)
        {
            _rows.Remove(subscription.UserId);
            return;
        }

        // The week a roll-up was sent never moves back, as in the host's store.
        var week = _rows.GetValueOrDefault(subscription.UserId)?.LastRollupWeek;
        _rows[subscription.UserId] = week > subscription.LastRollupWeek ? subscription with { LastRollupWeek = week } : subscription;
    }

    public void Delete(long userId) => _rows.Remove(userId);

    public IReadOnlyList<long> Subscribers(IReadOnlyCollection<string> regionIds, DigestFrequency frequency) =>
        [.. _rows.Values.Where(s => s.Frequency == frequency && s.RegionIds.Any(regionIds.Contains)).Select(s => s.UserId)];

    public SubscriberCounts Count(IReadOnlyCollection<string> regionIds) => new(
        Subscribers(regionIds, DigestFrequency.Immediately).Count,
        Subscribers(regionIds, DigestFrequency.Weekly).Count);

    public IReadOnlyDictionary<string, int> CountByRegion() =>
        _rows.Values.SelectMany(s => s.RegionIds).GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());

    public IReadOnlyList<long> DueForRollup(DateOnly week) =>
        [.. _rows.Values.Where(s => s.Frequency == DigestFrequency.Weekly && (s.LastRollupWeek is null || s.LastRollupWeek < week)).Select(s => s.UserId)];

    public void MarkRolledUp(long userId, DateOnly week)
    {
        if (_rows.TryGetValue(userId, out var subscription))
        {
            _rows[userId] = subscription with { LastRollupWeek = week };
        }
    }
}
