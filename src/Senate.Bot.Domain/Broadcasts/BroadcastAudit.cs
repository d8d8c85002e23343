namespace Senate.Bot.Domain.Broadcasts;

/// <summary>The details of the audit entries of broadcasts (neutral words, not translated).</summary>
internal static class BroadcastAudit
{
    public const string Paused = "paused";
    public const string Resumed = "resumed";
    public const string Cancelled = "cancelled";
    public const string Recalled = "recalled";
    public const string OnSchedule = "on schedule";

    /// <summary>The actor's name on an entry a job writes for the editor who scheduled the broadcast.</summary>
    public const string Scheduler = "Senate.Bot (scheduled)";

    /// <summary>What was confirmed: when it goes and to how many.</summary>
    public static string Sent(int count, DateTime? scheduledUtc) => scheduledUtc is { } at
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} recipients, scheduled for {at:yyyy-MM-dd HH:mm} UTC")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} recipients, now");
}
