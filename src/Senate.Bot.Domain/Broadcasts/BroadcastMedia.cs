using Senate.Bot.Domain.Conversations;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>A photo, video or document of an announcement, by its Telegram file id.</summary>
/// <param name="Kind">Photo, video or document.</param>
/// <param name="FileId">The Telegram file id the editor's message had (the bot sends it again by id).</param>
/// <param name="FileName">A document's file name.</param>
public sealed record BroadcastMedia(AttachmentKind Kind, string FileId, string? FileName = null);
