using Senate.Bot.Domain.Deliveries;
using Senate.Bot.Storage;
using Senate.Bot.Telegram;

namespace Senate.Bot.Deliveries;

/// <summary>
/// Records how each message of a delivery ended, in the unit of work in which the dispatcher removes it from the
/// outbox: after a crash a recipient has either a result or a message still owed, never both and never neither. Wakes
/// the engine when a delivery has nothing more to wait for, so its final report goes at once.
/// </summary>
public sealed class DeliveryLedger(Domain.Deliveries.Deliveries deliveries, DatabaseWriter writer, DeliverySignal signal, TimeProvider time) : IOutboxOutcomes
{
    /// <inheritdoc />
    public void Finished(OutboxMessage message, SendOutcome outcome, int? messageId)
    {
        if (message.Delivery is not { } delivery)
        {
            return;
        }

        var result = outcome switch
        {
            SendOutcome.Sent => DeliveryOutcome.Sent,
            SendOutcome.Blocked => DeliveryOutcome.Blocked,
            _ => DeliveryOutcome.Failed,
        };
        IReadOnlyList<int> ids = message.SentMessageIds ?? (messageId is { } id ? [id] : []);
        var receipt = new DeliveryReceipt(delivery.Id, delivery.Seq, message.ChatId, delivery.Part, delivery.Parts, result, ids, message.Failure);
        if (deliveries.Record(receipt, time.GetUtcNow().UtcDateTime))
        {
            writer.AfterCommit(signal.Wake);
        }
    }
}
