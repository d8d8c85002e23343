using System.Runtime.InteropServices;
using LiteDB;

namespace Senate.Bot.Storage;

/// <summary>
/// The ids a collection may hold, in memory, so a new chat or user costs no lookup (a miss by id goes through LiteDB's
/// whole query pipeline, as a hit does) and is inserted rather than upserted. A superset of what is stored: an id is
/// added when the writer saves it (even if that unit then rolls back) and never removed, so an id not in the set is
/// certainly not stored. Loaded from the collection's <c>_id</c> index the first time the writer thread asks, and used
/// on that thread only: elsewhere every id may exist, and a save made elsewhere makes the writer load the set again.
/// </summary>
/// <remarks>
/// The ids loaded are kept as one sorted list of longs (8 bytes an id, searched by halving) and only the ids saved
/// since in a hash set: a hash set of every user cost 2.5 MB for 100,000 users plus as much again of large-object
/// garbage from its growth while loading, held until the next full collection, at the bot's peak memory.
/// </remarks>
internal sealed class StoredIds<T>(ILiteCollection<T> collection, DatabaseWriter? writer)
{
    // Replaced whole (one reference) when a save elsewhere makes it stale, so the writer never sees a half-cleared set.
    private Loaded? _ids;

    /// <summary>False only when the id is certainly not stored.</summary>
    public bool MayExist(long id)
    {
        if (writer is not { IsWriterThread: true })
        {
            return true;
        }

        var ids = _ids ??= Load();
        return ids.Added.Contains(id) || CollectionsMarshal.AsSpan(ids.Stored).BinarySearch(id) >= 0;
    }

    /// <summary>True when the id is certainly not stored yet: a save can insert instead of upsert.</summary>
    public bool IsNew(long id) => !MayExist(id);

    /// <summary>An id is being saved (in the current unit of work, or elsewhere).</summary>
    public void Saved(long id)
    {
        if (writer is { IsWriterThread: true })
        {
            _ids?.Added.Add(id);
        }
        else
        {
            // Written outside the writer (tools, tests): the writer reads the index again when it next asks.
            _ids = null;
        }
    }

    private Loaded Load()
    {
        // Selecting only _id reads the index's keys, not the documents.
        var ids = new List<long>();
        foreach (var row in collection.Query().Select(BsonExpression.Create("$._id")).ToDocuments())
        {
            // A selected value comes back wrapped in a document of one field.
            ids.Add(row.Values.First().AsInt64);
        }

        // The index gives them in order already; sorted here all the same, so the search never depends on it.
        ids.Sort();
        return new Loaded(ids, []);
    }

    /// <summary>The ids read from the index, sorted, and those the writer saved since.</summary>
    private sealed record Loaded(List<long> Stored, HashSet<long> Added);
}
