using Senate.Bot.Digests;
using Senate.Bot.Domain.Conversations;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Senate.Bot.Telegram;

/// <summary>Turns Telegram updates into engine inputs.</summary>
public static class InputMapper
{
    /// <summary>
    /// Maps an update, or returns null for updates the bot does not act on (edits, channel posts, messages from
    /// other bots, service messages in groups).
    /// </summary>
    /// <param name="update">The update.</param>
    /// <param name="botUsername">The bot's username, to accept <c>/command@bot</c> in groups.</param>
    /// <param name="botId">The bot's user id, to recognise replies to its own messages.</param>
    public static IncomingUpdate? Map(Update update, string? botUsername, long botId)
    {
        if (update.CallbackQuery is { } query)
        {
            var chat = query.Message?.Chat;
            return new IncomingUpdate(
                update.Id,
                chat?.Id ?? query.From.Id,
                chat is null || chat.Type == ChatType.Private,
                query.From,
                new ButtonInput(query.Data ?? string.Empty),
                query.Id,
                query.Message?.MessageId,
                query.Message is Message { IsTopicMessage: true } pressed ? pressed.MessageThreadId : null);
        }

        if (update.Message is not { From: { IsBot: false } from } message)
        {
            return null;
        }

        var isPrivate = message.Chat.Type == ChatType.Private;
        var input = MapMessage(message, botUsername, botId, isPrivate);
        if (input is not null && Origin(message.ForwardOrigin) is { } origin)
        {
            input = input with { ForwardedFrom = origin };
        }

        return input is null ? null : new IncomingUpdate(update.Id, message.Chat.Id, isPrivate, from, input, null, null, message.IsTopicMessage ? message.MessageThreadId : null);
    }

    /// <summary>Whom a forwarded message came from: a user (with their id) or one who hides their account (a name only).</summary>
    private static ForwardOrigin? Origin(MessageOrigin? origin) => origin switch
    {
        MessageOriginUser user => new ForwardOrigin(user.SenderUser.Id, string.Join(' ', new[] { user.SenderUser.FirstName, user.SenderUser.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)))),
        MessageOriginHiddenUser hidden => new ForwardOrigin(null, hidden.SenderUserName),
        _ => null,
    };

    private static Input? MapMessage(Message message, string? botUsername, long botId, bool isPrivate)
    {
        if (message.Text is { } text)
        {
            if (Command(text, botUsername) is { } command)
            {
                return command;
            }

            if (!isPrivate)
            {
                return message.ReplyToMessage is { From.Id: var author } replied && author == botId
                    ? new ReplyToBotInput(replied.MessageId, null, text)
                    : null;
            }

            return new TextInput(text) { Formatted = message.Entities is { Length: > 0 } ? MessageEntities.ToFormattedText(message) : null };
        }

        if (!isPrivate)
        {
            return null;
        }

        return message switch
        {
            { Contact: { } contact } => new ContactInput(contact.PhoneNumber, contact.FirstName, contact.LastName, contact.UserId),
            { Location: { } location } => new LocationInput(location.Latitude, location.Longitude),
            { Photo: { Length: > 0 } sizes } => new PhotoInput(sizes[^1].FileId, sizes[^1].FileUniqueId, message.Caption)
            {
                FormattedCaption = Caption(message),
                MediaGroupId = message.MediaGroupId,
            },
            { Video: { } video } => new VideoInput(video.FileId, message.Caption)
            {
                FormattedCaption = Caption(message),
                MediaGroupId = message.MediaGroupId,
            },
            { Document: { } document } => new DocumentInput(document.FileId, document.FileName ?? "file", document.MimeType, message.Caption)
            {
                FormattedCaption = Caption(message),
                MediaGroupId = message.MediaGroupId,
            },
            _ => new UnsupportedInput(message.Type.ToString()),
        };
    }

    private static Domain.Texts.FormattedText? Caption(Message message) =>
        message.Caption is { } caption ? MessageEntities.ToFormattedText(caption, message.CaptionEntities) : null;

    private static CommandInput? Command(string text, string? botUsername)
    {
        if (text.Length < 2 || text[0] != '/')
        {
            return null;
        }

        var space = text.IndexOfAny([' ', '\n']);
        var head = space < 0 ? text[1..] : text[1..space];
        var argument = space < 0 ? string.Empty : text[(space + 1)..].Trim();
        var at = head.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            if (botUsername is not null && !head[(at + 1)..].Equals(botUsername, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            head = head[..at];
        }

        // "// a note" is text, not a command: a command's name is letters, digits and underscores only.
        return head.Length is > 0 and <= 32 && head.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? new CommandInput(head.ToLowerInvariant(), argument) : null;
    }
}
