namespace Senate.Bot.Domain.Concerns;

/// <summary>A query over concerns; every criterion left null matches everything.</summary>
public sealed record ConcernFilter
{
    /// <summary>Only this region.</summary>
    public string? RegionId { get; init; }

    /// <summary>Only this category.</summary>
    public string? CategoryId { get; init; }

    /// <summary>Only these statuses.</summary>
    public IReadOnlyCollection<ConcernStatus>? Statuses { get; init; }

    /// <summary>Only concerns submitted at or after this moment.</summary>
    public DateTime? RegisteredFromUtc { get; init; }

    /// <summary>Only concerns submitted before this moment.</summary>
    public DateTime? RegisteredBeforeUtc { get; init; }

    /// <summary>True if a concern matches (the in-memory meaning of the filter; a store may translate it to a query).</summary>
    public bool Matches(Concern concern) =>
        (RegionId is null || concern.RegionId == RegionId)
        && (CategoryId is null || concern.CategoryId == CategoryId)
        && (Statuses is null || Statuses.Contains(concern.Status))
        && (RegisteredFromUtc is null || concern.RegisteredUtc >= RegisteredFromUtc)
        && (RegisteredBeforeUtc is null || concern.RegisteredUtc < RegisteredBeforeUtc);
}
