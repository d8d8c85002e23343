using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Senate.Bot.LocalBotApi;

/// <summary>
/// The users' side over HTTP, under <c>/local</c>, for the playground page and outside tools (load generators):
/// write as a user, press buttons, read a chat (with long polling), download files. JSON in camelCase.
/// Injected faults never apply here.
/// </summary>
internal sealed class UserApiEndpoint(LocalBotApiServer server, LocalWorld world, CancellationToken stopping)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/local/config", Config);
        app.MapGet("/local/stats", Stats);
        app.MapPost("/local/users", context => Run(context, async () =>
        {
            var request = await Body<UserRequest>(context);
            server.User(request.Id, request.FirstName, request.LanguageCode, request.Username);
            return new { request.Id };
        }));
        app.MapPost("/local/groups", context => Run(context, async () =>
        {
            var request = await Body<GroupRequest>(context);
            server.Group(request.Id, request.Title);
            return new { request.Id };
        }));
        app.MapGet("/local/chats/{chatId}/messages", ReadMessages);
        app.MapPost("/local/chats/{chatId}/text", context => Run(context, async () =>
        {
            var request = await Body<TextRequest>(context);
            return Posted(UserMessages.Text(ChatId(context), From(context, request.FromId), request.Text, request.ReplyToMessageId));
        }));
        app.MapPost("/local/chats/{chatId}/contact", context => Run(context, async () =>
        {
            var request = await Body<ContactRequest>(context);
            return Posted(UserMessages.Contact(ChatId(context), From(context, request.FromId), request.PhoneNumber, request.Own ?? true));
        }));
        app.MapPost("/local/chats/{chatId}/location", context => Run(context, async () =>
        {
            var request = await Body<LocationRequest>(context);
            return Posted(UserMessages.Location(ChatId(context), From(context, request.FromId), request.Latitude, request.Longitude));
        }));
        app.MapPost("/local/chats/{chatId}/sticker", context => Run(context, async () =>
        {
            var request = await Body<FromRequest>(context);
            return Posted(UserMessages.Sticker(world, ChatId(context), From(context, request.FromId)));
        }));
        app.MapPost("/local/chats/{chatId}/photo", context => Run(context, async () => await Upload(context, "photo")));
        app.MapPost("/local/chats/{chatId}/document", context => Run(context, async () => await Upload(context, "document")));
        app.MapPost("/local/chats/{chatId}/press", context => Run(context, async () =>
        {
            var request = await Body<PressRequest>(context);
            var chatId = ChatId(context);
            var from = From(context, request.FromId);
            var data = request.CallbackData;
            if (data is null)
            {
                var message = world.Find(chatId, request.MessageId)
                    ?? throw new ArgumentException($"Message {request.MessageId} is not in chat {chatId}.");
                var button = message.FindButton(request.ButtonText ?? "")
                    ?? throw new ArgumentException($"No button \"{request.ButtonText}\" on message {request.MessageId}.");
                data = button.CallbackData ?? throw new ArgumentException($"The button \"{button.Text}\" is a link.");
            }

            var (queryId, updateId) = world.Press(from, chatId, request.MessageId, data);
            return new { CallbackQueryId = queryId, UpdateId = updateId };
        }));
        app.MapGet("/local/callbacks/{id}", ReadCallback);
        app.MapGet("/local/files/{fileId}", DownloadFile);
    }

    private Task Config(HttpContext context)
    {
        var options = server.Options;
        return Write(context, 200, new
        {
            Bot = new { Id = options.BotId, Username = options.BotUsername, Name = options.BotName },
            Users = options.PlaygroundUsers,
            StaffChat = options.PlaygroundStaffChatId is { } id ? new { Id = id, Title = options.PlaygroundStaffChatTitle } : null,
        });
    }

    private Task Stats(HttpContext context)
    {
        var stats = server.Stats;
        return Write(context, 200, new
        {
            stats.RequestsByMethod,
            stats.TooManyRequests,
            stats.LimitExceeded,
            stats.Forbidden,
            stats.ServerErrors,
            stats.Conflicts,
            stats.BadRequests,
            stats.MaxPerChatInAnySecond,
            stats.MaxGlobalInAnySecond,
            server.PendingUpdates,
            server.UnansweredCallbacks,
        });
    }

    /// <summary>Messages created or changed after <c>after</c> (a sequence number; 0 = all), waiting up to <c>wait</c> seconds for one.</summary>
    private Task ReadMessages(HttpContext context) => Run(context, async () =>
    {
        var chatId = ChatId(context);
        if (!world.IsKnownChat(chatId))
        {
            throw new KeyNotFoundException($"Chat {chatId} is unknown.");
        }

        var after = QueryLong(context, "after") ?? 0;
        var wait = TimeSpan.FromSeconds(Math.Clamp(QueryLong(context, "wait") ?? 0, 0, 60));
        long sequence = 0;
        IReadOnlyList<(BotMessage Message, long Created, long Changed)> Probe()
        {
            sequence = world.Sequence;
            return world.ChangesSince(chatId, after);
        }

        var changes = Probe();
        if (changes.Count == 0 && wait > TimeSpan.Zero)
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            try
            {
                changes = await ChatView.Until(world, () => Probe() is { Count: > 0 } found ? found : null, wait, () => "")
                    .WaitAsync(cts.Token);
            }
            catch (TimeoutException)
            {
                changes = [];
            }
        }

        return new { Sequence = sequence, Messages = changes.Select(c => MessageView.Of(c.Message, c.Changed)).ToList() };
    });

    private Task ReadCallback(HttpContext context) => Run(context, async () =>
    {
        var id = (string)context.GetRouteValue("id")!;
        var wait = TimeSpan.FromSeconds(Math.Clamp(QueryLong(context, "wait") ?? 0, 0, 60));
        var answer = world.AnswerOf(id);
        if (answer is null && wait > TimeSpan.Zero)
        {
            try
            {
                answer = await ChatView.Until(world, () => world.AnswerOf(id), wait, () => "").WaitAsync(context.RequestAborted);
            }
            catch (TimeoutException)
            {
                answer = null;
            }
        }

        return new { Answered = answer is not null, answer?.Text, ShowAlert = answer?.ShowAlert ?? false, answer?.Url };
    });

    private async Task DownloadFile(HttpContext context)
    {
        var file = world.FileById((string)context.GetRouteValue("fileId")!);
        if (file is null)
        {
            await Write(context, 404, new { Error = "No such file." });
            return;
        }

        context.Response.ContentType = file.MimeType ?? "application/octet-stream";
        if (file.Kind == BotMessageKind.Document)
        {
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(file.FileName ?? "file");
            context.Response.Headers.ContentDisposition = disposition.ToString();
        }

        await context.Response.Body.WriteAsync(file.Bytes, context.RequestAborted);
    }

    private async Task<object> Upload(HttpContext context, string kind)
    {
        if (!context.Request.HasFormContentType)
        {
            throw new ArgumentException("Send multipart/form-data with the file in a part named \"" + kind + "\".");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var file = form.Files[kind] ?? (form.Files.Count > 0 ? form.Files[0] : null) ?? throw new ArgumentException($"No file part \"{kind}\".");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, context.RequestAborted);
        var chatId = ChatId(context);
        var from = From(context, long.TryParse(form["fromId"], CultureInfo.InvariantCulture, out var f) ? f : null);
        var caption = form["caption"].ToString();
        int? replyTo = int.TryParse(form["replyToMessageId"], CultureInfo.InvariantCulture, out var r) ? r : null;
        var template = kind == "photo"
            ? UserMessages.Photo(world, chatId, from, buffer.ToArray(), caption)
            : UserMessages.Document(world, chatId, from, buffer.ToArray(), file.FileName, caption);
        return Posted(template with { ReplyToMessageId = replyTo });
    }

    private object Posted(BotMessage template)
    {
        var (updateId, message) = world.PostUserMessage(template);
        return new { UpdateId = updateId, message.MessageId };
    }

    /// <summary>The sender: <c>fromId</c>, or in a private chat its owner (registered on first use if unknown).</summary>
    private long From(HttpContext context, long? fromId)
    {
        var chatId = ChatId(context);
        var from = fromId ?? (chatId > 0 ? chatId : throw new ArgumentException("fromId is required in a group."));
        if (!world.IsKnownUser(from))
        {
            server.User(from, "User " + from.ToString(CultureInfo.InvariantCulture), null);
        }

        return from;
    }

    private static long ChatId(HttpContext context) =>
        long.TryParse((string?)context.GetRouteValue("chatId"), CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ArgumentException("The chat id must be a number.");

    private static long? QueryLong(HttpContext context, string name) =>
        long.TryParse(context.Request.Query[name], CultureInfo.InvariantCulture, out var value) ? value : null;

    private static async Task<T> Body<T>(HttpContext context)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(context.Request.Body, Json, context.RequestAborted)
                ?? throw new ArgumentException("A JSON body is required.");
        }
        catch (JsonException e)
        {
            throw new ArgumentException("Bad JSON: " + e.Message, e);
        }
    }

    private static async Task Run(HttpContext context, Func<Task<object>> action)
    {
        object result;
        try
        {
            result = await action();
        }
        catch (KeyNotFoundException e)
        {
            await Write(context, 404, new { Error = e.Message });
            return;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or BotApiException)
        {
            await Write(context, 400, new { Error = e.Message });
            return;
        }
        catch (OperationCanceledException)
        {
            // The caller hung up or the server is stopping.
            context.Abort();
            return;
        }

        await Write(context, 200, result);
    }

    private static Task Write(HttpContext context, int status, object body)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(body, Json, context.RequestAborted);
    }

    private sealed record UserRequest(long Id, string FirstName, string? LanguageCode, string? Username);

    private sealed record GroupRequest(long Id, string Title);

    private sealed record FromRequest(long? FromId);

    private sealed record TextRequest(long? FromId, string Text, int? ReplyToMessageId);

    private sealed record ContactRequest(long? FromId, string PhoneNumber, bool? Own);

    private sealed record LocationRequest(long? FromId, double Latitude, double Longitude);

    private sealed record PressRequest(long? FromId, int MessageId, string? CallbackData, string? ButtonText);
}
