using LiteDB;
using Senate.Bot.Domain.Privacy;
using Senate.Bot.Storage;

namespace Senate.Bot.Privacy;

/// <summary>Erasure records in LiteDB: the one thing kept, by user id, about a person who erased their data.</summary>
public sealed class ErasureStore : IErasureLog
{
    private readonly ILiteCollection<ErasureRecord> _records;

    /// <summary>Opens the collection and its index.</summary>
    public ErasureStore(BotDatabase database)
    {
        _records = database.Collection<ErasureRecord>("erasures");
        _records.EnsureIndex(r => r.UserId);
    }

    /// <inheritdoc />
    public void Add(ErasureRecord record) => _records.Insert(record);

    /// <inheritdoc />
    public IReadOnlyList<ErasureRecord> ByUser(long userId) => [.. _records.Find(r => r.UserId == userId).OrderBy(r => r.Id)];
}
