using System.Text.Json.Serialization;

namespace Senate.Bot.Domain.Digests;

/// <summary>
/// A person's subscription to digests: the regions they follow (region ids and/or <see cref="DigestRegions.National"/>)
/// and how often. Opt-in: a person without a subscription, or whose subscription follows nothing, gets no digests
/// (the store deletes a subscription that follows nothing). A value: every change returns a new subscription.
/// </summary>
public sealed record DigestSubscription
{
    /// <summary>The subscriber's Telegram user id (their private chat).</summary>
    public long UserId { get; init; }

    /// <summary>What they follow, in ascending order, each once.</summary>
    public IReadOnlyList<string> RegionIds { get; init; } = [];

    /// <summary>How often they hear of new digests.</summary>
    public DigestFrequency Frequency { get; init; }

    /// <summary>
    /// The Monday (<see cref="WeeklyRollup.Week"/>) of the last weekly roll-up handed to the sender for them, so each
    /// roll-up goes once, across restarts. Set to the current week when they choose "weekly", so the first roll-up
    /// is the next one, not one about a week before they subscribed.
    /// </summary>
    public DateOnly? LastRollupWeek { get; init; }

    /// <summary>When they last changed it.</summary>
    public DateTime UpdatedUtc { get; init; }

    /// <summary>True when it follows something.</summary>
    [JsonIgnore]
    public bool IsActive => RegionIds.Count > 0;

    /// <summary>A subscription that follows nothing yet (to start a selection from).</summary>
    public static DigestSubscription None(long userId) => new() { UserId = userId };

    /// <summary>True if it follows the region (or national).</summary>
    public bool Follows(string regionId) => RegionIds.Contains(regionId);

    /// <summary>True if it follows any region of the digest: the subscriber is to hear of it.</summary>
    public bool Covers(DigestContent digest) => digest.RegionIds.Any(Follows);

    /// <summary>The same with a region added if it was not followed, removed if it was (a checkmark toggled).</summary>
    public DigestSubscription Toggle(string regionId, DateTime nowUtc) =>
        WithRegions(Follows(regionId) ? RegionIds.Where(r => r != regionId) : RegionIds.Append(regionId), nowUtc);

    /// <summary>The same without a region (the one-tap "unsubscribe from …").</summary>
    public DigestSubscription Without(string regionId, DateTime nowUtc) =>
        WithRegions(RegionIds.Where(r => r != regionId), nowUtc);

    /// <summary>The same following exactly <paramref name="regionIds"/> (a confirmed multi-select).</summary>
    public DigestSubscription WithRegions(IEnumerable<string> regionIds, DateTime nowUtc) =>
        this with { RegionIds = [.. regionIds.Distinct().Order(StringComparer.Ordinal)], UpdatedUtc = nowUtc };

    /// <summary>
    /// The same with another frequency. Choosing <see cref="DigestFrequency.Weekly"/> counts the roll-up of
    /// <paramref name="current"/> (the latest one due) as had, so the first roll-up they get is the next one.
    /// </summary>
    public DigestSubscription WithFrequency(DigestFrequency frequency, WeeklyRollup current, DateTime nowUtc) =>
        frequency == Frequency
            ? this
            : this with
            {
                Frequency = frequency,
                LastRollupWeek = frequency == DigestFrequency.Weekly && (LastRollupWeek is null || LastRollupWeek < current.Week) ? current.Week : LastRollupWeek,
                UpdatedUtc = nowUtc,
            };

    /// <summary>Equal when every field is (the regions element by element).</summary>
    public bool Equals(DigestSubscription? other) =>
        other is not null
        && UserId == other.UserId
        && RegionIds.SequenceEqual(other.RegionIds)
        && Frequency == other.Frequency
        && LastRollupWeek == other.LastRollupWeek
        && UpdatedUtc == other.UpdatedUtc;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(UserId, RegionIds.Count, Frequency);
}
