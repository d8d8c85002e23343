namespace Senate.Bot.Domain.Deliveries;

/// <summary>What a delivery carries; the feature that owns the kind composes its messages (<see cref="IDeliverySource"/>).</summary>
public enum DeliveryKind
{
    /// <summary>A published digest to its "at once" subscribers.</summary>
    Digest,

    /// <summary>A staff announcement to its audience.</summary>
    Broadcast,

    /// <summary>The deletion of a broadcast from every chat it reached.</summary>
    Recall,
}
