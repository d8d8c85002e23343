using Senate.Bot.Storage;
using LiteDB;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Youth;

/// <summary>Participants' remembered details in LiteDB, by user id.</summary>
public sealed class ParticipantProfileStore : IParticipantProfileStore
{
    private readonly ILiteCollection<ParticipantProfile> _profiles;

    /// <summary>Opens the collection and its index.</summary>
    public ParticipantProfileStore(BotDatabase database)
    {
        _profiles = database.Collection<ParticipantProfile>("youth_profiles");
        _profiles.EnsureIndex(p => p.UpdatedUtc);
    }

    /// <inheritdoc />
    public ParticipantProfile? Get(long userId) => _profiles.FindById(userId);

    /// <inheritdoc />
    public void Save(ParticipantProfile profile) => _profiles.Upsert(profile);

    /// <inheritdoc />
    public IReadOnlyList<ParticipantProfile> UpdatedBefore(DateTime utc) => [.. _profiles.Find(p => p.UpdatedUtc < utc)];

    /// <inheritdoc />
    public void Delete(long userId) => _profiles.Delete(userId);
}
