using System.ComponentModel.DataAnnotations;

namespace Senate.Bot.Broadcasts;

/// <summary>Broadcasts' settings from configuration (<c>Broadcasts__ConfirmAbove</c> …), validated at start-up.</summary>
public sealed class BroadcastOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Broadcasts";

    /// <summary>
    /// Sends broadcasts (and their recalls) as Telegram's paid broadcasts (<c>allow_paid_broadcast</c>, enabled in
    /// BotFather; Telegram charges Stars for each message over the free limit): they then go at
    /// <c>Bot__Sending__PaidPerSecond</c> (up to 1000/s) under a budget of their own instead of the free bulk one.
    /// </summary>
    public bool AllowPaidBroadcast { get; set; }

    /// <summary>A broadcast to more people than this asks the editor to confirm a second time.</summary>
    [Range(1, 100_000_000)]
    public int ConfirmAbove { get; set; } = 1000;

    /// <summary>How often the editor's progress message is brought up to date (and scheduled broadcasts are started).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long after it started a broadcast can be recalled (Telegram lets a bot delete its messages for 48 hours).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "2.00:00:00")]
    public TimeSpan RecallWindow { get; set; } = TimeSpan.FromHours(48);
}
