using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Deliveries;

namespace Senate.Bot.Domain.Tests.Deliveries;

/// <summary>
/// Drives the engine's rules as the host does, without a network: starts what is due, hands batches over, and answers
/// each message with the outcome a test chooses (sent by default), until nothing is left.
/// </summary>
internal sealed class DeliveryRun(Domain.Deliveries.Deliveries deliveries, Func<DateTimeOffset> now)
{
    private int _messageId = 1000;

    /// <summary>What staff were told (started, finished), in order.</summary>
    public List<Reply> ToStaff { get; } = [];

    /// <summary>The outcome of a message to a recipient; sent unless a test says otherwise.</summary>
    public Func<DeliveryItem, DeliveryOutcome> Outcome { get; set; } = _ => DeliveryOutcome.Sent;

    /// <summary>Starts due deliveries (fixes their audiences) and nothing more.</summary>
    public void Start() => ToStaff.AddRange(deliveries.StartDue(Now));

    /// <summary>Starts due deliveries, then hands over batches of <paramref name="batch"/> until none is left; returns each batch's messages.</summary>
    public List<List<DeliveryItem>> Batches(int batch = 100)
    {
        ToStaff.AddRange(deliveries.StartDue(Now));
        var batches = new List<List<DeliveryItem>>();
        while (deliveries.Feeding() is [var delivery, ..])
        {
            var items = deliveries.NextBatch(delivery.Id, batch, Now).ToList();
            batches.Add(items);
            foreach (var item in items)
            {
                var outcome = Outcome(item);
                deliveries.Record(new DeliveryReceipt(item.DeliveryId, item.Seq, item.UserId, item.Part, item.Parts, outcome, outcome == DeliveryOutcome.Sent ? [++_messageId] : [], outcome == DeliveryOutcome.Failed ? "Bad Request: test" : null), Now);
            }
        }

        ToStaff.AddRange(deliveries.Finish(Now));
        return batches;
    }

    /// <summary>Every message sent, in order.</summary>
    public IReadOnlyList<Reply> All(int batch = 100) => [.. Batches(batch).SelectMany(b => b).Select(i => i.Reply)];

    private DateTime Now => now().UtcDateTime;
}
