using LiteDB;
using Senate.Bot.Domain.Deliveries;
using Senate.Bot.Storage;

namespace Senate.Bot.Deliveries;

/// <summary>
/// Deliveries in LiteDB: the deliveries themselves (an index on <see cref="Delivery.Reported"/> finds the few that are
/// not over), their audiences as lists of a thousand user ids (a 100,000-person audience is a hundred documents, written
/// in one short unit of work), and one document per recipient result keyed by delivery and place, so a delivery's
/// results are one range of the primary key. A new delivery wakes the engine once its unit commits (one resumed is
/// seen within a second), so writes must run inside a unit of work of the <see cref="DatabaseWriter"/>.
/// </summary>
public sealed class DeliveryStore : IDeliveryStore
{
    private const int ChunkSize = 1000;
    private const int ChunkBits = 20;

    private readonly ILiteCollection<Delivery> _deliveries;
    private readonly ILiteCollection<AudienceChunk> _audience;
    private readonly ILiteCollection<DeliveryRecipient> _recipients;
    private readonly DatabaseWriter _writer;
    private readonly DeliverySignal _signal;

    /// <summary>Opens the collections and their indexes.</summary>
    public DeliveryStore(BotDatabase database, DatabaseWriter writer, DeliverySignal signal)
    {
        _writer = writer;
        _signal = signal;
        _deliveries = database.Collection<Delivery>("deliveries");
        _deliveries.EnsureIndex(d => d.Reported);
        _deliveries.EnsureIndex(d => d.SubjectId);
        _audience = database.Collection<AudienceChunk>("delivery_audience");
        _recipients = database.Collection<DeliveryRecipient>("delivery_recipients");
        _recipients.EnsureIndex(r => r.UserId);
    }

    /// <inheritdoc />
    public Delivery? Get(long id) => _deliveries.FindById(id);

    /// <inheritdoc />
    public void Insert(Delivery delivery)
    {
        _deliveries.Insert(delivery);
        Wake();
    }

    /// <inheritdoc />
    public void Update(Delivery delivery)
    {
        if (!_deliveries.Update(delivery))
        {
            throw new InvalidOperationException($"Delivery {delivery.Id} does not exist.");
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<Delivery> Unfinished() => [.. _deliveries.Find(d => d.Reported == false).OrderBy(d => d.Id)];

    /// <inheritdoc />
    public IReadOnlyList<Delivery> Of(DeliveryKind kind, long subjectId) =>
        [.. _deliveries.Find(d => d.SubjectId == subjectId).Where(d => d.Kind == kind).OrderBy(d => d.Id)];

    /// <inheritdoc />
    public void SetAudience(long deliveryId, IReadOnlyList<long> userIds)
    {
        DropAudience(deliveryId);
        _audience.InsertBulk(userIds.Chunk(ChunkSize).Select((ids, i) => new AudienceChunk { Id = ChunkId(deliveryId, i), UserIds = [.. ids] }));
    }

    /// <inheritdoc />
    public IReadOnlyList<long> Audience(long deliveryId, int from, int count)
    {
        var ids = new List<long>(count);
        for (var chunk = from / ChunkSize; ids.Count < count; chunk++)
        {
            if (_audience.FindById(ChunkId(deliveryId, chunk)) is not { } found)
            {
                break;
            }

            var skip = ids.Count == 0 ? from % ChunkSize : 0;
            ids.AddRange(found.UserIds.Skip(skip).Take(count - ids.Count));
        }

        return ids;
    }

    /// <inheritdoc />
    public void DropAudience(long deliveryId) =>
        _audience.DeleteMany(c => c.Id >= ChunkId(deliveryId, 0) && c.Id < ChunkId(deliveryId + 1, 0));

    /// <inheritdoc />
    public DeliveryRecipient? Recipient(long deliveryId, int seq) => _recipients.FindById(DeliveryRecipient.KeyOf(deliveryId, seq));

    /// <inheritdoc />
    public DeliveryRecipient? RecipientOf(long deliveryId, long userId) =>
        _recipients.Find(r => r.UserId == userId).FirstOrDefault(r => r.DeliveryId == deliveryId);

    /// <inheritdoc />
    public void Save(DeliveryRecipient recipient) => _recipients.Upsert(recipient);

    /// <inheritdoc />
    public IReadOnlyList<DeliveryRecipient> Recipients(long deliveryId, DeliveryOutcome? outcome = null)
    {
        var (low, high) = (DeliveryRecipient.KeyOf(deliveryId, 0), DeliveryRecipient.KeyOf(deliveryId + 1, 0));
        return [.. _recipients.Find(r => r.Id >= low && r.Id < high).Where(r => outcome is null || r.Outcome == outcome).OrderBy(r => r.Seq)];
    }

    /// <inheritdoc />
    public IReadOnlyList<DeliveryRecipient> OfUser(long userId) => [.. _recipients.Find(r => r.UserId == userId).OrderBy(r => r.Id)];

    /// <inheritdoc />
    public int DeleteOfUser(long userId) => _recipients.DeleteMany(r => r.UserId == userId);

    private static long ChunkId(long deliveryId, int chunk) => (deliveryId << ChunkBits) | (uint)chunk;

    /// <summary>The engine looks again once the new delivery has committed (it may be due now).</summary>
    private void Wake()
    {
        if (_writer.IsWriterThread)
        {
            _writer.AfterCommit(_signal.Wake);
        }
    }

    /// <summary>A thousand user ids of an audience, in sending order.</summary>
    private sealed class AudienceChunk
    {
        public long Id { get; set; }

        public List<long> UserIds { get; set; } = [];
    }
}
