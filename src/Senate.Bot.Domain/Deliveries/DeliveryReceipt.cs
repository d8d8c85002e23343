namespace Senate.Bot.Domain.Deliveries;

/// <summary>How the sender finished one <see cref="DeliveryItem"/>.</summary>
/// <param name="DeliveryId">The delivery.</param>
/// <param name="Seq">The recipient's place in the audience.</param>
/// <param name="UserId">The recipient.</param>
/// <param name="Part">Which of the recipient's messages.</param>
/// <param name="Parts">How many messages the recipient gets.</param>
/// <param name="Outcome">Sent, blocked or failed.</param>
/// <param name="MessageIds">The ids of the messages Telegram created.</param>
/// <param name="Error">Why it failed, if it did.</param>
public sealed record DeliveryReceipt(long DeliveryId, int Seq, long UserId, int Part, int Parts, DeliveryOutcome Outcome, IReadOnlyList<int> MessageIds, string? Error = null);
