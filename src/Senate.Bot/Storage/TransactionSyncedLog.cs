namespace Senate.Bot.Storage;

/// <summary>
/// LiteDB's log file, made durable once per transaction instead of once per page. LiteDB 5 writes the log through a
/// queue that, run on the committing thread, flushes to disk after every page it writes: a group commit of eighty
/// updates dirtied about twenty pages and cost twenty fsyncs. Here LiteDB's flush reaches the operating system only;
/// durability follows the transaction: when LiteDB writes a transaction's confirming page (the last one, marked
/// confirmed in its header), every page written before it is synced first, then that page. A crash can therefore
/// never leave a confirmed transaction with a page missing, and a committed transaction is on disk when LiteDB's
/// commit returns, as before. Two fsyncs per transaction, whatever its size.
/// </summary>
/// <remarks>LiteDB serialises access to this stream (its <c>ConcurrentStream</c> locks on it).</remarks>
internal sealed class TransactionSyncedLog : Stream
{
    /// <summary>Where LiteDB's page header keeps the byte telling a transaction's confirming page.</summary>
    internal const int IsConfirmedAt = 18;

    private readonly string _path;
    private readonly FileStream _file;
    private bool _unsynced;

    /// <summary>Opens (or creates) the log at <paramref name="path"/> for LiteDB; others may read it.</summary>
    public TransactionSyncedLog(string path)
    {
        _path = path;
        _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0, FileOptions.RandomAccess);
    }

    /// <summary>fsyncs done (for tests).</summary>
    public int Syncs { get; private set; }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => true;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override long Length => _file.Length;

    /// <inheritdoc />
    public override long Position
    {
        get => _file.Position;
        set => _file.Position = value;
    }

    /// <summary>LiteDB's flush after each page: to the operating system only (<see cref="Write(byte[], int, int)"/> makes it durable).</summary>
    public override void Flush() => _file.Flush(flushToDisk: false);

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => _file.Read(buffer, offset, count);

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => _file.Seek(offset, origin);

    /// <summary>Truncates the log (after a checkpoint), durably.</summary>
    public override void SetLength(long value)
    {
        _file.SetLength(value);
        _unsynced = true;
        Sync();
    }

    /// <summary>Writes a page; a transaction's confirming page is written after the pages before it are on disk, and synced itself.</summary>
    public override void Write(byte[] buffer, int offset, int count)
    {
        var confirms = count == DatabaseFiles.PageSize && buffer[offset + IsConfirmedAt] != 0;
        if (confirms)
        {
            Sync();
        }

        _file.Write(buffer, offset, count);
        _unsynced = true;
        if (confirms)
        {
            Sync();
        }
    }

    /// <summary>Closes the log; an empty one (all of it checkpointed into the data file) is removed, as LiteDB does with its own.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Sync();
            var empty = _file.Length == 0;
            _file.Dispose();
            if (empty)
            {
                File.Delete(_path);
            }
        }

        base.Dispose(disposing);
    }

    private void Sync()
    {
        if (!_unsynced)
        {
            return;
        }

        _file.Flush(flushToDisk: true);
        _unsynced = false;
        Syncs++;
    }
}
