namespace Senate.Bot.Domain.Digests;

/// <summary>
/// Whether a published digest has gone to the subscribers who chose "at once". Weekly subscribers get every
/// published digest except <see cref="Never"/> ones in their roll-up, whatever this says.
/// </summary>
public enum DigestDelivery
{
    /// <summary>Not yet handed to the delivery engine (for a published digest: due now).</summary>
    Pending,

    /// <summary>Handed to the delivery engine, at <see cref="Digest.DeliveredUtc"/>; its delivery sends it.</summary>
    Delivered,

    /// <summary>Never sent to subscribers: history imported from the seeds, found in the archive only.</summary>
    Never,
}
