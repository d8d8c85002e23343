using LiteDB;

namespace Senate.Bot.Storage;

/// <summary>
/// The process's one <see cref="LiteDatabase"/>. It takes an exclusive lock file next to the database first, so
/// a second process on the same file refuses to start instead of silently corrupting it; then it checks, reading
/// only, that the folder can be written and that the file and its log are LiteDB's (<see cref="DatabaseFiles"/>),
/// so a damaged or foreign file stops the program and stays exactly as it was. The mapper keeps user text exactly
/// (no trimming, no empty-to-null) and dates in UTC. LiteDB's log is opened here (<see cref="TransactionSyncedLog"/>),
/// so a transaction costs two fsyncs instead of one per page. Writes go through <see cref="DatabaseWriter"/>.
/// </summary>
public sealed class BotDatabase : IDisposable
{
    private const int SharingViolation = unchecked((int)0x80070020);
    private const int WouldBlock = 11;
    private const int LockViolation = unchecked((int)0x80070021);

    private readonly FileStream _lock;
    private readonly TransactionSyncedLog _log;

    /// <summary>Opens (or creates) the database at <paramref name="path"/>.</summary>
    /// <exception cref="DatabaseInUseException">Another process has the database open.</exception>
    /// <exception cref="DatabaseNotWritableException">The folder or the file cannot be written.</exception>
    /// <exception cref="DatabaseDamagedException">The file or its log is damaged or not LiteDB's.</exception>
    public BotDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        _lock = Lock(Path);
        try
        {
            CheckWritable(folder);
            DatabaseFiles.Check(Path);
        }
        catch
        {
            _lock.Dispose();
            throw;
        }

        Mapper = CreateMapper();
        _log = OpenLog(Path, _lock);
        try
        {
            Database = new LiteDatabase(new LiteDB.Engine.LiteEngine(new LiteDB.Engine.EngineSettings { Filename = Path, LogStream = _log }), Mapper)
            {
                UtcDate = true,
            };
            SettleLog();
        }
        catch
        {
            _log.Dispose();
            _lock.Dispose();
            throw;
        }
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <summary>The LiteDB database.</summary>
    public LiteDatabase Database { get; }

    /// <summary>The mapper in use.</summary>
    public BsonMapper Mapper { get; }

    /// <summary>fsyncs of LiteDB's log since the database was opened (for tests).</summary>
    internal int LogSyncs => _log.Syncs;

    /// <summary>A typed collection.</summary>
    public ILiteCollection<T> Collection<T>(string name) => Database.GetCollection<T>(name);

    /// <inheritdoc />
    public void Dispose()
    {
        // LiteDB checkpoints on dispose: the log is copied into the data file and the file is left clean. The log is
        // ours to close (LiteDB leaves a stream it was given open).
        Database.Dispose();
        _log.Dispose();
        _lock.Dispose();
    }

    /// <summary>
    /// Takes the exclusive lock of the database at <paramref name="fullPath"/> (its <c>.lock</c> file, created with its
    /// folder if need be); dispose it to release it. Whoever holds it is the only one using the database.
    /// </summary>
    /// <exception cref="DatabaseInUseException">Another process has the database open.</exception>
    /// <exception cref="DatabaseNotWritableException">The folder cannot be written.</exception>
    internal static FileStream Lock(string fullPath)
    {
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);

            // FileShare.None is an exclusive advisory lock on Unix too: it is released when the process dies.
            return new FileStream(fullPath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e.HResult is SharingViolation or LockViolation or WouldBlock)
        {
            throw new DatabaseInUseException(fullPath, e);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new DatabaseNotWritableException(fullPath, e);
        }
    }

    /// <summary>
    /// LiteDB writes its log through a queue that starts on a thread of its own and, once it has first run dry, writes
    /// on whichever thread commits: until then a commit can return before its pages are in the file (a copy of the
    /// files right after the first commit lacked them under load). One small transaction, and a checkpoint that waits
    /// for the queue to run dry, settle it before the first commit the bot relies on.
    /// </summary>
    private void SettleLog()
    {
        var size = Database.CheckpointSize;
        Database.CheckpointSize = size + 1;
        Database.CheckpointSize = size;
        Database.Checkpoint();
    }

    /// <summary>Opens LiteDB's log beside the file, or releases the lock and says the folder or the log cannot be written.</summary>
    private static TransactionSyncedLog OpenLog(string path, FileStream heldLock)
    {
        try
        {
            return new TransactionSyncedLog(DatabaseFiles.LogPath(path));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            heldLock.Dispose();
            throw new DatabaseNotWritableException(path, e);
        }
    }

    /// <summary>LiteDB writes the file and creates its log beside it: both must be possible before it starts.</summary>
    private void CheckWritable(string folder)
    {
        try
        {
            if (File.Exists(Path))
            {
                using var file = new FileStream(Path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            }

            var probe = System.IO.Path.Combine(folder, "." + System.IO.Path.GetFileName(Path) + ".write-check");
            using (new FileStream(probe, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new DatabaseNotWritableException(Path, e);
        }
    }

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper
        {
            TrimWhitespace = false,
            EmptyStringToNull = false,
            SerializeNullValues = false,
            EnumAsInteger = false,
        };
        mapper.RegisterType(
            serialize: value => new BsonValue(value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc)),
            deserialize: bson => bson.AsDateTime is { Kind: DateTimeKind.Local } local ? local.ToUniversalTime() : DateTime.SpecifyKind(bson.AsDateTime, DateTimeKind.Utc));
        return mapper;
    }
}
