namespace Senate.Bot.Domain.Youth;

/// <summary>Settings of the youth feature. Immutable once built; the host fills it from configuration.</summary>
public sealed record YouthSettings
{
    /// <summary>
    /// The time zone staff type event times in and the calendar file uses (IANA id, e.g. <c>Asia/Almaty</c>;
    /// the same zone the renderer shows times in).
    /// </summary>
    public required TimeZoneInfo TimeZone { get; init; }

    /// <summary>How long before the start reminders are sent; by default 24 hours and 1 hour.</summary>
    public IReadOnlyList<TimeSpan> ReminderOffsets { get; init; } = [TimeSpan.FromHours(24), TimeSpan.FromHours(1)];

    /// <summary>
    /// How late a reminder may still be sent (the bot was down, the job was slow); a reminder later than this is
    /// skipped rather than sent late. 30 minutes by default.
    /// </summary>
    public TimeSpan ReminderMaxDelay { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The youngest age a new event accepts unless staff set another (youth: 14–35 by law).</summary>
    public int DefaultMinAge { get; init; } = 14;

    /// <summary>The oldest age a new event accepts unless staff set another.</summary>
    public int DefaultMaxAge { get; init; } = 35;

    /// <summary>The event length written to the calendar file.</summary>
    public TimeSpan EventDuration { get; init; } = TimeSpan.FromHours(2);

    /// <summary>
    /// The bot's username without @, to show staff an event's shareable link; null shows the /start payload only.
    /// A function, because the host learns the username from Telegram after the features are built.
    /// </summary>
    public Func<string?> BotUsername { get; init; } = static () => null;

    /// <summary>
    /// How long after an event its registrants' personal details are kept (the consent promises at most a year);
    /// also how long a remembered profile is kept after its last use.
    /// </summary>
    public TimeSpan RetentionAfterEvent { get; init; } = TimeSpan.FromDays(365);

    /// <summary>The domain of calendar entries' UIDs (<c>registration-12@…</c>).</summary>
    public string CalendarUidDomain { get; init; } = "senate-bot.kz";
}
