using System.Globalization;

namespace Senate.Bot.LocalBotApi;

/// <summary>Files sent by users or uploaded by the bot, by file id and by download path.</summary>
internal sealed partial class LocalWorld
{
    private readonly Dictionary<string, StoredFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredFile> _filesByPath = new(StringComparer.Ordinal);
    private int _fileCounter;

    public StoredFile AddFile(BotMessageKind kind, byte[] bytes, string? fileName)
    {
        lock (_gate)
        {
            var n = (++_fileCounter).ToString("D6", CultureInfo.InvariantCulture);
            var (prefix, path) = kind switch
            {
                BotMessageKind.Photo => ("AgACAgIAAx-local-", $"photos/file_{n}.jpg"),
                BotMessageKind.Sticker => ("CAACAgIAAx-local-", $"stickers/file_{n}.webp"),
                BotMessageKind.Video => ("BAACAgIAAx-local-", $"videos/file_{n}.mp4"),
                _ => ("BQACAgIAAx-local-", $"documents/file_{n}{Path.GetExtension(fileName ?? "")}"),
            };
            var file = new StoredFile(prefix + n, "AQAD-local-" + n, path, kind, bytes, fileName, MimeTypes.Of(fileName ?? path));
            _files[file.FileId] = file;
            _filesByPath[file.FilePath] = file;
            return file;
        }
    }

    public StoredFile? FileById(string fileId)
    {
        lock (_gate)
        {
            return _files.GetValueOrDefault(fileId);
        }
    }

    public StoredFile? FileByPath(string path)
    {
        lock (_gate)
        {
            return _filesByPath.GetValueOrDefault(path);
        }
    }

    private string UniqueIdOf(string fileId) =>
        _files.TryGetValue(fileId, out var file) ? file.FileUniqueId : "AQAD-" + fileId;
}
