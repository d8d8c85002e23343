using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Digests;

namespace Senate.Bot.Domain.Deliveries;

/// <summary>
/// The rules of the one delivery engine digests and broadcasts share; the host runs them on its writer thread and
/// paces the sending. A delivery starts at its time by fixing its audience; then batch after batch of recipients (in
/// audience order) is composed and handed to the sender in one unit of work with <see cref="Delivery.Queued"/>, so a
/// restart neither skips nor repeats a batch; each recipient's result is recorded in the unit that removes their sent
/// message from the outbox. A person who blocked the bot or erased their data by their turn is settled without
/// sending. Holds no state of its own: safe to share if the stores and sources are.
/// </summary>
public sealed class Deliveries
{
    private readonly IDeliveryStore _store;
    private readonly IReaders _readers;
    private readonly Dictionary<DeliveryKind, IDeliverySource> _sources = [];

    /// <summary>Creates the engine's rules over the store, the people it may write to and the features that compose messages.</summary>
    /// <exception cref="ArgumentException">Two sources claim the same kind.</exception>
    public Deliveries(IDeliveryStore store, IReaders readers, IEnumerable<IDeliverySource> sources)
    {
        _store = store;
        _readers = readers;
        foreach (var source in sources)
        {
            foreach (var kind in source.Kinds)
            {
                if (!_sources.TryAdd(kind, source))
                {
                    throw new ArgumentException($"Two sources compose {kind} deliveries.", nameof(sources));
                }
            }
        }
    }

    /// <summary>The store the engine works on.</summary>
    public IDeliveryStore Store => _store;

    /// <summary>Starts the deliveries whose time has come: fixes each one's audience; returns what staff are told.</summary>
    public IReadOnlyList<Reply> StartDue(DateTime nowUtc)
    {
        var replies = new List<Reply>();
        foreach (var delivery in _store.Unfinished().Where(d => d.Status == DeliveryStatus.Scheduled && d.DueUtc <= nowUtc))
        {
            var source = Source(delivery.Kind);
            var audience = source.Audience(delivery).Distinct().ToList();
            _store.SetAudience(delivery.Id, audience);
            delivery.Start(audience.Count, nowUtc);
            _store.Update(delivery);
            replies.AddRange(source.Started(delivery));
        }

        return replies;
    }

    /// <summary>The deliveries that are sending and have recipients left to hand over, oldest first.</summary>
    public IReadOnlyList<Delivery> Feeding() =>
        [.. _store.Unfinished().Where(d => d.Status == DeliveryStatus.Sending && d.Queued < d.Total)];

    /// <summary>
    /// The messages of the next <paramref name="max"/> recipients of a sending delivery, each in the recipient's
    /// language; recipients who blocked the bot, erased their data or are no longer to get it are settled at once.
    /// Call in the unit of work that writes the items to the outbox: it moves <see cref="Delivery.Queued"/> past them.
    /// </summary>
    public IReadOnlyList<DeliveryItem> NextBatch(long deliveryId, int max, DateTime nowUtc)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (_store.Get(deliveryId) is not { Status: DeliveryStatus.Sending } delivery || delivery.Queued >= delivery.Total)
        {
            return [];
        }

        var source = Source(delivery.Kind);
        var userIds = _store.Audience(deliveryId, delivery.Queued, Math.Min(max, delivery.Total - delivery.Queued));
        var items = new List<DeliveryItem>(userIds.Count);
        var compose = source.Composer(delivery);
        for (var i = 0; i < userIds.Count; i++)
        {
            var (seq, userId) = (delivery.Queued + i, userIds[i]);
            var reader = _readers.Find(userId);
            var replies = reader is { Blocked: false } ? compose(userId, reader.Language) : [];
            if (replies.Count == 0)
            {
                Settle(delivery, seq, userId, reader is { Blocked: true } ? DeliveryOutcome.Blocked : DeliveryOutcome.Skipped, nowUtc);
                continue;
            }

            for (var part = 0; part < replies.Count; part++)
            {
                items.Add(new DeliveryItem(deliveryId, seq, userId, part, replies.Count, replies[part] with { ChatId = userId, Language = reader!.Language }));
            }
        }

        delivery.Queued += userIds.Count;
        _store.Update(delivery);
        return items;
    }

    /// <summary>
    /// Records how the sender finished one message. A recipient's result is the first failure among their messages, or
    /// sent; it counts once, when their last message is finished. Returns true when the delivery has nothing more to
    /// wait for (its end can be reported).
    /// </summary>
    public bool Record(DeliveryReceipt receipt, DateTime nowUtc)
    {
        if (_store.Get(receipt.DeliveryId) is not { } delivery)
        {
            return false;
        }

        var recipient = (receipt.Part > 0 ? _store.Recipient(receipt.DeliveryId, receipt.Seq) : null) ?? new DeliveryRecipient
        {
            Id = DeliveryRecipient.KeyOf(receipt.DeliveryId, receipt.Seq),
            DeliveryId = receipt.DeliveryId,
            Seq = receipt.Seq,
            UserId = receipt.UserId,
        };
        if (recipient.Outcome == DeliveryOutcome.Sent && receipt.Outcome != DeliveryOutcome.Sent)
        {
            recipient.Outcome = receipt.Outcome;
            recipient.Error = receipt.Error;
        }

        recipient.MessageIds.AddRange(receipt.MessageIds);
        recipient.AtUtc = nowUtc;
        _store.Save(recipient);
        if (receipt.Part == receipt.Parts - 1)
        {
            delivery.Count(recipient.Outcome);
            _store.Update(delivery);
        }

        return delivery.Done >= delivery.Queued && (delivery.Queued == delivery.Total || delivery.Status == DeliveryStatus.Cancelled);
    }

    /// <summary>Closes the deliveries that have nothing more to wait for; returns what staff are told (the final reports).</summary>
    public IReadOnlyList<Reply> Finish(DateTime nowUtc)
    {
        var replies = new List<Reply>();
        foreach (var delivery in _store.Unfinished())
        {
            if (delivery.TryFinish(nowUtc))
            {
                _store.DropAudience(delivery.Id);
                _store.Update(delivery);
                replies.AddRange(Source(delivery.Kind).Finished(delivery));
            }
        }

        return replies;
    }

    /// <summary>What staff are told about the deliveries that are sending or paused, at the pace the host measured.</summary>
    public IReadOnlyList<Reply> Progress(Func<Delivery, DeliveryPace> pace) =>
        [.. _store.Unfinished()
            .Where(d => d.Status is DeliveryStatus.Sending or DeliveryStatus.Paused)
            .SelectMany(d => Source(d.Kind).Progress(d, pace(d)))];

    private void Settle(Delivery delivery, int seq, long userId, DeliveryOutcome outcome, DateTime nowUtc)
    {
        _store.Save(new DeliveryRecipient
        {
            Id = DeliveryRecipient.KeyOf(delivery.Id, seq),
            DeliveryId = delivery.Id,
            Seq = seq,
            UserId = userId,
            Outcome = outcome,
            AtUtc = nowUtc,
        });
        delivery.Count(outcome);
    }

    private IDeliverySource Source(DeliveryKind kind) =>
        _sources.TryGetValue(kind, out var source) ? source : throw new InvalidOperationException($"No source composes {kind} deliveries.");
}
