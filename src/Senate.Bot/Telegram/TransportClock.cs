namespace Senate.Bot.Telegram;

/// <summary>
/// The key of the transport's <see cref="TimeProvider"/> (a keyed service): Telegram's sending limits, waiting out
/// a 429, retry and polling back-off and waiting for work to drain are counted in real seconds on it. It is the
/// system clock unless a test replaces it. The bot's own <see cref="TimeProvider"/> is the business clock (dates,
/// deadlines, reminders): a test may set it to a date and never move it, which must not freeze sending.
/// </summary>
public static class TransportClock
{
    /// <summary>The service key.</summary>
    public const string Key = "telegram-transport";
}
