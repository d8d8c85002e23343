using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Senate.Bot.LocalBotApi;

/// <summary>
/// The bot's side: <c>/bot{token}/{method}</c> and <c>/file/bot{token}/{path}</c>. Checks the token, counts the
/// call, applies injected faults and rate limits to sending calls, runs the method and answers in the Bot
/// API's envelope (<c>{"ok":true,"result":…}</c> or <c>{"ok":false,"error_code":…,"description":…}</c>).
/// </summary>
internal sealed partial class BotApiEndpoint
{
    private readonly LocalWorld _world;
    private readonly UpdateQueue _updates;
    private readonly WebhookDelivery _webhook;
    private readonly Faults _faults;
    private readonly RateLimits _limits;
    private readonly ServerStats _stats;
    private readonly LocalBotApiOptions _options;
    private readonly CancellationToken _stopping;
    private readonly Dictionary<string, (string Name, Handler Handler)> _methods;

    public BotApiEndpoint(
        LocalWorld world,
        UpdateQueue updates,
        WebhookDelivery webhook,
        Faults faults,
        RateLimits limits,
        ServerStats stats,
        CancellationToken stopping)
    {
        _world = world;
        _updates = updates;
        _webhook = webhook;
        _faults = faults;
        _limits = limits;
        _stats = stats;
        _options = world.Options;
        _stopping = stopping;
        var handlers = new Dictionary<string, Handler>
        {
            ["getMe"] = GetMe,
            ["getUpdates"] = GetUpdatesAsync,
            ["setWebhook"] = SetWebhook,
            ["deleteWebhook"] = DeleteWebhook,
            ["getWebhookInfo"] = GetWebhookInfo,
            ["sendMessage"] = SendMessage,
            ["editMessageText"] = EditMessageText,
            ["editMessageReplyMarkup"] = EditMessageReplyMarkup,
            ["editMessageCaption"] = EditMessageCaption,
            ["deleteMessage"] = DeleteMessage,
            ["deleteMessages"] = DeleteMessages,
            ["pinChatMessage"] = PinChatMessage,
            ["sendVideo"] = SendVideo,
            ["copyMessage"] = CopyMessage,
            ["forwardMessage"] = ForwardMessage,
            ["sendPhoto"] = SendPhoto,
            ["sendDocument"] = SendDocument,
            ["sendMediaGroup"] = SendMediaGroup,
            ["sendLocation"] = SendLocation,
            ["sendChatAction"] = SendChatAction,
            ["answerCallbackQuery"] = AnswerCallbackQuery,
            ["getFile"] = GetFile,
            ["setMyCommands"] = SetMyCommands,
            ["getMyCommands"] = GetMyCommands,
            ["deleteMyCommands"] = DeleteMyCommands,
            ["getChat"] = GetChat,
            ["createForumTopic"] = CreateForumTopic,
        };

        // Telegram matches method names case-insensitively.
        _methods = handlers.ToDictionary(h => h.Key, h => (h.Key, h.Value), StringComparer.OrdinalIgnoreCase);
    }

    private delegate ValueTask<string> Handler(ApiArgs args, CancellationToken ct);

    /// <summary>
    /// Takes <c>/bot{token}/{method}</c> and <c>/file/bot{token}/{path}</c> before routing (a token has a colon,
    /// which route templates do not split reliably); anything else goes on.
    /// </summary>
    public RequestDelegate Middleware(RequestDelegate next) => context =>
    {
        var path = context.Request.Path.Value ?? "";
        if (path.StartsWith("/file/bot", StringComparison.Ordinal) && Split(path["/file/bot".Length..]) is var (fileToken, filePath))
        {
            return HandleFileAsync(context, fileToken, filePath);
        }

        if (path.StartsWith("/bot", StringComparison.Ordinal) && Split(path["/bot".Length..]) is var (token, method))
        {
            return HandleMethodAsync(context, token, method);
        }

        return next(context);
    };

    private static (string Token, string Tail)? Split(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? (path[..slash], path[(slash + 1)..]) : null;
    }

    private async Task HandleMethodAsync(HttpContext context, string token, string methodName)
    {
        if (token != _options.Token)
        {
            await WriteErrorAsync(context, new BotApiException(401, "Unauthorized"));
            return;
        }

        if (!_methods.TryGetValue(methodName, out var method))
        {
            _stats.CountRequest(methodName);
            await WriteErrorAsync(context, new BotApiException(404, "Not Found: method not found"));
            return;
        }

        _stats.CountRequest(method.Name);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping);
        var ct = cts.Token;
        try
        {
            var args = await ApiArgs.ReadAsync(context.Request, ct);
            if (_faults.TakeForMethod(method.Name) is { } failed)
            {
                throw new BotApiException(failed.ErrorCode, failed.Description);
            }

            long? limitedChat = null;
            long? tokenTaken = null;
            if (LocalBotApiServer.SendingMethods.Contains(method.Name))
            {
                var chatId = TargetChat(args);
                if (_faults.CurrentDelay is { } delay && delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, _options.TimeProvider, ct);
                }

                if (_faults.TakeForSending(chatId) is { } fault)
                {
                    _stats.LogCall(method.Name, chatId, fault.ErrorCode);
                    if (fault.AbortConnection)
                    {
                        context.Abort();
                        return;
                    }

                    throw new BotApiException(fault.ErrorCode, fault.Description, fault.RetryAfter);
                }

                if (chatId is { } id && LocalBotApiServer.RateLimitedMethods.Contains(method.Name))
                {
                    if (_limits.TryAcquire(id) is { } retryAfter)
                    {
                        _stats.CountLimitExceeded();
                        if (_options.EnforceLimits)
                        {
                            throw new BotApiException(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);
                        }
                    }
                    else
                    {
                        tokenTaken = id;
                    }

                    limitedChat = id;
                }
            }

            string result;
            try
            {
                result = await method.Handler(args, ct);
            }
            catch (BotApiException)
            {
                if (tokenTaken is { } refund)
                {
                    _limits.Refund(refund);
                }

                throw;
            }

            if (limitedChat is { } sentTo)
            {
                _stats.CountSent(sentTo);
            }

            if (LocalBotApiServer.SendingMethods.Contains(method.Name))
            {
                _stats.LogCall(method.Name, TargetChat(args), 200);
            }

            await WriteAsync(context, 200, "{\"ok\":true,\"result\":" + result + "}");
        }
        catch (BotApiException e)
        {
            await WriteErrorAsync(context, e);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The bot hung up, or the server is stopping: then the connection drops, as a real server's would.
            if (!context.RequestAborted.IsCancellationRequested)
            {
                context.Abort();
            }
        }
    }

    private async Task HandleFileAsync(HttpContext context, string token, string path)
    {
        if (token != _options.Token)
        {
            await WriteErrorAsync(context, new BotApiException(401, "Unauthorized"));
            return;
        }

        if (_world.FileByPath(path) is not { } file)
        {
            await WriteErrorAsync(context, new BotApiException(404, "Not Found"));
            return;
        }

        context.Response.ContentType = file.MimeType ?? "application/octet-stream";
        context.Response.ContentLength = file.Bytes.Length;
        await context.Response.Body.WriteAsync(file.Bytes, context.RequestAborted);
    }

    private static long? TargetChat(ApiArgs args)
    {
        try
        {
            return args.Has("chat_id") ? args.ChatId() : null;
        }
        catch (BotApiException)
        {
            return null;
        }
    }

    private async Task WriteErrorAsync(HttpContext context, BotApiException error)
    {
        _stats.CountError(error.ErrorCode);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteBoolean("ok", false);
            json.WriteNumber("error_code", error.ErrorCode);
            json.WriteString("description", error.Message);
            if (error.RetryAfter is { } retryAfter)
            {
                json.WriteStartObject("parameters");
                json.WriteNumber("retry_after", retryAfter);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        await WriteAsync(context, error.ErrorCode, Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static async Task WriteAsync(HttpContext context, int status, string json)
    {
        if (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }
}
