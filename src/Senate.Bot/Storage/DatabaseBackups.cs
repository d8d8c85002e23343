using System.Globalization;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Senate.Bot.Storage;

/// <summary>
/// Consistent copies of the database, and bringing one back. A backup is taken on the writer thread between two
/// transactions (<see cref="DatabaseWriter.AfterCommit"/>), so no write is under way: LiteDB's checkpoint moves the
/// log into the data file and the data file alone is then copied, whole. The copy is opened and read before it takes
/// its final name (<c>&lt;database&gt;-yyyyMMddTHHmmssZ.db</c>), and backups older than
/// <see cref="BackupOptions.KeepDays"/> are deleted, the newest always kept.
/// </summary>
public sealed partial class DatabaseBackups(
    BotDatabase database,
    DatabaseWriter writer,
    IOptions<BackupOptions> options,
    TimeProvider time,
    ILogger<DatabaseBackups> logger)
{
    private const string Stamp = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>The folder backups go to.</summary>
    public string Folder { get; } = FolderFor(database.Path, options.Value.Folder);

    /// <summary>Takes a backup now; returns its path.</summary>
    public async Task<string> TakeNow()
    {
        var started = time.GetTimestamp();
        var now = time.GetUtcNow();
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, Path.GetFileNameWithoutExtension(database.Path) + "-" + now.UtcDateTime.ToString(Stamp, CultureInfo.InvariantCulture) + Path.GetExtension(database.Path));
        var partial = path + ".partial";
        var copied = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await writer.Run(() => writer.AfterCommit(() =>
        {
            // Between transactions on the writer thread: nothing else writes until the copy is done.
            try
            {
                database.Database.Checkpoint();
                File.Copy(database.Path, partial, overwrite: true);
                copied.TrySetResult();
            }
            catch (Exception e)
            {
                copied.TrySetException(e);
            }
        })).ConfigureAwait(false);
        await copied.Task.ConfigureAwait(false);

        try
        {
            Check(partial);
            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        var bytes = new FileInfo(path).Length;
        var elapsed = time.GetElapsedTime(started);
        LogTaken(path, bytes, elapsed.TotalMilliseconds);
        Prune(now);
        return path;
    }

    /// <summary>When the newest backup in <see cref="Folder"/> was taken, or null when there is none.</summary>
    public DateTimeOffset? Newest() => List().Select(b => (DateTimeOffset?)b.TakenUtc).Max();

    /// <summary>
    /// Throws <see cref="DatabaseDamagedException"/> unless the file at <paramref name="path"/> is a LiteDB database
    /// that opens and whose every collection can be counted.
    /// </summary>
    public static void Check(string path)
    {
        DatabaseFiles.Check(path);
        if (new FileInfo(path).Length == 0)
        {
            throw new DatabaseDamagedException($"The file '{path}' is empty.");
        }

        try
        {
            using var copy = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
            foreach (var name in copy.GetCollectionNames())
            {
                copy.GetCollection(name).Count();
            }
        }
        catch (Exception e) when (e is LiteException or IOException or InvalidOperationException or InvalidCastException or ArgumentException)
        {
            throw new DatabaseDamagedException($"The file '{path}' cannot be read as a LiteDB database ({e.Message}).");
        }
    }

    /// <summary>
    /// Puts the backup at <paramref name="backup"/> in place of the database at <paramref name="databasePath"/>, which
    /// no process may be using: the backup is checked first, the current files are kept beside it (renamed with
    /// <c>.before-restore-&lt;time&gt;</c>), and the copy takes the database's name only when complete. Returns the
    /// path the previous database was kept as, or null when there was none.
    /// </summary>
    /// <exception cref="DatabaseInUseException">The bot is running on that database.</exception>
    /// <exception cref="DatabaseDamagedException">The backup is not a readable LiteDB database.</exception>
    /// <exception cref="DatabaseNotWritableException">The database's folder cannot be written.</exception>
    public static string? Restore(string backup, string databasePath, TimeProvider time)
    {
        var target = Path.GetFullPath(databasePath);
        using var held = BotDatabase.Lock(target);
        Check(backup);
        var copy = target + ".restoring";
        string? kept = null;
        try
        {
            File.Copy(backup, copy, overwrite: true);
            var suffix = ".before-restore-" + time.GetUtcNow().UtcDateTime.ToString(Stamp, CultureInfo.InvariantCulture);
            var log = DatabaseFiles.LogPath(target);
            if (File.Exists(target))
            {
                kept = target + suffix;
                File.Move(target, kept);
            }

            if (File.Exists(log))
            {
                File.Move(log, log + suffix);
            }

            File.Move(copy, target);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            File.Delete(copy);
            throw new DatabaseNotWritableException(target, e);
        }

        return kept;
    }

    /// <summary>The backup folder for a database: <paramref name="configured"/> (relative to the database's folder), or <c>backups</c> beside it.</summary>
    internal static string FolderFor(string databasePath, string? configured) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, configured is { Length: > 0 } folder ? folder : "backups"));

    private void Prune(DateTimeOffset now)
    {
        var backups = List().OrderByDescending(b => b.TakenUtc).ToList();
        foreach (var old in backups.Skip(1).Where(b => now - b.TakenUtc > TimeSpan.FromDays(options.Value.KeepDays)))
        {
            try
            {
                File.Delete(old.Path);
                LogDeleted(old.Path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                LogNotDeleted(e, old.Path);
            }
        }
    }

    private IEnumerable<(string Path, DateTimeOffset TakenUtc)> List()
    {
        if (!Directory.Exists(Folder))
        {
            yield break;
        }

        var prefix = Path.GetFileNameWithoutExtension(database.Path) + "-";
        var extension = Path.GetExtension(database.Path);
        foreach (var file in Directory.EnumerateFiles(Folder, prefix + "*" + extension))
        {
            var stamp = Path.GetFileNameWithoutExtension(file)[prefix.Length..];
            if (DateTime.TryParseExact(stamp, Stamp, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var taken))
            {
                yield return (file, new DateTimeOffset(taken, TimeSpan.Zero));
            }
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Backup taken: {Path} ({Bytes} bytes, {Milliseconds:0} ms).")]
    private partial void LogTaken(string path, long bytes, double milliseconds);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Old backup deleted: {Path}.")]
    private partial void LogDeleted(string path);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Old backup {Path} could not be deleted.")]
    private partial void LogNotDeleted(Exception exception, string path);
}
