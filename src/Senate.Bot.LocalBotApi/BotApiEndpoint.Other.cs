using System.Text.Json;
using System.Text.RegularExpressions;
using Telegram.Bot.Types;

namespace Senate.Bot.LocalBotApi;

/// <summary>Updates, buttons, files, commands and chat information.</summary>
internal sealed partial class BotApiEndpoint
{
    private static readonly string[] ChatActions =
    [
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
        "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
    ];

    private ValueTask<string> GetMe(ApiArgs args, CancellationToken ct) =>
        new(LocalWorld.Serialize(_world.BotUser));

    private async ValueTask<string> GetUpdatesAsync(ApiArgs args, CancellationToken ct)
    {
        var limit = args.Long("limit") is { } l and > 0 ? (int)Math.Min(l, 100) : 100;
        var timeout = (int)Math.Clamp(args.Long("timeout") ?? 0, 0, 50);
        var allowed = args.Json("allowed_updates") is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
            : null;
        return await _updates.GetUpdatesAsync(args.Long("offset"), limit, timeout, allowed, _faults.TakeForGetUpdates, ct);
    }

    private ValueTask<string> SetWebhook(ApiArgs args, CancellationToken ct)
    {
        var url = args.String("url");
        if (string.IsNullOrEmpty(url))
        {
            return DeleteWebhook(args, ct);
        }

        // Telegram posts only to HTTPS; plain HTTP is taken on loopback, where the bot under test listens.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            throw BotApiException.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }

        var secret = args.String("secret_token");
        if (secret is not null && !SecretToken().IsMatch(secret))
        {
            throw BotApiException.BadRequest("secret token contains unallowed characters");
        }

        var allowed = args.Json("allowed_updates") is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
            : null;
        if (args.Bool("drop_pending_updates"))
        {
            _updates.DropPending();
        }

        _webhook.Set(new Webhook(url, string.IsNullOrEmpty(secret) ? null : secret, (int)Math.Clamp(args.Long("max_connections") ?? 40, 1, 100), allowed));
        return new("true");
    }

    private ValueTask<string> DeleteWebhook(ApiArgs args, CancellationToken ct)
    {
        _webhook.Set(null);
        if (args.Bool("drop_pending_updates"))
        {
            _updates.DropPending();
        }

        return new("true");
    }

    private ValueTask<string> GetWebhookInfo(ApiArgs args, CancellationToken ct)
    {
        var hook = _webhook.Current;
        var error = _webhook.LastError;
        return new(LocalWorld.Serialize(new WebhookInfo
        {
            Url = hook?.Url ?? "",
            HasCustomCertificate = false,
            PendingUpdateCount = _updates.Pending,
            MaxConnections = hook?.MaxConnections,
            AllowedUpdates = hook?.AllowedUpdates?.Select(k => Enum.Parse<global::Telegram.Bot.Types.Enums.UpdateType>(k.Replace("_", "", StringComparison.Ordinal), ignoreCase: true)).ToArray(),
            LastErrorDate = error?.At.UtcDateTime,
            LastErrorMessage = error?.Message,
        }));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretToken();

    private ValueTask<string> SendChatAction(ApiArgs args, CancellationToken ct)
    {
        KnownChat(args);
        var action = args.String("action");
        return ChatActions.Contains(action)
            ? new("true")
            : throw BotApiException.BadRequest("wrong parameter action in request");
    }

    private ValueTask<string> AnswerCallbackQuery(ApiArgs args, CancellationToken ct)
    {
        var id = args.String("callback_query_id") ?? throw BotApiException.BadRequest("QUERY_ID_INVALID");
        var text = args.String("text");
        if (text is { Length: > 200 })
        {
            throw BotApiException.BadRequest("MESSAGE_TOO_LONG");
        }

        _world.Answer(id, string.IsNullOrEmpty(text) ? null : text, args.Bool("show_alert"), args.String("url"));
        return new("true");
    }

    private ValueTask<string> GetFile(ApiArgs args, CancellationToken ct)
    {
        var id = args.String("file_id");
        var file = (string.IsNullOrEmpty(id) ? null : _world.FileById(id))
            ?? throw BotApiException.BadRequest("invalid file_id");
        if (file.Bytes.Length > 20 * 1024 * 1024)
        {
            throw BotApiException.BadRequest("file is too big");
        }

        return new(LocalWorld.Serialize(new TGFile
        {
            FileId = file.FileId,
            FileUniqueId = file.FileUniqueId,
            FileSize = file.Bytes.Length,
            FilePath = file.FilePath,
        }));
    }

    private ValueTask<string> SetMyCommands(ApiArgs args, CancellationToken ct)
    {
        if (args.Json("commands") is not { ValueKind: JsonValueKind.Array } array)
        {
            throw BotApiException.BadRequest("parameter \"commands\" is required");
        }

        var commands = array.EnumerateArray().Select(c =>
        {
            var command = c.TryGetProperty("command", out var name) ? name.GetString() ?? "" : "";
            var description = c.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "";
            if (!CommandPattern().IsMatch(command))
            {
                throw BotApiException.BadRequest("BOT_COMMAND_INVALID");
            }

            if (description.Trim().Length is < 1 or > 256)
            {
                throw BotApiException.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }

            return (command, description);
        }).ToList();
        if (commands.Count > 100)
        {
            throw BotApiException.BadRequest("too many commands");
        }

        _world.SetCommands(Key(args) with { Commands = commands });
        return new("true");
    }

    private ValueTask<string> GetMyCommands(ApiArgs args, CancellationToken ct)
    {
        var set = _world.GetCommands(Key(args));
        var commands = (set?.Commands ?? []).Select(c => new BotCommand { Command = c.Command, Description = c.Description });
        return new(LocalWorld.Serialize(commands.ToArray()));
    }

    private ValueTask<string> DeleteMyCommands(ApiArgs args, CancellationToken ct)
    {
        _world.SetCommands(Key(args));
        return new("true");
    }

    private ValueTask<string> GetChat(ApiArgs args, CancellationToken ct) =>
        new(LocalWorld.Serialize(_world.ChatInfo(args.ChatId())));

    /// <summary>The scope and language of a command list (commands left empty).</summary>
    private static BotCommandSet Key(ApiArgs args)
    {
        var language = args.String("language_code");
        if (!string.IsNullOrEmpty(language) && !LanguagePattern().IsMatch(language))
        {
            throw BotApiException.BadRequest("invalid language code specified");
        }

        var scope = args.Json("scope");
        var type = "default";
        long? chatId = null;
        long? userId = null;
        if (scope is { ValueKind: JsonValueKind.Object } s)
        {
            type = s.TryGetProperty("type", out var t) ? t.GetString() ?? "default" : "default";
            chatId = s.TryGetProperty("chat_id", out var c) && c.TryGetInt64(out var chat) ? chat : null;
            userId = s.TryGetProperty("user_id", out var u) && u.TryGetInt64(out var user) ? user : null;
        }

        string[] known = ["default", "all_private_chats", "all_group_chats", "all_chat_administrators", "chat", "chat_administrators", "chat_member"];
        if (!known.Contains(type))
        {
            throw BotApiException.BadRequest("wrong parameter scope in request");
        }

        return new BotCommandSet(type, chatId, userId, string.IsNullOrEmpty(language) ? null : language, []);
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandPattern();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguagePattern();
}
