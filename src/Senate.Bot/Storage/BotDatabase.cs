using LiteDB;

namespace Senate.Bot.Storage;

/// <summary>
/// The process's one <see cref="LiteDatabase"/>. It takes an exclusive lock file next to the database first, so
/// a second process on the same file refuses to start instead of silently corrupting it. The mapper keeps
/// user text exactly (no trimming, no empty-to-null) and dates in UTC. Writes go through <see cref="DatabaseWriter"/>.
/// </summary>
public sealed class BotDatabase : IDisposable
{
    private readonly FileStream _lock;

    /// <summary>Opens (or creates) the database at <paramref name="path"/>.</summary>
    /// <exception cref="DatabaseInUseException">Another process has the database open.</exception>
    public BotDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        try
        {
            // FileShare.None is an exclusive advisory lock on Unix too: it is released when the process dies.
            _lock = new FileStream(Path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new DatabaseInUseException(Path, e);
        }

        Mapper = CreateMapper();
        Database = new LiteDatabase(new ConnectionString { Filename = Path, Connection = ConnectionType.Direct }, Mapper)
        {
            UtcDate = true,
        };
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <summary>The LiteDB database.</summary>
    public LiteDatabase Database { get; }

    /// <summary>The mapper in use.</summary>
    public BsonMapper Mapper { get; }

    /// <summary>A typed collection.</summary>
    public ILiteCollection<T> Collection<T>(string name) => Database.GetCollection<T>(name);

    /// <inheritdoc />
    public void Dispose()
    {
        // LiteDB checkpoints on dispose: the log is copied into the data file and the file is left clean.
        Database.Dispose();
        _lock.Dispose();
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
