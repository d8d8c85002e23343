using System.Buffers.Binary;
using System.Text;

namespace Senate.Bot.Storage;

/// <summary>
/// Checks a LiteDB data file and its log (<c>-log.db</c>) before LiteDB opens them for writing, reading only.
/// LiteDB 5 takes a file it cannot read as an empty database and writes over it, and replays any log beside the
/// file, writing each page at the offset its header names (a garbage log makes a sparse file of terabytes).
/// The check is cheap: the header page of the data file and the page headers of the log.
/// </summary>
internal static class DatabaseFiles
{
    /// <summary>LiteDB's page size.</summary>
    internal const int PageSize = 8192;

    private const int HeaderInfoAt = 32;
    private const int FileVersionAt = 59;
    private const int LastPageIdAt = 64;
    private const byte FileVersion = 8;
    private const int PageTypeAt = 4;

    /// <summary>The highest LiteDB page type (Empty, Header, Collection, Index, Data).</summary>
    private const byte LastPageType = 4;

    private static readonly byte[] HeaderInfo = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    /// <summary>The log file LiteDB keeps beside <paramref name="path"/>.</summary>
    public static string LogPath(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    /// <summary>Throws <see cref="DatabaseDamagedException"/> when the data file or its log cannot be LiteDB's.</summary>
    public static void Check(string path)
    {
        var log = LogPath(path);
        uint lastPage = 0;
        if (File.Exists(path))
        {
            // Pages a crash left in the log may extend the data file at the next checkpoint.
            lastPage = CheckData(path, File.Exists(log) ? new FileInfo(log).Length : 0);
        }
        else if (File.Exists(log) && new FileInfo(log).Length > 0)
        {
            throw new DatabaseDamagedException($"The log file '{log}' has no database beside it.");
        }

        if (File.Exists(log))
        {
            CheckLog(log, lastPage);
        }
    }

    /// <summary>Checks the header page; returns the last page id it names.</summary>
    private static uint CheckData(string path, long logLength)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (file.Length == 0)
        {
            // LiteDB creates the header at the first open; an empty file is a database that never was.
            return 0;
        }

        var header = new byte[PageSize];
        if (file.Length < PageSize || file.ReadAtLeast(header, PageSize, throwOnEndOfStream: false) < PageSize)
        {
            throw new DatabaseDamagedException($"The database '{path}' is too short to be a LiteDB file ({file.Length} bytes).");
        }

        if (!header.AsSpan(HeaderInfoAt, HeaderInfo.Length).SequenceEqual(HeaderInfo))
        {
            throw new DatabaseDamagedException($"The file '{path}' is not a LiteDB database (its header is damaged or it is another kind of file).");
        }

        if (header[FileVersionAt] != FileVersion)
        {
            throw new DatabaseDamagedException($"The database '{path}' has LiteDB file version {header[FileVersionAt]}, not {FileVersion}.");
        }

        var lastPage = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(LastPageIdAt));
        if ((lastPage + 1L) * PageSize > file.Length + logLength)
        {
            throw new DatabaseDamagedException($"The database '{path}' is truncated: its header names page {lastPage}, but the file holds {file.Length / PageSize} pages.");
        }

        return lastPage;
    }

    /// <summary>Checks that every page of the log is a LiteDB page that could belong to the data file.</summary>
    private static void CheckLog(string log, uint dataLastPage)
    {
        using var file = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (file.Length % PageSize != 0)
        {
            throw new DatabaseDamagedException($"The log file '{log}' is not a LiteDB log (its length is not whole pages).");
        }

        // A page in the log is either a page of the data file or a new one appended after it: its id cannot be
        // beyond the data file's last page plus every page of the log.
        var highest = dataLastPage + (file.Length / PageSize) + 1;
        var page = new byte[PageSize];
        while (file.ReadAtLeast(page, PageSize, throwOnEndOfStream: false) == PageSize)
        {
            var id = BinaryPrimitives.ReadUInt32LittleEndian(page);
            if (page[PageTypeAt] > LastPageType || id > highest)
            {
                throw new DatabaseDamagedException($"The log file '{log}' is damaged or belongs to another database (page {id} of type {page[PageTypeAt]}).");
            }
        }
    }
}
