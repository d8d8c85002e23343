namespace Senate.Bot.Domain.Digests;

/// <summary>How often a subscriber hears of new digests.</summary>
public enum DigestFrequency
{
    /// <summary>Each digest as soon as it is published.</summary>
    Immediately,

    /// <summary>One message on Monday at 10:00 Astana time listing the past week's digests (none when there were none).</summary>
    Weekly,
}
