using Senate.Bot.Domain.Concerns;
using Senate.Bot.Storage;

namespace Senate.Bot.Concerns;

/// <summary>
/// The open concerns of each region and category in memory, for the similar-concern search a citizen meets while
/// describing theirs: no LiteDB query and no mapping of every open concern at each search. Used on the writer thread
/// only, and it follows its transactions: what a unit saves is seen by the rest of its transaction at once and enters
/// the committed index only once the transaction commits; when it rolls back, the next transaction (a new
/// <see cref="DatabaseWriter.Transaction"/>) no longer sees it. Loaded from the database the first time it is asked
/// in a transaction that has saved no concern yet (so only committed state is read); a save made outside the writer
/// makes it load again.
/// </summary>
internal sealed class OpenConcernIndex(DatabaseWriter? writer, Func<IEnumerable<Concern>> loadOpen)
{
    private readonly TransactionState<Dictionary<long, OpenConcern?>> _pending = new(() => []);
    private Dictionary<long, OpenConcern>? _byId;
    private Dictionary<(string Region, string Category), List<OpenConcern>>? _byKind;

    /// <summary>The open concerns of a region and category in ascending id order (the committed list is live: read it at once), or null when the index cannot answer here.</summary>
    public IReadOnlyList<OpenConcern>? Open(string regionId, string categoryId)
    {
        if (writer is not { IsWriterThread: true })
        {
            return null;
        }

        var pending = Pending();
        if (_byKind is null)
        {
            if (pending.Count > 0)
            {
                // The transaction has changed concerns: the database shows them before they are committed.
                return null;
            }

            Load();
        }

        var committed = _byKind!.TryGetValue((regionId, categoryId), out var kind) ? kind : [];
        if (pending.Count == 0)
        {
            return committed;
        }

        var open = new List<OpenConcern>(committed.Count + pending.Count);
        foreach (var concern in committed)
        {
            if (!pending.ContainsKey(concern.Id))
            {
                open.Add(concern);
            }
        }

        foreach (var concern in pending.Values)
        {
            if (concern is not null && concern.RegionId == regionId && concern.CategoryId == categoryId)
            {
                open.Insert(IndexOf(open, concern.Id), concern);
            }
        }

        return open;
    }

    /// <summary>A concern is being saved as it is now (in the current unit of work, or elsewhere).</summary>
    public void Saved(Concern concern)
    {
        if (writer is not { IsWriterThread: true })
        {
            // Written outside the writer (tools, tests): the writer reads the database again when it next asks.
            _byId = null;
            _byKind = null;
            return;
        }

        var id = concern.Id;
        var open = ConcernLifecycle.IsOpen(concern.Status) ? OpenConcern.Of(concern) : null;
        Pending()[id] = open;
        writer.AfterCommit(() => Apply(id, open));
    }

    private Dictionary<long, OpenConcern?> Pending() => _pending.Current(writer!);

    private void Load()
    {
        _byId = [];
        _byKind = [];
        foreach (var concern in loadOpen())
        {
            Apply(concern.Id, OpenConcern.Of(concern));
        }
    }

    private void Apply(long id, OpenConcern? open)
    {
        if (_byId is null || _byKind is null)
        {
            return;
        }

        if (_byId.Remove(id, out var old))
        {
            var was = _byKind[(old.RegionId, old.CategoryId)];
            was.RemoveAt(IndexOf(was, id));
        }

        if (open is not null)
        {
            _byId[id] = open;
            var key = (open.RegionId, open.CategoryId);
            if (!_byKind.TryGetValue(key, out var kind))
            {
                _byKind[key] = kind = [];
            }

            kind.Insert(IndexOf(kind, id), open);
        }
    }

    /// <summary>Where an id is, or would be inserted, in a list kept in ascending id order (new ids go last).</summary>
    private static int IndexOf(List<OpenConcern> concerns, long id)
    {
        int low = 0, high = concerns.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (concerns[middle].Id < id)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
