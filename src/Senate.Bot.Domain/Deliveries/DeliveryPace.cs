namespace Senate.Bot.Domain.Deliveries;

/// <summary>How fast a delivery is going, as the host measures it on the sending clock.</summary>
/// <param name="PerSecond">Recipients finished per second lately; null before there is enough to tell.</param>
/// <param name="Remaining">The time the recipients left would take at that rate; null when unknown.</param>
public sealed record DeliveryPace(double? PerSecond, TimeSpan? Remaining)
{
    /// <summary>Nothing measured yet.</summary>
    public static DeliveryPace Unknown { get; } = new(null, null);
}
