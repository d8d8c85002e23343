namespace Senate.Bot.LocalBotApi;

/// <summary>A Telegram user the fake server knows. Guarded by <see cref="LocalWorld"/>'s lock.</summary>
internal sealed class LocalUserInfo(long id, string firstName, string? languageCode, string? username)
{
    public long Id { get; } = id;

    public string FirstName { get; set; } = firstName;

    public string? LanguageCode { get; set; } = languageCode;

    public string? Username { get; set; } = username;
}
