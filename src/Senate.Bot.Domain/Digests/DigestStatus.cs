namespace Senate.Bot.Domain.Digests;

/// <summary>Where a digest is in its life; see <see cref="Digest"/> for the moves between them.</summary>
public enum DigestStatus
{
    /// <summary>Being prepared by staff; seen by staff only.</summary>
    Draft,

    /// <summary>To be published at <see cref="Digest.ScheduledUtc"/>; seen by staff only.</summary>
    Scheduled,

    /// <summary>In the archive, searchable, delivered to subscribers.</summary>
    Published,

    /// <summary>Taken out of the archive (or a draft discarded); kept for the record, shown to nobody.</summary>
    Withdrawn,
}
