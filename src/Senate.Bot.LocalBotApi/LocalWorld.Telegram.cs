using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Senate.Bot.LocalBotApi;

/// <summary>How local messages look to the bot: Telegram.Bot's own types, serialized with its own options.</summary>
internal sealed partial class LocalWorld
{
    public User BotUser => new()
    {
        Id = options.BotId,
        IsBot = true,
        FirstName = options.BotName,
        Username = options.BotUsername,
        CanJoinGroups = true,
        CanReadAllGroupMessages = false,
        SupportsInlineQueries = false,
    };

    /// <summary>The Telegram message of a local one (with the message it replies to, one level deep).</summary>
    public Message ToTelegram(BotMessage message)
    {
        lock (_gate)
        {
            return ToTelegram(message, withReply: true);
        }
    }

    private Message ToTelegram(BotMessage message, bool withReply)
    {
        var chat = _chats[message.ChatId];
        var result = new Message
        {
            Id = message.MessageId,
            Date = message.Date.UtcDateTime,
            Chat = ToTelegramChat(chat),
            From = message.FromBot ? BotUser : ToTelegramUser(_users[message.FromId]),
            EditDate = message.Edited > 0 ? message.Date.UtcDateTime : null,
            MediaGroupId = message.MediaGroupId,
            MessageThreadId = message.ThreadId,
            IsTopicMessage = message.ThreadId is not null,
            ReplyMarkup = message.InlineButtons.Count == 0 ? null : ToMarkup(message.InlineButtons),
        };

        if (message.ForwardedFromChatId is { } origin && _users.TryGetValue(origin, out var sender))
        {
            result.ForwardOrigin = new MessageOriginUser { SenderUser = ToTelegramUser(sender), Date = message.Date.UtcDateTime };
        }

        if (withReply && message.ReplyToMessageId is { } replyTo && Slot(chat, replyTo) is { } replied)
        {
            result.ReplyToMessage = ToTelegram(replied.Message, withReply: false);
        }

        switch (message.Kind)
        {
            case BotMessageKind.Text:
                result.Text = message.Text;
                result.Entities = message.Entities is { Count: > 0 } entities ? [.. entities] : null;
                if (message.Text is { } text && !message.FromBot && text.StartsWith('/'))
                {
                    var length = text.IndexOfAny([' ', '\n']) is var space and > 0 ? space : text.Length;
                    result.Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = length }];
                }

                break;
            case BotMessageKind.Photo:
                result.Caption = message.Text;
                result.CaptionEntities = message.Entities is { Count: > 0 } photoEntities ? [.. photoEntities] : null;
                result.Photo =
                [
                    new PhotoSize
                    {
                        FileId = message.FileId!,
                        FileUniqueId = UniqueIdOf(message.FileId!),
                        Width = 1280,
                        Height = 960,
                        FileSize = message.FileBytes?.Length,
                    },
                ];
                break;
            case BotMessageKind.Video:
                result.Caption = message.Text;
                result.CaptionEntities = message.Entities is { Count: > 0 } videoEntities ? [.. videoEntities] : null;
                result.Video = new Video
                {
                    FileId = message.FileId!,
                    FileUniqueId = UniqueIdOf(message.FileId!),
                    Width = 1280,
                    Height = 720,
                    Duration = 10,
                    MimeType = "video/mp4",
                    FileSize = message.FileBytes?.Length,
                };
                break;
            case BotMessageKind.Document:
                result.Caption = message.Text;
                result.CaptionEntities = message.Entities is { Count: > 0 } documentEntities ? [.. documentEntities] : null;
                result.Document = new Document
                {
                    FileId = message.FileId!,
                    FileUniqueId = UniqueIdOf(message.FileId!),
                    FileName = message.FileName,
                    MimeType = MimeTypes.Of(message.FileName),
                    FileSize = message.FileBytes?.Length,
                };
                break;
            case BotMessageKind.Location:
                result.Location = new Location { Latitude = message.Latitude!.Value, Longitude = message.Longitude!.Value };
                break;
            case BotMessageKind.Contact:
                result.Contact = new Contact
                {
                    PhoneNumber = message.PhoneNumber!,
                    FirstName = message.ContactUserId is { } owner && _users.TryGetValue(owner, out var user)
                        ? user.FirstName
                        : "Contact",
                    UserId = message.ContactUserId,
                };
                break;
            case BotMessageKind.Sticker:
                result.Sticker = new Sticker
                {
                    FileId = message.FileId!,
                    FileUniqueId = UniqueIdOf(message.FileId!),
                    Type = StickerType.Regular,
                    Width = 512,
                    Height = 512,
                    IsAnimated = false,
                    IsVideo = false,
                    Emoji = "👍",
                };
                break;
            default:
                throw new InvalidOperationException($"Unknown message kind {message.Kind}.");
        }

        return result;
    }

    private static Chat ToTelegramChat(LocalChat chat) => chat.IsPrivate
        ? new Chat { Id = chat.Id, Type = ChatType.Private, FirstName = chat.Title }
        : new Chat { Id = chat.Id, Type = chat.Type, Title = chat.Title };

    private static User ToTelegramUser(LocalUserInfo user) => new()
    {
        Id = user.Id,
        IsBot = false,
        FirstName = user.FirstName,
        Username = user.Username,
        LanguageCode = user.LanguageCode,
    };

    private static InlineKeyboardMarkup ToMarkup(IReadOnlyList<IReadOnlyList<InlineButton>> rows) =>
        new(rows.Select(row => row.Select(b => b.Url is not null
            ? InlineKeyboardButton.WithUrl(b.Text, b.Url)
            : InlineKeyboardButton.WithCallbackData(b.Text, b.CallbackData ?? ""))));
}
