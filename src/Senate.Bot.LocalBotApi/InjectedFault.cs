namespace Senate.Bot.LocalBotApi;

/// <summary>One failure taken from <see cref="Faults"/>: an error answer, or a dropped connection.</summary>
internal sealed record InjectedFault(int ErrorCode, string Description, int? RetryAfter, bool AbortConnection);
