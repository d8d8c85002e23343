using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>
/// What an announcement can be: a text (formatting kept), a photo, video or document with a caption, or one item of an
/// album (the flow gathers the items). A caption over Telegram's 1024 characters, or anything else (a sticker, a
/// location, a voice message), is explained; nothing is cut.
/// </summary>
internal sealed class BroadcastMessageAnswer : Answer<BroadcastMessage>
{
    public static readonly BroadcastMessageAnswer Instance = new();

    public override Parsed<BroadcastMessage> Parse(Turn turn, Input input) => input switch
    {
        TextInput text when !string.IsNullOrWhiteSpace(text.Text) => Parsed<BroadcastMessage>.Ok(new BroadcastMessage { Text = text.Formatted ?? FormattedText.Plain(text.Text) }),
        PhotoInput photo => Media(AttachmentKind.Photo, photo.FileId, null, photo.FormattedCaption, photo.Caption, photo.MediaGroupId),
        VideoInput video => Media(AttachmentKind.Video, video.FileId, null, video.FormattedCaption, video.Caption, video.MediaGroupId),
        DocumentInput document => Media(AttachmentKind.Document, document.FileId, document.FileName, document.FormattedCaption, document.Caption, document.MediaGroupId),
        _ => Parsed<BroadcastMessage>.Invalid(BroadcastTexts.WantMessage),
    };

    private static Parsed<BroadcastMessage> Media(AttachmentKind kind, string fileId, string? fileName, FormattedText? formatted, string? plain, string? group)
    {
        var caption = formatted ?? (plain is null ? FormattedText.Empty : FormattedText.Plain(plain));
        return caption.Length > FormattedText.CaptionLimit
            ? Parsed<BroadcastMessage>.Invalid(BroadcastTexts.CaptionTooLong.With(new { length = caption.Length, max = FormattedText.CaptionLimit }))
            : Parsed<BroadcastMessage>.Ok(new BroadcastMessage { Text = caption, Media = [new BroadcastMedia(kind, fileId, fileName)], MediaGroupId = group });
    }
}
