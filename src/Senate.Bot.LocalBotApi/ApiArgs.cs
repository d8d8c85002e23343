using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Senate.Bot.LocalBotApi;

/// <summary>
/// The parameters of one Bot API call, whichever way they came: a JSON body, multipart/form-data (scalars as
/// text, objects as JSON text, files as parts referenced by <c>attach://name</c>), a urlencoded form or the query.
/// </summary>
internal sealed class ApiArgs
{
    private readonly Dictionary<string, JsonElement> _json = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _text = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UploadedFile> _files = new(StringComparer.Ordinal);

    public static async Task<ApiArgs> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var args = new ApiArgs();
        foreach (var (key, value) in request.Query)
        {
            args._text[key] = value.ToString();
        }

        var contentType = request.ContentType ?? "";
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            foreach (var (key, value) in form)
            {
                args._text[key] = value.ToString();
            }

            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                args._files[file.Name] = new UploadedFile(buffer.ToArray(), file.FileName, file.ContentType);
            }
        }
        else if (contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ct);
            if (buffer.Length > 0)
            {
                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(buffer.ToArray());
                }
                catch (JsonException)
                {
                    throw BotApiException.BadRequest("can't parse JSON object");
                }

                using (document)
                {
                    if (document.RootElement.ValueKind != JsonValueKind.Object)
                    {
                        throw BotApiException.BadRequest("JSON object expected");
                    }

                    foreach (var property in document.RootElement.EnumerateObject())
                    {
                        args._json[property.Name] = property.Value.Clone();
                    }
                }
            }
        }

        return args;
    }

    public bool Has(string name) => _json.ContainsKey(name) || _text.ContainsKey(name) || _files.ContainsKey(name);

    public string? String(string name)
    {
        if (_json.TryGetValue(name, out var element))
        {
            return element.ValueKind switch
            {
                JsonValueKind.String => element.GetString(),
                JsonValueKind.Null => null,
                _ => element.GetRawText(),
            };
        }

        return _text.TryGetValue(name, out var text) ? text : null;
    }

    public string RequiredString(string name) =>
        String(name) ?? throw BotApiException.BadRequest($"{name} is empty");

    public long? Long(string name)
    {
        var text = String(name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw BotApiException.BadRequest($"invalid {name} specified");
    }

    public double? Double(string name)
    {
        var text = String(name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw BotApiException.BadRequest($"invalid {name} specified");
    }

    public bool Bool(string name) =>
        String(name) is { } text && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1");

    /// <summary>The chat id; a string that is not a number (an @username) names no chat we know.</summary>
    public long ChatId(string name = "chat_id")
    {
        var text = String(name);
        if (string.IsNullOrEmpty(text))
        {
            throw BotApiException.BadRequest("chat_id is empty");
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw BotApiException.BadRequest("chat not found");
    }

    /// <summary>An object or array parameter: a JSON value, or JSON text in a form field.</summary>
    public JsonElement? Json(string name)
    {
        if (_json.TryGetValue(name, out var element))
        {
            if (element.ValueKind == JsonValueKind.String)
            {
                return ParseJson(element.GetString()!, name);
            }

            return element.ValueKind == JsonValueKind.Null ? null : element;
        }

        return _text.TryGetValue(name, out var text) && !string.IsNullOrWhiteSpace(text) ? ParseJson(text, name) : null;
    }

    /// <summary>A file parameter: an uploaded part (by <c>attach://name</c> or by the parameter's own name) or a string.</summary>
    public (UploadedFile? Upload, string? Reference) File(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return _files.TryGetValue(name, out var direct) ? (direct, null) : (null, null);
        }

        return Attachment(text);
    }

    /// <summary>Resolves a media reference used inside JSON (sendMediaGroup's <c>media</c> field).</summary>
    public (UploadedFile? Upload, string? Reference) Attachment(string reference)
    {
        if (reference.StartsWith("attach://", StringComparison.Ordinal))
        {
            var part = reference["attach://".Length..];
            return _files.TryGetValue(part, out var upload)
                ? (upload, null)
                : throw BotApiException.BadRequest($"file attach://{part} not found");
        }

        return (null, reference);
    }

    private static JsonElement ParseJson(string text, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw BotApiException.BadRequest($"can't parse {name} JSON object");
        }
    }
}
