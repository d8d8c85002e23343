namespace Senate.Bot.Domain.Youth;

/// <summary>An event being created or changed by staff (kept as JSON in the conversation record).</summary>
internal sealed class EventDraft
{
    /// <summary>The event being changed; null while creating one.</summary>
    public long? EventId { get; set; }

    public string? ProgrammeId { get; set; }

    public string? TitleKk { get; set; }

    public string? TitleRu { get; set; }

    public string? TitleEn { get; set; }

    public DateTime? StartUtc { get; set; }

    public string? Place { get; set; }

    public string? OnlineUrl { get; set; }

    public int? Capacity { get; set; }

    public int? MinAge { get; set; }

    public int? MaxAge { get; set; }

    public DateTime? DeadlineUtc { get; set; }
}
