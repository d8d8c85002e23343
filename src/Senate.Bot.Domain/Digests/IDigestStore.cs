namespace Senate.Bot.Domain.Digests;

/// <summary>
/// Storage of digests. Synchronous, like every store: the host calls it inside the one transaction in which it
/// handles an update or runs a job, on the single writer thread, so a read followed by a write is atomic. Returned
/// digests are the caller's to change; a change is kept by <see cref="Update"/>. The search index follows what is
/// saved once the transaction commits (see <see cref="IDigestSearch"/>).
/// </summary>
public interface IDigestStore
{
    /// <summary>The digest with an id, or null.</summary>
    Digest? Get(long id);

    /// <summary>The digest imported from the seed with a key, or null.</summary>
    Digest? GetBySeedKey(string seedKey);

    /// <summary>Stores a new digest and sets its <see cref="Digest.Id"/> to a new positive id (never reused).</summary>
    void Insert(Digest digest);

    /// <summary>Saves a changed digest.</summary>
    void Update(Digest digest);

    /// <summary>
    /// A page of the digests matching a filter, newest first: by meeting date, then the most recently created.
    /// </summary>
    /// <param name="filter">Which digests.</param>
    /// <param name="skip">How many to pass over (the page number times the page size).</param>
    /// <param name="take">The page size (at least 1).</param>
    DigestPage Find(DigestFilter filter, int skip, int take);

    /// <summary>Scheduled digests whose time has come (<see cref="Digest.ScheduledUtc"/> at or before now), earliest first.</summary>
    IReadOnlyList<Digest> DueForPublishing(DateTime nowUtc);

    /// <summary>Published digests not yet delivered to the subscribers who chose "at once", earliest published first.</summary>
    IReadOnlyList<Digest> PendingDelivery();

    /// <summary>
    /// Published digests (not withdrawn, not seeded history) published at or after <paramref name="fromUtc"/> and
    /// before <paramref name="toUtc"/>, earliest first: the candidates for a weekly roll-up.
    /// </summary>
    IReadOnlyList<Digest> PublishedBetween(DateTime fromUtc, DateTime toUtc);
}
