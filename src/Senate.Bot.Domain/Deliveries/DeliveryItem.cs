using Senate.Bot.Domain.Conversations;

namespace Senate.Bot.Domain.Deliveries;

/// <summary>
/// One message of one recipient handed to the sender: the host writes it to the outbox with these coordinates, and the
/// sender's answer comes back as a <see cref="DeliveryReceipt"/> with the same ones.
/// </summary>
/// <param name="DeliveryId">The delivery.</param>
/// <param name="Seq">The recipient's place in the audience.</param>
/// <param name="UserId">The recipient.</param>
/// <param name="Part">Which of the recipient's messages (from 0).</param>
/// <param name="Parts">How many messages the recipient gets (a long digest goes as a photo and its text).</param>
/// <param name="Reply">The message, with its chat and language set.</param>
public sealed record DeliveryItem(long DeliveryId, int Seq, long UserId, int Part, int Parts, Reply Reply);
