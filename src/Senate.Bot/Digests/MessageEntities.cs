using System.Globalization;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Digests;

/// <summary>
/// Turns an editor's Telegram message into a <see cref="FormattedText"/>: the text (or caption) and its formatting
/// entities, offsets unchanged (both count UTF-16 code units). Entities Telegram finds by itself in any text
/// (mentions, hashtags, plain links, e-mail addresses, phone numbers, commands, dates) are left out, and so are custom
/// emoji, which only bots with a Fragment username may send: their plain-emoji stand-in stays in the text.
/// </summary>
public static class MessageEntities
{
    /// <summary>The formatted text of a message: its text, else its caption (empty when it has neither).</summary>
    public static FormattedText ToFormattedText(Message message) => message.Text is not null
        ? ToFormattedText(message.Text, message.Entities)
        : ToFormattedText(message.Caption ?? string.Empty, message.CaptionEntities);

    /// <summary>A text with its entities; an entity that does not fit the text is left out rather than trusted.</summary>
    public static FormattedText ToFormattedText(string text, IEnumerable<MessageEntity>? entities) =>
        new(text, [.. (entities ?? []).Select(ToSpan).OfType<TextSpan>().Where(s => s.Offset >= 0 && s.Length > 0 && s.End <= text.Length)]);

    private static TextSpan? ToSpan(MessageEntity entity)
    {
        SpanKind? kind = entity.Type switch
        {
            MessageEntityType.Bold => SpanKind.Bold,
            MessageEntityType.Italic => SpanKind.Italic,
            MessageEntityType.Underline => SpanKind.Underline,
            MessageEntityType.Strikethrough => SpanKind.Strikethrough,
            MessageEntityType.Spoiler => SpanKind.Spoiler,
            MessageEntityType.Code => SpanKind.Code,
            MessageEntityType.Pre => SpanKind.Pre,
            MessageEntityType.TextLink when !string.IsNullOrWhiteSpace(entity.Url) => SpanKind.TextLink,
            MessageEntityType.TextMention when entity.User is not null => SpanKind.TextLink,
            MessageEntityType.Blockquote => SpanKind.Blockquote,
            MessageEntityType.ExpandableBlockquote => SpanKind.ExpandableBlockquote,
            _ => null,
        };
        if (kind is not { } known)
        {
            return null;
        }

        var url = entity.Type == MessageEntityType.TextMention
            ? "tg://user?id=" + entity.User!.Id.ToString(CultureInfo.InvariantCulture)
            : known == SpanKind.TextLink ? entity.Url : null;
        return new TextSpan(known, entity.Offset, entity.Length, url, known == SpanKind.Pre ? entity.Language : null);
    }
}
