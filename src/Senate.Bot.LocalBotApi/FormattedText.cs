namespace Senate.Bot.LocalBotApi;

/// <summary>A message text or caption after Telegram's parsing: what is shown, the HTML source and the parse mode.</summary>
internal sealed record FormattedText(string Plain, string? Html, string? ParseMode)
{
    public const int MaxText = 4096;
    public const int MaxCaption = 1024;

    /// <summary>A message text: 1–4096 characters after entity parsing.</summary>
    public static FormattedText Text(string? text, string? parseMode)
    {
        var formatted = Parse(text ?? "", parseMode);
        if (formatted.Plain.Trim().Length == 0)
        {
            throw BotApiException.BadRequest("message text is empty");
        }

        return formatted.Plain.Length > MaxText ? throw BotApiException.BadRequest("message is too long") : formatted;
    }

    /// <summary>A caption: 0–1024 characters after entity parsing; null when absent.</summary>
    public static FormattedText? Caption(string? caption, string? parseMode)
    {
        if (caption is null)
        {
            return null;
        }

        var formatted = Parse(caption, parseMode);
        return formatted.Plain.Length > MaxCaption ? throw BotApiException.BadRequest("message caption is too long") : formatted;
    }

    private static FormattedText Parse(string text, string? parseMode)
    {
        var mode = NormalizeMode(parseMode);
        return mode == "HTML" ? new FormattedText(TelegramHtml.ToPlainText(text), text, mode) : new FormattedText(text, null, mode);
    }

    private static string? NormalizeMode(string? parseMode) => parseMode?.ToUpperInvariant() switch
    {
        null or "" => null,
        "HTML" => "HTML",
        "MARKDOWNV2" => "MarkdownV2",
        "MARKDOWN" => "Markdown",
        _ => throw BotApiException.BadRequest($"unsupported parse_mode \"{parseMode}\""),
    };
}
