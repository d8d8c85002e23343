namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// Storage of concerns. Synchronous: the host runs the whole handling of one update in one transaction on a single
/// writer thread, so a read-check-write in the domain (a daily limit, a support count, the receipt counter) is atomic.
/// Returned concerns are the caller's to change; a change is kept by <see cref="Update"/>.
/// </summary>
public interface IConcernStore
{
    /// <summary>The concern with an id, or null.</summary>
    Concern? Get(long id);

    /// <summary>The concern with a receipt number (case-insensitive), or null.</summary>
    Concern? GetByNumber(string number);

    /// <summary>Adds a new concern and assigns its <see cref="Concern.Id"/> (positive, never reused).</summary>
    void Insert(Concern concern);

    /// <summary>Saves a changed concern.</summary>
    void Update(Concern concern);

    /// <summary>Increments and returns the receipt counter of a year: 1 for the first concern of that year.</summary>
    int NextNumber(int year);

    /// <summary>All concerns of an author, in any order.</summary>
    IReadOnlyList<Concern> ByAuthor(long authorId);

    /// <summary>The concerns matching a filter, in any order.</summary>
    IReadOnlyList<Concern> Find(ConcernFilter filter);

    /// <summary>The open concerns of a region and category, in ascending id order, as the similar-concern search needs them.</summary>
    /// <remarks>By default the concerns are found with <see cref="Find"/>; a store may keep them in memory.</remarks>
    IReadOnlyList<OpenConcern> Open(string regionId, string categoryId) => OpenConcern.Find(this, regionId, categoryId);
}
