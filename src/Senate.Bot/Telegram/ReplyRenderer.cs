using Microsoft.Extensions.Options;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Storage;

namespace Senate.Bot.Telegram;

/// <summary>Renders engine replies into outbox entries in each recipient's language and the configured time zone.</summary>
public sealed class ReplyRenderer(TextCatalog catalog, IOptions<BotOptions> options, UserStore users)
{
    private const int MaxText = 4096;
    private const int MaxCaption = 1024;
    private readonly TimeZoneInfo _zone = options.Value.Zone();

    /// <summary>Renders a reply to <paramref name="turn"/>'s chat (or the reply's own chat).</summary>
    public OutboxMessage Render(Reply reply, Turn turn, DateTime nowUtc)
    {
        var chatId = reply.ChatId ?? turn.ChatId;
        var language = reply.Language
            ?? (chatId == turn.ChatId ? turn.Language : users.Get(chatId)?.Language ?? turn.Language);
        return Render(reply, chatId, language, nowUtc, reply.EditPressedMessage ? turn.PressedMessageId : null);
    }

    /// <summary>Renders a reply to a chat in a language (used by background jobs too).</summary>
    public OutboxMessage Render(Reply reply, long chatId, Language language, DateTime nowUtc, int? pressedMessageId = null)
    {
        var limit = reply.Attachment is null && reply.MediaGroup.Count == 0 ? MaxText : MaxCaption;
        var message = new OutboxMessage
        {
            ChatId = chatId,
            Kind = reply.DeleteMessageIds.Count > 0 ? OutboxKind.Delete : OutboxKind.Message,
            Text = reply.ButtonsOnly ? string.Empty : Fit(catalog.Render(reply.Text, language, _zone), limit),
            ButtonsOnly = reply.ButtonsOnly,
            RemoveKeyboard = reply.RemoveKeyboard,
            EditMessageId = reply.EditMessageId ?? pressedMessageId,
            EditTag = reply.EditTag,
            Tag = reply.Tag,
            CreatedUtc = nowUtc,
        };
        if (reply.Buttons.Count > 0)
        {
            message.Buttons = [.. reply.Buttons.Select(row => row.Select(b => new OutboxButton(Plain(b.Label, language), b.Url is null ? b.Data : null, b.Url)).ToList())];
        }

        if (reply.Keyboard is { } keyboard)
        {
            message.Keyboard = [.. keyboard.Rows.Select(row => row.Select(k => new OutboxKey(Plain(k.Label, language), k.Request == KeyRequest.Contact, k.Request == KeyRequest.Location)).ToList())];
        }

        if (reply.Attachment is { } attachment)
        {
            message.Attachment = Attachment(attachment);
        }

        if (reply.MediaGroup.Count > 0)
        {
            message.Media = [.. reply.MediaGroup.Select(Attachment)];
        }

        if (reply.DeleteMessageIds.Count > 0)
        {
            message.DeleteMessageIds = [.. reply.DeleteMessageIds];
        }

        message.Pin = reply.Pin;

        if (reply.Album.Count > 0)
        {
            message.Album = [.. reply.Album];
        }

        if (reply.Location is { } location)
        {
            message.Latitude = location.Latitude;
            message.Longitude = location.Longitude;
        }

        if (reply.Topic is { } topic)
        {
            message.Topic = topic.Key;
            message.TopicTitle = Plain(topic.Title, language);
        }

        message.ReplyToTag = reply.ReplyToTag;

        return message;
    }

    private static OutboxAttachment Attachment(Attachment attachment) => new()
    {
        IsPhoto = attachment.Kind == AttachmentKind.Photo,
        IsVideo = attachment.Kind == AttachmentKind.Video,
        FileId = attachment.FileId,
        Content = attachment.Content,
        Render = attachment.Content is null ? attachment.Render : null,
        FileName = attachment.FileName,
    };

    /// <summary>The plain text of a toast (answerCallbackQuery allows 200 characters).</summary>
    public string Toast(Text text, Language language) => Fit(Plain(text, language), 200);

    private string Plain(Text text, Language language) => catalog.RenderPlain(text, language, _zone);

    /// <summary>
    /// Keeps a text within Telegram's limit. Flows keep their texts short; this is the last guard for user data
    /// quoted back at length (a 3000-character description inside a review screen).
    /// </summary>
    private static string Fit(string text, int limit)
    {
        // Telegram's limits count the characters a reader sees, after the HTML is parsed.
        if (text.Length <= limit || System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(text, "<[^>]*>", string.Empty)).Length <= limit)
        {
            return text;
        }

        // Cut outside an HTML tag or entity so Telegram can still parse the text.
        var cut = limit - 1;
        var lastOpen = text.LastIndexOf('<', cut);
        var lastClose = text.LastIndexOf('>', cut);
        if (lastOpen > lastClose)
        {
            cut = lastOpen;
        }

        var amp = text.LastIndexOf('&', cut - 1);
        if (amp >= 0 && text.IndexOf(';', amp) >= cut)
        {
            cut = amp;
        }

        return System.Text.RegularExpressions.Regex.Replace(text[..cut], "<[^>]*>", string.Empty) + "…";
    }
}
