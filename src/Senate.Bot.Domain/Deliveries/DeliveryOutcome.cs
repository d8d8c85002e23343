namespace Senate.Bot.Domain.Deliveries;

/// <summary>
/// How one recipient's delivery ended. A recipient of the audience without a result is pending: not yet handed to the
/// sender, or handed and not yet answered.
/// </summary>
public enum DeliveryOutcome
{
    /// <summary>Telegram took every message; their ids are kept (for a recall).</summary>
    Sent,

    /// <summary>The person has blocked the bot (403, now or before their turn came); they are marked and skipped from then on.</summary>
    Blocked,

    /// <summary>Telegram refused the message, or transient failures outlasted the retries.</summary>
    Failed,

    /// <summary>No longer to be sent by their turn: they erased their data, or (for a digest) unsubscribed.</summary>
    Skipped,
}
