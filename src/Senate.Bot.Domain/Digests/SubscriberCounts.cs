namespace Senate.Bot.Domain.Digests;

/// <summary>How many people would hear of a digest: at once, and in their weekly roll-up (each person once).</summary>
/// <param name="Immediately">Subscribers who chose "at once".</param>
/// <param name="Weekly">Subscribers who chose the weekly roll-up.</param>
public sealed record SubscriberCounts(int Immediately, int Weekly)
{
    /// <summary>Both together.</summary>
    public int Total => Immediately + Weekly;
}
