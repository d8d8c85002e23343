using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>
/// An announcement as a message the bot sends: the text with the editor's formatting (entities turned into Telegram's
/// HTML), a photo, video or document with its caption, or an album with the caption on its first item.
/// </summary>
internal static class BroadcastMessages
{
    /// <summary>The message, pinned when <paramref name="pin"/>.</summary>
    public static Reply Reply(BroadcastMessage message, bool pin = false)
    {
        var text = Text.Markup(message.Text.ToHtml());
        return message.Media switch
        {
            [] => new Reply { Text = text, Pin = pin },
            [var single] => new Reply { Text = text, Attachment = Attachment(single), Pin = pin },
            var album => new Reply { Text = text, MediaGroup = [.. album.Select(Attachment)], Pin = pin },
        };
    }

    private static Attachment Attachment(BroadcastMedia media) => new() { Kind = media.Kind, FileId = media.FileId, FileName = media.FileName ?? "file" };
}
