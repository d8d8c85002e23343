using LiteDB;
using Senate.Bot.Digests;
using Senate.Bot.Domain.Broadcasts;
using Senate.Bot.Storage;

namespace Senate.Bot.Broadcasts;

/// <summary>Broadcasts in LiteDB, newest first by id; their messages' formatting kept as text and spans.</summary>
public sealed class BroadcastStore : IBroadcastStore
{
    private readonly ILiteCollection<Broadcast> _broadcasts;

    /// <summary>Opens the collection.</summary>
    public BroadcastStore(BotDatabase database)
    {
        // Formatted text and dates are stored the way digests store them.
        DigestBson.Register(database.Mapper);
        database.Mapper.Entity<BroadcastMessage>().Ignore(m => m.IsAlbum);
        database.Mapper.Entity<Audience>().Ignore(a => a.IsEveryone);
        _broadcasts = database.Collection<Broadcast>("broadcasts");
    }

    /// <inheritdoc />
    public Broadcast? Get(long id) => _broadcasts.FindById(id);

    /// <inheritdoc />
    public void Insert(Broadcast broadcast) => _broadcasts.Insert(broadcast);

    /// <inheritdoc />
    public void Update(Broadcast broadcast)
    {
        if (!_broadcasts.Update(broadcast))
        {
            throw new InvalidOperationException($"Broadcast {broadcast.Id} does not exist.");
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<Broadcast> Newest(int skip, int take) =>
        [.. _broadcasts.Query().OrderByDescending(b => b.Id).Skip(skip).Limit(take).ToEnumerable()];

    /// <inheritdoc />
    public int Count() => _broadcasts.Count();
}
