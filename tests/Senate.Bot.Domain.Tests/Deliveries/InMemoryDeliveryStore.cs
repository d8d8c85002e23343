using System.Text.Json;
using Senate.Bot.Domain.Deliveries;

namespace Senate.Bot.Domain.Tests.Deliveries;

/// <summary>
/// Deliveries, audiences and results in memory, kept as JSON copies as a database keeps them: a change to a delivery is
/// kept only by <see cref="Update"/>.
/// </summary>
internal sealed class InMemoryDeliveryStore : IDeliveryStore
{
    private readonly SortedDictionary<long, string> _deliveries = [];
    private readonly Dictionary<long, List<long>> _audiences = [];
    private readonly SortedDictionary<long, DeliveryRecipient> _recipients = [];

    public IReadOnlyList<Delivery> All => [.. _deliveries.Values.Select(Read)];

    public Delivery? Get(long id) => _deliveries.TryGetValue(id, out var row) ? Read(row) : null;

    public void Insert(Delivery delivery)
    {
        delivery.Id = _deliveries.Count + 1;
        _deliveries[delivery.Id] = JsonSerializer.Serialize(delivery);
    }

    public void Update(Delivery delivery) => _deliveries[delivery.Id] = JsonSerializer.Serialize(delivery);

    public IReadOnlyList<Delivery> Unfinished() => [.. All.Where(d => !d.Reported)];

    public IReadOnlyList<Delivery> Of(DeliveryKind kind, long subjectId) => [.. All.Where(d => d.Kind == kind && d.SubjectId == subjectId)];

    public void SetAudience(long deliveryId, IReadOnlyList<long> userIds) => _audiences[deliveryId] = [.. userIds];

    public IReadOnlyList<long> Audience(long deliveryId, int from, int count) =>
        _audiences.TryGetValue(deliveryId, out var ids) ? [.. ids.Skip(from).Take(count)] : [];

    public void DropAudience(long deliveryId) => _audiences.Remove(deliveryId);

    public bool HasAudience(long deliveryId) => _audiences.ContainsKey(deliveryId);

    public DeliveryRecipient? Recipient(long deliveryId, int seq) => _recipients.GetValueOrDefault(DeliveryRecipient.KeyOf(deliveryId, seq));

    public DeliveryRecipient? RecipientOf(long deliveryId, long userId) => _recipients.Values.FirstOrDefault(r => r.DeliveryId == deliveryId && r.UserId == userId);

    public void Save(DeliveryRecipient recipient) => _recipients[recipient.Id] = recipient;

    public IReadOnlyList<DeliveryRecipient> Recipients(long deliveryId, DeliveryOutcome? outcome = null) =>
        [.. _recipients.Values.Where(r => r.DeliveryId == deliveryId && (outcome is null || r.Outcome == outcome))];

    public IReadOnlyList<DeliveryRecipient> OfUser(long userId) => [.. _recipients.Values.Where(r => r.UserId == userId)];

    public int DeleteOfUser(long userId)
    {
        var keys = _recipients.Values.Where(r => r.UserId == userId).Select(r => r.Id).ToList();
        keys.ForEach(k => _recipients.Remove(k));
        return keys.Count;
    }

    private static Delivery Read(string row) => JsonSerializer.Deserialize<Delivery>(row)!;
}
