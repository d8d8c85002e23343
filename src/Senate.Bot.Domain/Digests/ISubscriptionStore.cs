namespace Senate.Bot.Domain.Digests;

/// <summary>
/// Storage of digest subscriptions, one per person. Synchronous and bound to the host's current transaction like
/// every store: read a subscription, change it and save it in the same unit of work.
/// </summary>
public interface ISubscriptionStore
{
    /// <summary>A person's subscription, or null when they follow nothing.</summary>
    DigestSubscription? Get(long userId);

    /// <summary>
    /// Saves a subscription; one that follows nothing is deleted (opt-in: absent means not subscribed). The stored
    /// <see cref="DigestSubscription.LastRollupWeek"/> never moves back, so saving a copy read before a roll-up
    /// cannot make the roll-up go twice.
    /// </summary>
    void Save(DigestSubscription subscription);

    /// <summary>Deletes a person's subscription, if any.</summary>
    void Delete(long userId);

    /// <summary>
    /// The user ids of the subscribers with a frequency who follow any of <paramref name="regionIds"/> (region ids
    /// or <see cref="DigestRegions.National"/>): each person once, in ascending order.
    /// </summary>
    IReadOnlyList<long> Subscribers(IReadOnlyCollection<string> regionIds, DigestFrequency frequency);

    /// <summary>
    /// How many people follow any of <paramref name="regionIds"/>, by frequency, each person once (the recipient
    /// count staff see before publishing).
    /// </summary>
    SubscriberCounts Count(IReadOnlyCollection<string> regionIds);

    /// <summary>How many people follow each region id (and "national"), whatever the frequency; absent ids have none.</summary>
    IReadOnlyDictionary<string, int> CountByRegion();

    /// <summary>
    /// The user ids of the weekly subscribers who have not had the roll-up of <paramref name="week"/> (their
    /// <see cref="DigestSubscription.LastRollupWeek"/> is earlier or unset), in ascending order.
    /// </summary>
    IReadOnlyList<long> DueForRollup(DateOnly week);

    /// <summary>Records that a person's roll-up of <paramref name="week"/> was handed to the sender.</summary>
    void MarkRolledUp(long userId, DateOnly week);
}
