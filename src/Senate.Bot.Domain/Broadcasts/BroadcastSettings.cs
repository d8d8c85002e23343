namespace Senate.Bot.Domain.Broadcasts;

/// <summary>How broadcasts behave; the host binds it from configuration.</summary>
public sealed record BroadcastSettings
{
    /// <summary>The zone of the times editors type and read (Astana time).</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    /// <summary>A broadcast to more people than this asks the editor to confirm a second time.</summary>
    public int ConfirmAbove { get; init; } = 1000;

    /// <summary>How long after it started a broadcast can be recalled (Telegram lets a bot delete messages for 48 hours).</summary>
    public TimeSpan RecallWindow { get; init; } = TimeSpan.FromHours(48);
}
