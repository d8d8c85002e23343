namespace Senate.Bot.LocalBotApi;

/// <summary>A file part of a multipart request.</summary>
internal sealed record UploadedFile(byte[] Bytes, string FileName, string? ContentType);
