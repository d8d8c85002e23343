using System.Collections.Concurrent;

namespace Senate.Bot.Storage;

/// <summary>
/// The recently used records of a store, so an active chat's cursor, user and conversation are not read back
/// from LiteDB at every update (a lookup by id goes through LiteDB's whole query pipeline). It follows the
/// writer's transactions: a record saved in a unit of work enters the cache only once that unit has committed, and
/// a record taken for change leaves it, so a rolled-back change is never served. Two generations bound its size:
/// when the young one is full it becomes the old one, and the old one is dropped. Thread-safe.
/// </summary>
internal sealed class RecentCache<TKey, TValue>(DatabaseWriter? writer, int capacity = 20_000)
    where TKey : notnull
    where TValue : class
{
    private ConcurrentDictionary<TKey, TValue?> _young = new();
    private ConcurrentDictionary<TKey, TValue?> _old = new();

    // The young generation's size, counted here: ConcurrentDictionary.Count takes every one of its locks (up to 1,024
    // once it has grown), and it was asked at every remembered record. Approximate under races, which only moves
    // the moment of the next swap.
    private int _youngCount;

    /// <summary>True if the record is known (<paramref name="value"/> null: known not to exist).</summary>
    public bool TryGet(TKey key, out TValue? value) =>
        _young.TryGetValue(key, out value) || _old.TryGetValue(key, out value);

    /// <summary>Takes the record out, because the caller will change it in place; returns it if it was known.</summary>
    public bool TryTake(TKey key, out TValue? value)
    {
        var found = TryGet(key, out value);
        Forget(key);
        return found;
    }

    private void Remember(TKey key, TValue? value)
    {
        if (writer is null)
        {
            return;
        }

        if (_youngCount >= capacity / 2)
        {
            _old = _young;
            _young = new ConcurrentDictionary<TKey, TValue?>();
            _youngCount = 0;
        }

        if (_young.TryAdd(key, value))
        {
            Interlocked.Increment(ref _youngCount);
        }
        else
        {
            _young[key] = value;
        }
    }

    /// <summary>
    /// A record read in the current unit of work: remembered once that unit commits (if the unit changed it, its
    /// later <see cref="Saved"/> wins; if it rolls back, nothing is remembered). Outside a unit nothing happens.
    /// </summary>
    public void Read(TKey key, TValue? value)
    {
        if (writer is { IsWriterThread: true })
        {
            writer.AfterCommit(() => Remember(key, value));
        }
    }

    /// <summary>A record saved in the current unit of work: served again once it commits, not before.</summary>
    public void Saved(TKey key, TValue? value)
    {
        Forget(key);
        if (writer is { IsWriterThread: true })
        {
            writer.AfterCommit(() => Remember(key, value));
        }
    }

    /// <summary>
    /// A record changed in the current unit of work, not kept here: forgotten now and again once the unit commits,
    /// so a read of it earlier in the same transaction is not remembered over the change. Outside a unit it is forgotten.
    /// </summary>
    public void Changed(TKey key)
    {
        Forget(key);
        if (writer is { IsWriterThread: true })
        {
            writer.AfterCommit(() => Forget(key));
        }
    }

    /// <summary>Forgets a record (changed elsewhere).</summary>
    public void Forget(TKey key)
    {
        if (_young.TryRemove(key, out _))
        {
            Interlocked.Decrement(ref _youngCount);
        }

        _old.TryRemove(key, out _);
    }
}
