namespace Senate.Bot.LocalBotApi;

/// <summary>A command list registered with setMyCommands for one scope and language.</summary>
/// <param name="ScopeType">Telegram's scope type: <c>default</c>, <c>all_private_chats</c>, <c>chat</c>…</param>
/// <param name="ScopeChatId">The chat of a <c>chat</c>, <c>chat_administrators</c> or <c>chat_member</c> scope.</param>
/// <param name="ScopeUserId">The user of a <c>chat_member</c> scope.</param>
/// <param name="LanguageCode">The two-letter language, or null for users with no dedicated list.</param>
/// <param name="Commands">The commands with their descriptions, in order.</param>
public sealed record BotCommandSet(
    string ScopeType,
    long? ScopeChatId,
    long? ScopeUserId,
    string? LanguageCode,
    IReadOnlyList<(string Command, string Description)> Commands)
{
    /// <summary>The scope in one string: its type, then the chat and user ids when it has them (<c>chat_member:-100:42</c>).</summary>
    public string Scope => ScopeType
        + (ScopeChatId is { } chat ? ":" + chat.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")
        + (ScopeUserId is { } user ? ":" + user.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
}
