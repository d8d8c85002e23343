namespace Senate.Bot.Domain.Deliveries;

/// <summary>What can happen to a delivery; <see cref="Delivery.Can"/> tells which are possible in its status.</summary>
public enum DeliveryAction
{
    /// <summary>Fix the audience and start sending.</summary>
    Start,

    /// <summary>Stop handing recipients to the sender for a while.</summary>
    Pause,

    /// <summary>Go on after a pause.</summary>
    Resume,

    /// <summary>Stop for good.</summary>
    Cancel,

    /// <summary>Every recipient has a result.</summary>
    Complete,
}
