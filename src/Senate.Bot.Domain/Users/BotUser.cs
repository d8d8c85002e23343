using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Users;

/// <summary>
/// A person who has written to the bot. The id is the Telegram user id (also their private chat id). A record, so the
/// host can tell (by value) whether handling an update changed it and skip the write when it did not.
/// </summary>
public sealed record BotUser
{
    /// <summary>Telegram user id.</summary>
    public long Id { get; set; }

    /// <summary>The language the user reads.</summary>
    public Language Language { get; set; } = Language.Ru;

    /// <summary>False until the user picks a language at the first /start.</summary>
    public bool LanguageChosen { get; set; }

    /// <summary>First name as Telegram gave it (shown to staff, never logged).</summary>
    public string FirstName { get; set; } = string.Empty;

    /// <summary>Telegram @username, if any.</summary>
    public string? Username { get; set; }

    /// <summary>When the user first wrote.</summary>
    public DateTime FirstSeenUtc { get; set; }

    /// <summary>When the user last wrote.</summary>
    public DateTime LastSeenUtc { get; set; }

    /// <summary>Set when Telegram answered 403 (the user blocked the bot); cleared when the user writes again.</summary>
    public DateTime? BlockedBotUtc { get; set; }

    /// <summary>
    /// What the user asked for before choosing a language (a command with its argument, a deep link, a button's data),
    /// carried out right after the choice so the first action is not lost. See <see cref="Conversations.PendingAction"/>.
    /// </summary>
    public string? PendingAction { get; set; }

    /// <summary>Staff can ban a user: the bot then answers politely and stores nothing of theirs.</summary>
    public bool Banned { get; set; }

    /// <summary>The ban's reason, author and time while <see cref="Banned"/> (set together by the staff's ban).</summary>
    public UserBan? Ban { get; set; }
}
