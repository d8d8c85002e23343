namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// What the similar-concern search needs of an open concern, with its description's word stems computed once
/// (a store may keep these in memory instead of reading and mapping every open concern at each search).
/// </summary>
/// <param name="Id">The concern's id.</param>
/// <param name="RegionId">Its region.</param>
/// <param name="CategoryId">Its category.</param>
/// <param name="AuthorId">Its author, null once erased.</param>
/// <param name="SupporterIds">Who said "me too".</param>
/// <param name="SupportCount">How many said "me too".</param>
/// <param name="RegisteredUtc">When it was submitted.</param>
/// <param name="Stems">The distinct stems of its description's words, as <see cref="TextMatching.StemKeys"/> gives them.</param>
public sealed record OpenConcern(
    long Id, string RegionId, string CategoryId, long? AuthorId, long[] SupporterIds, int SupportCount, DateTime RegisteredUtc, UInt128[] Stems)
{
    /// <summary>The summary of a concern as it is now (a copy: later changes to the concern do not show).</summary>
    public static OpenConcern Of(Concern concern) => new(
        concern.Id,
        concern.RegionId,
        concern.CategoryId,
        concern.AuthorId,
        [.. concern.SupporterIds],
        concern.SupportCount,
        concern.RegisteredUtc,
        TextMatching.StemKeys(concern.Description));

    /// <summary>The open concerns of a region and category in ascending id order, found in <paramref name="store"/>.</summary>
    public static IReadOnlyList<OpenConcern> Find(IConcernStore store, string regionId, string categoryId) =>
        [.. store.Find(new ConcernFilter { RegionId = regionId, CategoryId = categoryId, Statuses = ConcernLifecycle.OpenStatuses })
            .OrderBy(c => c.Id)
            .Select(Of)];

    /// <summary>How many of its stems are among <paramref name="stems"/> (<see cref="TextMatching.StemKeys"/>): the words its description shares with another.</summary>
    public int Overlap(UInt128[] stems) => TextMatching.Shared(Stems, stems);
}
