namespace Senate.Bot.Domain.Youth;

/// <summary>Stored participant profiles, one per user. Synchronous, like the other youth stores.</summary>
public interface IParticipantProfileStore
{
    /// <summary>A user's profile, or null.</summary>
    ParticipantProfile? Get(long userId);

    /// <summary>Inserts or replaces the profile with <see cref="ParticipantProfile.Id"/>.</summary>
    void Save(ParticipantProfile profile);

    /// <summary>Profiles last updated before <paramref name="utc"/>.</summary>
    IReadOnlyList<ParticipantProfile> UpdatedBefore(DateTime utc);

    /// <summary>Deletes a user's profile, if any.</summary>
    void Delete(long userId);
}
