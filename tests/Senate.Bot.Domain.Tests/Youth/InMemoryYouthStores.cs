using System.Text.Json;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Domain.Tests.Youth;

/// <summary>
/// Working in-memory youth stores that behave like the LiteDB ones: they keep copies (so a change not saved with
/// Update is lost, as it would be in the database), assign increasing ids and refuse a repeated code.
/// </summary>
internal sealed class InMemoryYouthStores : IYouthEventStore, IRegistrationStore, IParticipantProfileStore
{
    private readonly Dictionary<long, YouthEvent> _events = [];
    private readonly Dictionary<long, Registration> _registrations = [];
    private readonly Dictionary<long, ParticipantProfile> _profiles = [];
    private long _nextEventId = 1;
    private long _nextRegistrationId = 1;

    public YouthStores Stores => new(this, this, this);

    public IReadOnlyList<Registration> AllRegistrations => [.. _registrations.Values.OrderBy(r => r.Id).Select(Copy)];

    public YouthEvent? Get(long id) => _events.TryGetValue(id, out var e) ? Copy(e) : null;

    public void Insert(YouthEvent youthEvent)
    {
        youthEvent.Id = _nextEventId++;
        _events[youthEvent.Id] = Copy(youthEvent);
    }

    public void Update(YouthEvent youthEvent) => _events[youthEvent.Id] = Copy(youthEvent);

    public IReadOnlyList<YouthEvent> StartingBetween(DateTime fromUtc, DateTime toUtc) =>
        [.. _events.Values.Where(e => e.StartUtc > fromUtc && e.StartUtc <= toUtc).OrderBy(e => e.StartUtc).Select(Copy)];

    Registration? IRegistrationStore.Get(long id) => _registrations.TryGetValue(id, out var r) ? Copy(r) : null;

    public Registration? ByCode(string code) => _registrations.Values.Where(r => r.Code == code).Select(Copy).FirstOrDefault();

    public IReadOnlyList<Registration> ByEvent(long eventId) => [.. _registrations.Values.Where(r => r.EventId == eventId).OrderBy(r => r.Id).Select(Copy)];

    public IReadOnlyList<Registration> ByUser(long userId) => [.. _registrations.Values.Where(r => r.UserId == userId).OrderBy(r => r.Id).Select(Copy)];

    public void Insert(Registration registration)
    {
        if (_registrations.Values.Any(r => r.Code == registration.Code))
        {
            throw new InvalidOperationException("Duplicate code (the LiteDB store has a unique index).");
        }

        registration.Id = _nextRegistrationId++;
        _registrations[registration.Id] = Copy(registration);
    }

    public void Update(Registration registration) => _registrations[registration.Id] = Copy(registration);

    ParticipantProfile? IParticipantProfileStore.Get(long userId) => _profiles.TryGetValue(userId, out var p) ? Copy(p) : null;

    public void Save(ParticipantProfile profile) => _profiles[profile.Id] = Copy(profile);

    public IReadOnlyList<ParticipantProfile> UpdatedBefore(DateTime utc) => [.. _profiles.Values.Where(p => p.UpdatedUtc < utc).Select(Copy)];

    public void Delete(long userId) => _profiles.Remove(userId);

    public ParticipantProfile? Profile(long userId) => _profiles.TryGetValue(userId, out var p) ? Copy(p) : null;

    public Registration Registration(long id) => Copy(_registrations[id]);

    public YouthEvent Event(long id) => Copy(_events[id]);

    /// <summary>A copy through JSON, as a database would give back (UTC times stay UTC).</summary>
    private static T Copy<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value))!;
}
