namespace Senate.Bot.LocalBotApi;

/// <summary>A file the fake server holds: sent by a user or uploaded by the bot, reachable by getFile and download.</summary>
internal sealed record StoredFile(
    string FileId,
    string FileUniqueId,
    string FilePath,
    BotMessageKind Kind,
    byte[] Bytes,
    string? FileName,
    string? MimeType);
