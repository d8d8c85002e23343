namespace Senate.Bot.LocalBotApi;

/// <summary>The bot's answerCallbackQuery for a pressed button.</summary>
/// <param name="CallbackQueryId">The query it answers.</param>
/// <param name="Text">The toast or alert text, or null for a silent answer.</param>
/// <param name="ShowAlert">Shown as an alert rather than a toast.</param>
/// <param name="Url">A URL to open, or null.</param>
/// <param name="AnsweredAt">When the answer arrived.</param>
public sealed record CallbackAnswer(string CallbackQueryId, string? Text, bool ShowAlert, string? Url, DateTimeOffset AnsweredAt);
