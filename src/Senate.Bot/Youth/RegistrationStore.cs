using Senate.Bot.Storage;
using LiteDB;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Youth;

/// <summary>Event registrations in LiteDB; codes are unique.</summary>
public sealed class RegistrationStore : IRegistrationStore
{
    private readonly ILiteCollection<Registration> _registrations;

    /// <summary>Opens the collection and its indexes.</summary>
    public RegistrationStore(BotDatabase database)
    {
        _registrations = database.Collection<Registration>("youth_registrations");
        _registrations.EnsureIndex(r => r.Code, unique: true);
        _registrations.EnsureIndex(r => r.EventId);
        _registrations.EnsureIndex(r => r.UserId);
    }

    /// <inheritdoc />
    public Registration? Get(long id) => _registrations.FindById(id);

    /// <inheritdoc />
    public Registration? ByCode(string code) => _registrations.FindOne(r => r.Code == code);

    /// <inheritdoc />
    public IReadOnlyList<Registration> ByEvent(long eventId) => [.. _registrations.Find(r => r.EventId == eventId).OrderBy(r => r.Id)];

    /// <inheritdoc />
    public IReadOnlyList<Registration> ByUser(long userId) =>
        // A parameter rather than a lambda, as ConcernStore.ByAuthor: asked at every menu, compiled once.
        [.. _registrations.Find(BsonExpression.Create("$.UserId = @0", new BsonValue(userId))).OrderBy(r => r.Id)];

    /// <inheritdoc />
    public void Insert(Registration registration) => _registrations.Insert(registration);

    /// <inheritdoc />
    public void Update(Registration registration) => _registrations.Update(registration);
}
