namespace Senate.Bot.Domain.Youth;

/// <summary>
/// Stored registrations. Synchronous, called inside the host's one transaction per update on a single writer
/// thread: "count the confirmed, then confirm or waitlist" is decided without interleaving. The host should keep
/// a unique index on <see cref="Registration.Code"/>.
/// </summary>
public interface IRegistrationStore
{
    /// <summary>The registration with an id, or null.</summary>
    Registration? Get(long id);

    /// <summary>The registration with a code (exact, as stored), or null.</summary>
    Registration? ByCode(string code);

    /// <summary>An event's registrations (every status) in the order they were made (by id).</summary>
    IReadOnlyList<Registration> ByEvent(long eventId);

    /// <summary>A participant's registrations (every status), by id.</summary>
    IReadOnlyList<Registration> ByUser(long userId);

    /// <summary>Stores a new registration and sets its <see cref="Registration.Id"/> to a new id, greater than every earlier one.</summary>
    void Insert(Registration registration);

    /// <summary>Saves a changed registration.</summary>
    void Update(Registration registration);
}
