using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Senate.Bot.Telegram;

/// <summary>
/// getUpdates with each update decoded on its own from the raw JSON. The client library decodes the whole
/// answer at once, so one update it cannot read (a future <c>forward_origin.type</c>, a new reaction type…)
/// fails the call at the same offset for ever; here such an update comes back as undecodable, with its JSON.
/// </summary>
public sealed partial class UpdateSource(IHttpClientFactory http, IOptions<TelegramOptions> options, ILogger<UpdateSource> logger)
{
    /// <summary>The most updates a getUpdates returns (Telegram's own limit).</summary>
    public const int Limit = 100;

    /// <summary>The kinds of update the bot asks Telegram for (getUpdates and setWebhook).</summary>
    public static IReadOnlyList<string> Allowed { get; } = ["message", "callback_query"];

    /// <summary>One update as received: decoded, or not, with why.</summary>
    /// <param name="Id">Its update id.</param>
    /// <param name="Kind">Its kind (<c>message</c>, <c>callback_query</c>…).</param>
    /// <param name="Update">The decoded update, or null.</param>
    /// <param name="Json">The raw JSON (kept only for an update that could not be decoded).</param>
    /// <param name="Error">Why it could not be decoded, or null.</param>
    public sealed record Received(int Id, string Kind, Update? Update, string? Json, string? Error);

    /// <summary>
    /// Calls getUpdates; throws <see cref="ApiRequestException"/> for an error answer, as the client library does.
    /// Updates for which <paramref name="isKnown"/> is true (in flight, or handled and not yet confirmed) are not
    /// decoded again and come back with a null <see cref="Received.Update"/> and no error.
    /// </summary>
    public async Task<IReadOnlyList<Received>> GetUpdates(int offset, int timeoutSeconds, Func<int, bool> isKnown, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var client = http.CreateClient("telegram");
        var url = new Uri(new Uri(settings.ApiBaseUrl), "/bot" + settings.BotToken + "/getUpdates");
        using var response = await client.PostAsJsonAsync(
            url,
            new GetUpdatesArgs(offset, Limit, timeoutSeconds, Allowed),
            RequestJson.Default.GetUpdatesArgs,
            cancellationToken).ConfigureAwait(false);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
        var root = document.RootElement;
        if (!root.TryGetProperty("ok", out var ok) || !ok.GetBoolean())
        {
            var error = Error(root, (int)response.StatusCode);
            if (error.ErrorCode == 409 && error.Message.Contains("webhook", StringComparison.OrdinalIgnoreCase))
            {
                // Back to polling after a webhook (Telegram__WebhookUrl unset): Telegram refuses getUpdates until the
                // webhook is deleted. Pending updates are kept; the next call gets them.
                await DeleteWebhook(client, settings, cancellationToken).ConfigureAwait(false);
            }

            throw error;
        }

        var result = root.GetProperty("result");
        var updates = new List<Received>(result.GetArrayLength());
        foreach (var element in result.EnumerateArray())
        {
            var id = element.TryGetProperty("update_id", out var idProperty) && idProperty.TryGetInt32(out var value) ? value : 0;
            updates.Add(isKnown(id) ? new Received(id, string.Empty, null, null, null) : Decode(id, element));
        }

        return updates;
    }

    /// <summary>Decodes one update; never throws for its content.</summary>
    internal static Received Decode(int id, JsonElement element)
    {
        var kind = element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => n != "update_id") ?? "unknown"
            : "unknown";
        try
        {
            var update = element.Deserialize<Update>(global::Telegram.Bot.JsonBotAPI.Options);
            return update is null
                ? new Received(id, kind, null, element.GetRawText(), "null")
                : new Received(id, kind, update, null, null);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException or ArgumentException)
        {
            return new Received(id, kind, null, element.GetRawText(), e.Message);
        }
    }

    private async Task DeleteWebhook(HttpClient client, TelegramOptions settings, CancellationToken cancellationToken)
    {
        var url = new Uri(new Uri(settings.ApiBaseUrl), "/bot" + settings.BotToken + "/deleteWebhook");
        using var response = await client.PostAsJsonAsync(url, new { drop_pending_updates = false }, cancellationToken).ConfigureAwait(false);
        LogWebhookDeleted((int)response.StatusCode);
    }

    private static ApiRequestException Error(JsonElement root, int status)
    {
        var code = root.TryGetProperty("error_code", out var errorCode) && errorCode.TryGetInt32(out var c) ? c : status;
        var description = root.TryGetProperty("description", out var text) ? text.GetString() ?? "Unknown error" : "Unknown error";
        ResponseParameters? parameters = null;
        if (root.TryGetProperty("parameters", out var p) && p.TryGetProperty("retry_after", out var retry) && retry.TryGetInt32(out var seconds))
        {
            parameters = new ResponseParameters { RetryAfter = seconds };
        }

        return new ApiRequestException(description, code, parameters);
    }

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "A webhook was set and Telegram refused getUpdates: the webhook is deleted (HTTP {Status}) and polling goes on; pending updates are kept.")]
    private partial void LogWebhookDeleted(int status);

    /// <summary>The request's serializer, generated at build time: nothing to work out by reflection before the first call.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(GetUpdatesArgs))]
    private sealed partial class RequestJson : System.Text.Json.Serialization.JsonSerializerContext;

    private sealed record GetUpdatesArgs(
        [property: System.Text.Json.Serialization.JsonPropertyName("offset")] int Offset,
        [property: System.Text.Json.Serialization.JsonPropertyName("limit")] int Limit,
        [property: System.Text.Json.Serialization.JsonPropertyName("timeout")] int Timeout,
        [property: System.Text.Json.Serialization.JsonPropertyName("allowed_updates")] IReadOnlyList<string> AllowedUpdates);
}
