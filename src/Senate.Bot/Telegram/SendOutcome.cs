namespace Senate.Bot.Telegram;

/// <summary>How an outbox entry ended.</summary>
public enum SendOutcome
{
    /// <summary>Telegram took it.</summary>
    Sent,
    /// <summary>The user blocked the bot (403); the entry is dropped and the user marked.</summary>
    Blocked,
    /// <summary>Telegram refused it for good (400) or retries ran out; the entry is dropped and logged.</summary>
    Dropped,
}
