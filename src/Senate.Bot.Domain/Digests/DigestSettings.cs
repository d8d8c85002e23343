namespace Senate.Bot.Domain.Digests;

/// <summary>How the digests feature behaves; the host binds it from configuration.</summary>
public sealed record DigestSettings
{
    /// <summary>The zone of meeting dates, publication times and the Monday roll-up.</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    /// <summary>The bot's username, for deep links to a digest (known once the bot has asked Telegram).</summary>
    public Func<string?> BotUsername { get; init; } = static () => null;

    /// <summary>Digests per archive page.</summary>
    public int PageSize { get; init; } = 6;

    /// <summary>Weekly subscribers handed their roll-up per run.</summary>
    public int RollupBatch { get; init; } = 500;
}
