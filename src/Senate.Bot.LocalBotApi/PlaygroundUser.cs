namespace Senate.Bot.LocalBotApi;

/// <summary>A person the playground page offers to act as.</summary>
/// <param name="Id">The Telegram user id (also the private chat id).</param>
/// <param name="FirstName">The first name shown to the bot.</param>
/// <param name="LanguageCode">The Telegram <c>language_code</c> (kk, ru, en…), or null.</param>
/// <param name="IsAdmin">Shown as an administrator in the page (the host decides who really is one).</param>
public sealed record PlaygroundUser(long Id, string FirstName, string? LanguageCode, bool IsAdmin = false);
