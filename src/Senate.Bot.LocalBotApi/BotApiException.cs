namespace Senate.Bot.LocalBotApi;

/// <summary>An error answer of the fake Bot API: the HTTP status, Telegram's description and an optional retry_after.</summary>
internal sealed class BotApiException : Exception
{
    public BotApiException(int errorCode, string description, int? retryAfter = null)
        : base(description)
    {
        ErrorCode = errorCode;
        RetryAfter = retryAfter;
    }

    public BotApiException()
        : this(400, "Bad Request")
    {
    }

    public BotApiException(string message)
        : this(400, message)
    {
    }

    public BotApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorCode = 400;
    }

    public int ErrorCode { get; }

    public int? RetryAfter { get; }

    public static BotApiException BadRequest(string detail) => new(400, "Bad Request: " + detail);
}
