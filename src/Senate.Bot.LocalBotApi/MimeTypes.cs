namespace Senate.Bot.LocalBotApi;

/// <summary>The MIME type Telegram would report for a file name.</summary>
internal static class MimeTypes
{
    public static string Of(string? fileName) => Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".pdf" => "application/pdf",
        ".csv" => "text/csv",
        ".txt" => "text/plain",
        ".json" => "application/json",
        ".ics" => "text/calendar",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".zip" => "application/zip",
        _ => "application/octet-stream",
    };
}
