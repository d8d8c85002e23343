namespace Senate.Bot.Domain.Privacy;

/// <summary>
/// The one thing kept about a person after <c>/forget</c>: that their data was erased, when, and how much of each
/// kind (no names, no phones). It answers "did you erase me?" and shows the erasure was done.
/// </summary>
public sealed class ErasureRecord
{
    /// <summary>Store id.</summary>
    public long Id { get; set; }

    /// <summary>The Telegram user id whose data was erased.</summary>
    public long UserId { get; set; }

    /// <summary>When.</summary>
    public DateTime AtUtc { get; set; }

    /// <summary>How many items of each part were erased or anonymised (<c>concerns</c>: 2, <c>consents</c>: 3…).</summary>
    public Dictionary<string, int> Counts { get; set; } = [];
}
