namespace Senate.Bot.LocalBotApi;

/// <summary>An inline button under a bot message.</summary>
/// <param name="Text">The visible label.</param>
/// <param name="CallbackData">The data sent back when pressed, or null for a link button.</param>
/// <param name="Url">The link it opens, or null.</param>
public sealed record InlineButton(string Text, string? CallbackData, string? Url);
