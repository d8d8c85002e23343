namespace Senate.Bot.LocalBotApi;

/// <summary>One sending call the bot made.</summary>
/// <param name="At">When it was answered, on the server's clock.</param>
/// <param name="Method">The Bot API method.</param>
/// <param name="ChatId">The chat it was aimed at, if any.</param>
/// <param name="Status">200, or the error code it was answered with (an injected fault).</param>
public sealed record SendingCall(DateTimeOffset At, string Method, long? ChatId, int Status);
