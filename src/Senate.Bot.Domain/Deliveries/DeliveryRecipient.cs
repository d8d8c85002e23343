namespace Senate.Bot.Domain.Deliveries;

/// <summary>
/// The result of one recipient of a delivery: written in the same unit of work that removes their sent message from
/// the outbox, so after a crash a recipient either has a result or still has their message in the outbox.
/// </summary>
public sealed class DeliveryRecipient
{
    /// <summary>The key: the delivery's id in the high 32 bits and <see cref="Seq"/> in the low ones (<see cref="KeyOf"/>).</summary>
    public long Id { get; set; }

    /// <summary>The delivery.</summary>
    public long DeliveryId { get; set; }

    /// <summary>The recipient's place in the delivery's audience, from 0.</summary>
    public int Seq { get; set; }

    /// <summary>The recipient's Telegram user id (their private chat).</summary>
    public long UserId { get; set; }

    /// <summary>How it ended.</summary>
    public DeliveryOutcome Outcome { get; set; }

    /// <summary>The ids of the messages Telegram created (every message of an album), for a recall.</summary>
    public List<int> MessageIds { get; set; } = [];

    /// <summary>Why it failed, as Telegram or the network put it.</summary>
    public string? Error { get; set; }

    /// <summary>When the result came.</summary>
    public DateTime AtUtc { get; set; }

    /// <summary>The key of a recipient.</summary>
    public static long KeyOf(long deliveryId, int seq) => (deliveryId << 32) | (uint)seq;
}
