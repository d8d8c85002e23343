using System.Text;
using System.Text.Json;

namespace Senate.Bot.LocalBotApi;

/// <summary>A parsed <c>reply_markup</c>: inline buttons, a reply keyboard, its removal, or a forced reply.</summary>
internal sealed record ReplyMarkup(
    IReadOnlyList<IReadOnlyList<InlineButton>> Inline,
    IReadOnlyList<IReadOnlyList<KeyboardKey>>? Keyboard,
    bool RemoveKeyboard)
{
    public static readonly ReplyMarkup None = new([], null, false);

    public bool IsInlineOnly => Keyboard is null && !RemoveKeyboard;

    /// <summary>Parses and validates like Telegram (callback_data 1–64 bytes, a text and an action on every inline button).</summary>
    public static ReplyMarkup Parse(JsonElement? markup)
    {
        if (markup is not { ValueKind: JsonValueKind.Object } root)
        {
            return markup is null ? None : throw BotApiException.BadRequest("can't parse reply keyboard markup JSON object");
        }

        if (root.TryGetProperty("inline_keyboard", out var inline))
        {
            return new ReplyMarkup(Rows(inline, InlineButtonOf), null, false);
        }

        if (root.TryGetProperty("keyboard", out var keyboard))
        {
            return new ReplyMarkup([], Rows(keyboard, KeyOf), false);
        }

        if (root.TryGetProperty("remove_keyboard", out var remove) && remove.ValueKind == JsonValueKind.True)
        {
            return new ReplyMarkup([], null, true);
        }

        if (root.TryGetProperty("force_reply", out _))
        {
            return None;
        }

        throw BotApiException.BadRequest("can't parse reply keyboard markup JSON object");
    }

    public static bool SameButtons(IReadOnlyList<IReadOnlyList<InlineButton>> a, IReadOnlyList<IReadOnlyList<InlineButton>> b) =>
        a.Count == b.Count && a.Zip(b).All(rows => rows.First.SequenceEqual(rows.Second));

    private static List<IReadOnlyList<T>> Rows<T>(JsonElement rows, Func<JsonElement, T> parse)
    {
        if (rows.ValueKind != JsonValueKind.Array || rows.EnumerateArray().Any(r => r.ValueKind != JsonValueKind.Array))
        {
            throw BotApiException.BadRequest("can't parse reply keyboard markup JSON object: field \"keyboard\" must be an Array of Arrays");
        }

        return rows.EnumerateArray().Select(row => (IReadOnlyList<T>)row.EnumerateArray().Select(parse).ToList()).ToList();
    }

    private static InlineButton InlineButtonOf(JsonElement button)
    {
        var text = StringOf(button, "text");
        if (string.IsNullOrEmpty(text))
        {
            throw BotApiException.BadRequest("can't parse inline keyboard button: Text must be non-empty");
        }

        var data = StringOf(button, "callback_data");
        var url = StringOf(button, "url");
        if (data is not null && Encoding.UTF8.GetByteCount(data) is < 1 or > 64)
        {
            throw BotApiException.BadRequest("BUTTON_DATA_INVALID");
        }

        if (url is not null && !(url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("tg://", StringComparison.OrdinalIgnoreCase)))
        {
            throw BotApiException.BadRequest("BUTTON_URL_INVALID");
        }

        string[] otherActions = ["web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
            "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay"];
        if (data is null && url is null && !otherActions.Any(a => button.TryGetProperty(a, out _)))
        {
            throw BotApiException.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }

        return new InlineButton(text, data, url);
    }

    private static KeyboardKey KeyOf(JsonElement key)
    {
        if (key.ValueKind == JsonValueKind.String)
        {
            return new KeyboardKey(key.GetString()!, false, false);
        }

        var text = StringOf(key, "text");
        if (string.IsNullOrEmpty(text))
        {
            throw BotApiException.BadRequest("can't parse keyboard button: Text must be non-empty");
        }

        return new KeyboardKey(text, IsTrue(key, "request_contact"), IsTrue(key, "request_location"));
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static bool IsTrue(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
