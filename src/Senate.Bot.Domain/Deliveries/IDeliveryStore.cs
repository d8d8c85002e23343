namespace Senate.Bot.Domain.Deliveries;

/// <summary>
/// Storage of deliveries, their audiences and their recipients' results. Synchronous and bound to the host's current
/// transaction like every store: the engine hands a batch to the sender (outbox entries and <see cref="Delivery.Queued"/>)
/// in one unit of work, and records each result (its entry removed, the recipient's result, the counts) in another.
/// </summary>
public interface IDeliveryStore
{
    /// <summary>The delivery with an id, or null.</summary>
    Delivery? Get(long id);

    /// <summary>Stores a new delivery and sets its <see cref="Delivery.Id"/> to a new positive id; the host starts due ones at once.</summary>
    void Insert(Delivery delivery);

    /// <summary>Saves a changed delivery.</summary>
    void Update(Delivery delivery);

    /// <summary>The deliveries whose end has not been reported yet, by id.</summary>
    IReadOnlyList<Delivery> Unfinished();

    /// <summary>The deliveries of a subject (a broadcast's sending and its recall), by id.</summary>
    IReadOnlyList<Delivery> Of(DeliveryKind kind, long subjectId);

    /// <summary>Fixes a delivery's audience: the user ids in the order they are sent to (place 0 first).</summary>
    void SetAudience(long deliveryId, IReadOnlyList<long> userIds);

    /// <summary>Up to <paramref name="count"/> user ids of the audience from place <paramref name="from"/> on.</summary>
    IReadOnlyList<long> Audience(long deliveryId, int from, int count);

    /// <summary>Forgets a finished delivery's audience list (the results stay).</summary>
    void DropAudience(long deliveryId);

    /// <summary>The result of the recipient at a place, or null while they have none.</summary>
    DeliveryRecipient? Recipient(long deliveryId, int seq);

    /// <summary>A person's result in a delivery, or null.</summary>
    DeliveryRecipient? RecipientOf(long deliveryId, long userId);

    /// <summary>Saves a recipient's result.</summary>
    void Save(DeliveryRecipient recipient);

    /// <summary>A delivery's results, optionally only those with one outcome, by place.</summary>
    IReadOnlyList<DeliveryRecipient> Recipients(long deliveryId, DeliveryOutcome? outcome = null);

    /// <summary>Every result kept about a person (for <c>/mydata</c>).</summary>
    IReadOnlyList<DeliveryRecipient> OfUser(long userId);

    /// <summary>Deletes every result kept about a person (<c>/forget</c>); returns how many.</summary>
    int DeleteOfUser(long userId);
}
