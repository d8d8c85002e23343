namespace Senate.Bot.Domain.Deliveries;

/// <summary>Where a delivery is in its life; see <see cref="Delivery"/> for the moves between them.</summary>
public enum DeliveryStatus
{
    /// <summary>Waiting for <see cref="Delivery.DueUtc"/>; its audience is not fixed yet.</summary>
    Scheduled,

    /// <summary>Its audience is fixed and recipients are handed to the sender batch by batch.</summary>
    Sending,

    /// <summary>Stopped by staff; nothing more is handed to the sender until resumed.</summary>
    Paused,

    /// <summary>Stopped for good by staff; what was handed to the sender before still goes.</summary>
    Cancelled,

    /// <summary>Every recipient has a result.</summary>
    Completed,
}
