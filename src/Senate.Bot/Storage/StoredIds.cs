using LiteDB;

namespace Senate.Bot.Storage;

/// <summary>
/// The ids a collection may hold, in memory, so a new chat or user costs no lookup (a miss by id goes through LiteDB's
/// whole query pipeline, as a hit does) and is inserted rather than upserted. A superset of what is stored: an id is
/// added when the writer saves it (even if that unit then rolls back) and never removed, so an id not in the set is
/// certainly not stored. Loaded from the collection's <c>_id</c> index the first time the writer thread asks, and used
/// on that thread only: elsewhere every id may exist, and a save made elsewhere makes the writer load the set again.
/// </summary>
internal sealed class StoredIds<T>(ILiteCollection<T> collection, DatabaseWriter? writer)
{
    private HashSet<long>? _ids;

    /// <summary>False only when the id is certainly not stored.</summary>
    public bool MayExist(long id)
    {
        if (writer is not { IsWriterThread: true })
        {
            return true;
        }

        var ids = _ids ??= Load();
        return ids.Contains(id);
    }

    /// <summary>True when the id is certainly not stored yet: a save can insert instead of upsert.</summary>
    public bool IsNew(long id) => !MayExist(id);

    /// <summary>An id is being saved (in the current unit of work, or elsewhere).</summary>
    public void Saved(long id)
    {
        if (writer is { IsWriterThread: true })
        {
            _ids?.Add(id);
        }
        else
        {
            // Written outside the writer (tools, tests): the writer reads the index again when it next asks.
            _ids = null;
        }
    }

    private HashSet<long> Load()
    {
        // Selecting only _id reads the index's keys, not the documents.
        var ids = new HashSet<long>();
        foreach (var row in collection.Query().Select(BsonExpression.Create("$._id")).ToDocuments())
        {
            // A selected value comes back wrapped in a document of one field.
            ids.Add(row.Values.First().AsInt64);
        }

        return ids;
    }
}
