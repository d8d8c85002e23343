using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>
/// Turns an <see cref="Audience"/> into the people it reaches, the same way for the count the editor sees and for the
/// sending. Only people the bot may write to are ever counted (not those who blocked it, were banned or erased their
/// data). A person's region is the one they gave last: the region of their latest concern or latest youth
/// registration, whichever is newer (a digest subscription follows a region's news and says nothing of where one lives).
/// Holds no state.
/// </summary>
public sealed class AudienceResolver(IAudienceDirectory directory)
{
    /// <summary>The user ids the audience reaches now, ascending, each once.</summary>
    public IReadOnlyList<long> Resolve(Audience audience)
    {
        HashSet<long>? allowed = null;
        if (audience.RegionIds.Count > 0)
        {
            allowed = Narrow(allowed, RegionOf().Where(p => audience.RegionIds.Contains(p.Value)).Select(p => p.Key));
        }

        if (audience.ProgrammeId is not null || audience.EventId is not null)
        {
            allowed = Narrow(allowed, directory.Registrations(audience.ProgrammeId, audience.EventId).Where(r => Takes(audience, r)).Select(r => r.UserId));
        }

        return [.. directory.Reachable()
            .Where(p => (audience.Languages.Count == 0 || audience.Languages.Contains(p.Language)) && (allowed is null || allowed.Contains(p.UserId)))
            .Select(p => p.UserId)
            .Distinct()
            .Order()];
    }

    /// <summary>Each person's region by the rule: the one they gave last, in a concern or a youth registration.</summary>
    public IReadOnlyDictionary<long, string> RegionOf() =>
        directory.RegionMentions()
            .GroupBy(m => m.UserId)
            .ToDictionary(g => g.Key, g => g.MaxBy(m => m.AtUtc)!.RegionId);

    private static HashSet<long> Narrow(HashSet<long>? allowed, IEnumerable<long> these)
    {
        var set = these.ToHashSet();
        if (allowed is not null)
        {
            set.IntersectWith(allowed);
        }

        return set;
    }

    /// <summary>An event's registrant of the chosen kinds, or a programme's participant (not cancelled, or checked in).</summary>
    private static bool Takes(Audience audience, Registration registration)
    {
        if (audience.EventId is null)
        {
            return registration.Status != RegistrationStatus.Cancelled || registration.AttendedUtc is not null;
        }

        var wanted = audience.EventStatuses.Count == 0 ? [AttendeeStatus.Confirmed, AttendeeStatus.Waitlisted, AttendeeStatus.Attended] : audience.EventStatuses;
        return (wanted.Contains(AttendeeStatus.Confirmed) && registration.Status == RegistrationStatus.Confirmed)
            || (wanted.Contains(AttendeeStatus.Waitlisted) && registration.Status == RegistrationStatus.Waitlisted)
            || (wanted.Contains(AttendeeStatus.Attended) && registration.AttendedUtc is not null);
    }
}
