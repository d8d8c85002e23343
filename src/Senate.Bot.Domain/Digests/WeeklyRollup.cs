namespace Senate.Bot.Domain.Digests;

/// <summary>
/// One weekly roll-up: due on the Monday <see cref="Week"/> at 10:00 Astana time, it lists the digests published
/// from the Monday before at 10:00 (inclusive) to <see cref="DueUtc"/> (exclusive), so each digest is in exactly
/// one roll-up. A subscriber whose <see cref="DigestSubscription.LastRollupWeek"/> is before <see cref="Week"/> is
/// due to get it; marking them in the same unit of work as their message makes it go once, across restarts.
/// </summary>
/// <param name="Week">The Monday it is due on (local date), which names it.</param>
/// <param name="FromUtc">The start of the week it covers.</param>
/// <param name="DueUtc">When it is due, the end of the week it covers.</param>
public sealed record WeeklyRollup(DateOnly Week, DateTime FromUtc, DateTime DueUtc)
{
    /// <summary>The local time on Monday at which the roll-up is sent.</summary>
    public static TimeOnly SendTime { get; } = new(10, 0);

    /// <summary>The latest roll-up due at or before <paramref name="now"/> in the zone (Astana time).</summary>
    public static WeeklyRollup LatestDue(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var monday = DateOnly.FromDateTime(local).AddDays(-(((int)local.DayOfWeek + 6) % 7));
        if (local < monday.ToDateTime(SendTime))
        {
            monday = monday.AddDays(-7);
        }

        return new(monday, Utc(monday.AddDays(-7), zone), Utc(monday, zone));
    }

    /// <summary>The digests a subscriber finds in this roll-up, oldest first: published in the week, of regions they follow, and not history from the seeds.</summary>
    public IReadOnlyList<Digest> For(DigestSubscription subscription, IEnumerable<Digest> published) =>
        [.. published
            .Where(d => d.Status == DigestStatus.Published && d.Delivery != DigestDelivery.Never
                && d.PublishedUtc >= FromUtc && d.PublishedUtc < DueUtc && subscription.Covers(d.Content))
            .OrderBy(d => d.PublishedUtc)
            .ThenBy(d => d.Id)];

    private static DateTime Utc(DateOnly monday, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(monday.ToDateTime(SendTime), zone);
}
