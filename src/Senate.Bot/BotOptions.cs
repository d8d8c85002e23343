using System.ComponentModel.DataAnnotations;

namespace Senate.Bot;

/// <summary>The product's settings (section <c>Bot</c>: <c>Bot__AdminIds__0</c>, <c>Bot__StaffChatId</c>, <c>Bot__TimeZone</c>…).</summary>
public sealed class BotOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Bot";

    /// <summary>Telegram user ids of the admins.</summary>
    public List<long> AdminIds { get; set; } = [];

    /// <summary>The chat where new concerns are posted; unset: staff use private commands only.</summary>
    public long? StaffChatId { get; set; }

    /// <summary>The IANA time zone for display and deadlines.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Almaty";

    /// <summary>A draft idle longer than this is discarded, and the user told the next time they write.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan DraftIdleTimeout { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many chats' updates are handled at once.</summary>
    [Range(1, 4096)]
    public int MaxConcurrentChats { get; set; } = 64;

    /// <summary>The seeds folder; unset: next to the program or in the current directory.</summary>
    public string? SeedsPath { get; set; }

    /// <summary>Outbound limits.</summary>
    public SendingOptions Sending { get; set; } = new();

    /// <summary>The resolved time zone.</summary>
    public TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}

/// <summary>Outbound rate limits, under Telegram's (about 30 messages/s overall, 1/s per chat, 20/min per group).</summary>
public sealed class SendingOptions
{
    /// <summary>Messages per second overall (the bulk lane's budget).</summary>
    [Range(1, 1000)]
    public int GlobalPerSecond { get; set; } = 25;

    /// <summary>
    /// Messages per second of paid broadcasts (<c>allow_paid_broadcast</c>, when <c>Broadcasts__AllowPaidBroadcast</c> is
    /// on): a budget of their own, outside the free one; Telegram allows up to 1000.
    /// </summary>
    [Range(1, 1000)]
    public int PaidPerSecond { get; set; } = 1000;

    /// <summary>Messages per second to one private chat, after a burst.</summary>
    [Range(0.01, 100)]
    public double PerChatPerSecond { get; set; } = 1;

    /// <summary>How many messages one chat may receive at once before the per-chat rate applies.</summary>
    [Range(1, 100)]
    public int PerChatBurst { get; set; } = 3;

    /// <summary>Messages per minute to one group chat.</summary>
    [Range(1, 1000)]
    public int GroupPerMinute { get; set; } = 20;

    /// <summary>How many times a transient failure (5xx, network) is retried before the message is given up.</summary>
    [Range(0, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry delay; it doubles each time, up to a minute.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// At most this many messages are sent and not yet recorded as sent (their outbox entries not yet removed in
    /// a commit): what a crash can send a second time.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxUnrecorded { get; set; } = 256;
}
