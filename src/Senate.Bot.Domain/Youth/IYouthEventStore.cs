namespace Senate.Bot.Domain.Youth;

/// <summary>
/// Stored youth events. Synchronous: the host calls it inside the one transaction in which it handles an update
/// (or runs a background job), on a single writer thread, so a read followed by a write cannot interleave with
/// another update's.
/// </summary>
public interface IYouthEventStore
{
    /// <summary>The event with an id, or null.</summary>
    YouthEvent? Get(long id);

    /// <summary>Stores a new event and sets its <see cref="YouthEvent.Id"/> to a new positive id.</summary>
    void Insert(YouthEvent youthEvent);

    /// <summary>Saves a changed event.</summary>
    void Update(YouthEvent youthEvent);

    /// <summary>Events (of any status) starting after <paramref name="fromUtc"/> and at or before <paramref name="toUtc"/>, by start time.</summary>
    IReadOnlyList<YouthEvent> StartingBetween(DateTime fromUtc, DateTime toUtc);
}
