using System.Globalization;
using System.Text.Json;
using Telegram.Bot.Types;

namespace Senate.Bot.LocalBotApi;

/// <summary>Methods that send, edit, copy and delete messages.</summary>
internal sealed partial class BotApiEndpoint
{
    private const string NotModified =
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

    private int _albumCounter;

    private ValueTask<string> SendMessage(ApiArgs args, CancellationToken ct)
    {
        var chatId = KnownChat(args);
        var text = FormattedText.Text(args.String("text"), args.String("parse_mode"));
        var markup = ReplyMarkup.Parse(args.Json("reply_markup"));
        return Sent(Template(args, chatId, BotMessageKind.Text, text, markup));
    }

    private ValueTask<string> SendPhoto(ApiArgs args, CancellationToken ct) => SendFile(args, BotMessageKind.Photo, "photo");

    private ValueTask<string> SendDocument(ApiArgs args, CancellationToken ct) => SendFile(args, BotMessageKind.Document, "document");

    private ValueTask<string> SendVideo(ApiArgs args, CancellationToken ct) => SendFile(args, BotMessageKind.Video, "video");

    /// <summary>sendPhoto, sendDocument, sendVideo: a file (uploaded or by file_id) in <paramref name="field"/>, with a formatted caption.</summary>
    private ValueTask<string> SendFile(ApiArgs args, BotMessageKind kind, string field)
    {
        var chatId = KnownChat(args);
        var caption = FormattedText.Caption(args.String("caption"), args.String("parse_mode"));
        var markup = ReplyMarkup.Parse(args.Json("reply_markup"));
        var file = ResolveFile(args.File(field), kind, field);
        return Sent(Template(args, chatId, kind, caption, markup) with
        {
            FileId = file.FileId,
            FileName = kind == BotMessageKind.Document ? file.FileName : null,
            FileBytes = file.Bytes,
        });
    }

    private ValueTask<string> SendLocation(ApiArgs args, CancellationToken ct)
    {
        var chatId = KnownChat(args);
        var latitude = args.Double("latitude") ?? throw BotApiException.BadRequest("latitude is empty");
        var longitude = args.Double("longitude") ?? throw BotApiException.BadRequest("longitude is empty");
        if (latitude is < -90 or > 90 || longitude is < -180 or > 180)
        {
            throw BotApiException.BadRequest("wrong latitude or longitude specified");
        }

        var markup = ReplyMarkup.Parse(args.Json("reply_markup"));
        return Sent(Template(args, chatId, BotMessageKind.Location, null, markup) with
        {
            Latitude = latitude,
            Longitude = longitude,
        });
    }

    private ValueTask<string> SendMediaGroup(ApiArgs args, CancellationToken ct)
    {
        var chatId = KnownChat(args);
        if (args.Json("media") is not { ValueKind: JsonValueKind.Array } media)
        {
            throw BotApiException.BadRequest("media is empty");
        }

        var items = media.EnumerateArray().ToList();
        if (items.Count is < 2 or > 10)
        {
            throw BotApiException.BadRequest("wrong number of media in the group: must include 2-10 items");
        }

        var albumId = Interlocked.Increment(ref _albumCounter).ToString("D12", CultureInfo.InvariantCulture);
        var templates = items.Select(item =>
        {
            var type = item.TryGetProperty("type", out var t) ? t.GetString() : null;
            var kind = type switch
            {
                "photo" => BotMessageKind.Photo,
                "video" => BotMessageKind.Video,
                "document" => BotMessageKind.Document,
                _ => throw BotApiException.BadRequest($"media of type \"{type}\" is not supported here"),
            };
            var reference = item.TryGetProperty("media", out var m) ? m.GetString() : null;
            var file = ResolveFile(args.Attachment(reference ?? throw BotApiException.BadRequest("media is empty")), kind, type);
            var caption = FormattedText.Caption(
                item.TryGetProperty("caption", out var c) ? c.GetString() : null,
                item.TryGetProperty("parse_mode", out var p) ? p.GetString() : null);
            return Template(args, chatId, kind, caption, ReplyMarkup.None) with
            {
                FileId = file.FileId,
                FileName = kind == BotMessageKind.Document ? file.FileName : null,
                FileBytes = file.Bytes,
                MediaGroupId = albumId,
            };
        }).ToList();

        var sent = _world.PostBotMessages(templates);
        return new ValueTask<string>(LocalWorld.Serialize(sent.Select(_world.ToTelegram).ToArray()));
    }

    private ValueTask<string> CopyMessage(ApiArgs args, CancellationToken ct)
    {
        var chatId = KnownChat(args);
        var source = Source(args);
        var caption = args.Has("caption") ? FormattedText.Caption(args.String("caption"), args.String("parse_mode")) : null;
        if (caption is not null && source.Kind is not (BotMessageKind.Photo or BotMessageKind.Document or BotMessageKind.Video))
        {
            caption = null;
        }

        var markup = args.Has("reply_markup") ? ReplyMarkup.Parse(args.Json("reply_markup")) : null;
        var copy = Copy(source, chatId) with
        {
            Text = caption?.Plain ?? source.Text,
            Html = caption is null ? source.Html : caption.Html,
            ParseMode = caption is null ? source.ParseMode : caption.ParseMode,
            InlineButtons = markup?.Inline ?? (source.FromBot ? source.InlineButtons : []),
            ReplyKeyboard = markup?.Keyboard,
            RemoveKeyboard = markup?.RemoveKeyboard ?? false,
            ReplyToMessageId = ReplyTo(args, chatId),
        };
        var sent = _world.PostBotMessage(copy);
        return new ValueTask<string>(LocalWorld.Serialize(new MessageId { Id = sent.MessageId }));
    }

    private ValueTask<string> ForwardMessage(ApiArgs args, CancellationToken ct)
    {
        var chatId = KnownChat(args);
        var source = Source(args);
        var forward = Copy(source, chatId) with
        {
            ForwardedFromChatId = source.FromBot ? null : source.FromId,
            InlineButtons = source.FromBot ? source.InlineButtons : [],
        };
        return Sent(forward);
    }

    private ValueTask<string> EditMessageText(ApiArgs args, CancellationToken ct)
    {
        var (chatId, messageId) = EditTarget(args);
        var text = FormattedText.Text(args.String("text"), args.String("parse_mode"));
        var buttons = InlineMarkup(args);
        var edited = _world.Edit(chatId, messageId, m =>
        {
            EnsureBotMessage(m);
            if (m.Kind != BotMessageKind.Text)
            {
                throw BotApiException.BadRequest("there is no text in the message to edit");
            }

            if (m.Text == text.Plain && m.Html == text.Html && ReplyMarkup.SameButtons(m.InlineButtons, buttons))
            {
                throw BotApiException.BadRequest(NotModified);
            }

            return m with { Text = text.Plain, Html = text.Html, ParseMode = text.ParseMode, InlineButtons = buttons, Edited = m.Edited + 1 };
        }, "message to edit not found");
        return new ValueTask<string>(LocalWorld.Serialize(_world.ToTelegram(edited)));
    }

    private ValueTask<string> EditMessageCaption(ApiArgs args, CancellationToken ct)
    {
        var (chatId, messageId) = EditTarget(args);
        var caption = FormattedText.Caption(args.String("caption") ?? "", args.String("parse_mode"))!;
        var buttons = InlineMarkup(args);
        var edited = _world.Edit(chatId, messageId, m =>
        {
            EnsureBotMessage(m);
            if (m.Kind is not (BotMessageKind.Photo or BotMessageKind.Document))
            {
                throw BotApiException.BadRequest("there is no caption in the message to edit");
            }

            if ((m.Text ?? "") == caption.Plain && m.Html == caption.Html && ReplyMarkup.SameButtons(m.InlineButtons, buttons))
            {
                throw BotApiException.BadRequest(NotModified);
            }

            return m with
            {
                Text = caption.Plain.Length == 0 ? null : caption.Plain,
                Html = caption.Html,
                ParseMode = caption.ParseMode,
                InlineButtons = buttons,
                Edited = m.Edited + 1,
            };
        }, "message to edit not found");
        return new ValueTask<string>(LocalWorld.Serialize(_world.ToTelegram(edited)));
    }

    private ValueTask<string> EditMessageReplyMarkup(ApiArgs args, CancellationToken ct)
    {
        var (chatId, messageId) = EditTarget(args);
        var buttons = InlineMarkup(args);
        var edited = _world.Edit(chatId, messageId, m =>
        {
            EnsureBotMessage(m);
            if (ReplyMarkup.SameButtons(m.InlineButtons, buttons))
            {
                throw BotApiException.BadRequest(NotModified);
            }

            return m with { InlineButtons = buttons, Edited = m.Edited + 1 };
        }, "message to edit not found");
        return new ValueTask<string>(LocalWorld.Serialize(_world.ToTelegram(edited)));
    }

    private ValueTask<string> DeleteMessage(ApiArgs args, CancellationToken ct)
    {
        var chatId = KnownChat(args);
        var messageId = (int)(args.Long("message_id") ?? throw BotApiException.BadRequest("message identifier is not specified"));
        _world.Edit(chatId, messageId, m => m with { Deleted = true }, "message to delete not found");
        return new ValueTask<string>("true");
    }

    /// <summary>deleteMessages: 1 to 100 ids; like Telegram, ids that cannot be found are skipped.</summary>
    private ValueTask<string> DeleteMessages(ApiArgs args, CancellationToken ct)
    {
        var chatId = KnownChat(args);
        if (args.Json("message_ids") is not { ValueKind: JsonValueKind.Array } ids || ids.GetArrayLength() is < 1 or > 100)
        {
            throw BotApiException.BadRequest("message_ids must hold 1 to 100 message identifiers");
        }

        foreach (var id in ids.EnumerateArray())
        {
            if (_world.Find(chatId, id.GetInt32()) is { Deleted: false })
            {
                _world.Edit(chatId, id.GetInt32(), m => m with { Deleted = true }, "message to delete not found");
            }
        }

        return new ValueTask<string>("true");
    }

    private ValueTask<string> PinChatMessage(ApiArgs args, CancellationToken ct)
    {
        var chatId = KnownChat(args);
        var messageId = (int)(args.Long("message_id") ?? throw BotApiException.BadRequest("message identifier is not specified"));
        _world.Edit(chatId, messageId, m => m with { Pinned = true }, "message to pin not found");
        return new ValueTask<string>("true");
    }

    private ValueTask<string> Sent(BotMessage template)
    {
        var sent = _world.PostBotMessage(template);
        return new ValueTask<string>(LocalWorld.Serialize(_world.ToTelegram(sent)));
    }

    private long KnownChat(ApiArgs args)
    {
        var chatId = args.ChatId();
        _world.KnownChat(chatId);
        return chatId;
    }

    private BotMessage Template(ApiArgs args, long chatId, BotMessageKind kind, FormattedText? text, ReplyMarkup markup) => new()
    {
        MessageId = 0,
        ChatId = chatId,
        FromId = _options.BotId,
        FromBot = true,
        Kind = kind,
        Date = default,
        Text = text is { Plain.Length: > 0 } ? text.Plain : null,
        Html = text?.Html,
        ParseMode = text?.ParseMode,
        InlineButtons = markup.Inline,
        ReplyKeyboard = markup.Keyboard,
        RemoveKeyboard = markup.RemoveKeyboard,
        ReplyToMessageId = ReplyTo(args, chatId),
        ThreadId = _world.Thread(chatId, args.Long("message_thread_id")),
    };

    /// <summary>reply_parameters (or the older reply_to_message_id); a missing message is a 400 unless allowed.</summary>
    private int? ReplyTo(ApiArgs args, long chatId)
    {
        long? messageId;
        var allowWithout = args.Bool("allow_sending_without_reply");
        if (args.Json("reply_parameters") is { ValueKind: JsonValueKind.Object } parameters)
        {
            messageId = parameters.TryGetProperty("message_id", out var id) && id.TryGetInt64(out var value) ? value : null;
            allowWithout |= parameters.TryGetProperty("allow_sending_without_reply", out var allow) && allow.ValueKind == JsonValueKind.True;
            if (parameters.TryGetProperty("chat_id", out var otherChat) && otherChat.TryGetInt64(out var other) && other != chatId)
            {
                return null; // a reply to another chat shows as a quote; nothing to track here
            }
        }
        else
        {
            messageId = args.Long("reply_to_message_id");
        }

        if (messageId is null)
        {
            return null;
        }

        if (_world.Find(chatId, (int)messageId.Value) is { Deleted: false })
        {
            return (int)messageId.Value;
        }

        return allowWithout ? null : throw BotApiException.BadRequest("message to be replied not found");
    }

    private StoredFile ResolveFile((UploadedFile? Upload, string? Reference) file, BotMessageKind kind, string? name)
    {
        if (file.Upload is { } upload)
        {
            if (upload.Bytes.Length == 0)
            {
                throw BotApiException.BadRequest($"file must be non-empty");
            }

            return _world.AddFile(kind, upload.Bytes, upload.FileName);
        }

        if (string.IsNullOrEmpty(file.Reference))
        {
            throw BotApiException.BadRequest($"there is no {name} in the request");
        }

        if (file.Reference.Contains("://", StringComparison.Ordinal))
        {
            throw BotApiException.BadRequest("failed to get HTTP URL content");
        }

        var stored = _world.FileById(file.Reference) ?? throw BotApiException.BadRequest("wrong file identifier/HTTP URL specified");
        if (stored.Kind != kind)
        {
            throw BotApiException.BadRequest($"can't use file of type {stored.Kind} as {kind}");
        }

        return stored;
    }

    private BotMessage Source(ApiArgs args)
    {
        var fromChat = args.ChatId("from_chat_id");
        var messageId = (int)(args.Long("message_id") ?? throw BotApiException.BadRequest("message identifier is not specified"));
        return _world.Existing(fromChat, messageId, "message to copy not found");
    }

    private static BotMessage Copy(BotMessage source, long chatId) => source with
    {
        MessageId = 0,
        ChatId = chatId,
        Edited = 0,
        Deleted = false,
        ReplyToMessageId = null,
        ReplyKeyboard = null,
        RemoveKeyboard = false,
        MediaGroupId = null,
        ForwardedFromChatId = null,
    };

    private (long ChatId, int MessageId) EditTarget(ApiArgs args)
    {
        if (args.Has("inline_message_id"))
        {
            throw BotApiException.BadRequest("inline messages are not supported by the local Bot API");
        }

        var chatId = KnownChat(args);
        var messageId = args.Long("message_id") ?? throw BotApiException.BadRequest("message identifier is not specified");
        return (chatId, (int)messageId);
    }

    /// <summary>The inline keyboard of an edit; Telegram removes the keyboard when none is given.</summary>
    private static IReadOnlyList<IReadOnlyList<InlineButton>> InlineMarkup(ApiArgs args)
    {
        var markup = ReplyMarkup.Parse(args.Json("reply_markup"));
        return markup.IsInlineOnly ? markup.Inline : throw BotApiException.BadRequest("inline keyboard expected");
    }

    private static void EnsureBotMessage(BotMessage message)
    {
        if (!message.FromBot)
        {
            throw BotApiException.BadRequest("message can't be edited");
        }
    }
}
