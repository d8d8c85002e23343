namespace Senate.Bot.Domain.Youth;

/// <summary>
/// Seats and the waitlist of events: who gets a seat, who waits, who moves up when a seat frees, who is checked
/// in. Every decision is a read followed by a write through the stores; the host runs each update in one
/// transaction on one writer thread, so two people taking the last seat are decided one after the other and
/// exactly one of them gets it.
/// </summary>
internal sealed class EventRoster(YouthStores stores)
{
    /// <summary>A participant's active (confirmed or waitlisted) registration for an event, or null.</summary>
    public Registration? ActiveFor(long eventId, long userId) =>
        stores.Registrations.ByUser(userId).FirstOrDefault(r => r.EventId == eventId && r.IsActive);

    /// <summary>The counts of an event's registrations.</summary>
    public RosterCounts Count(long eventId)
    {
        var all = stores.Registrations.ByEvent(eventId);
        return new RosterCounts(
            all.Count(r => r.Status == RegistrationStatus.Confirmed),
            all.Count(r => r.Status == RegistrationStatus.Waitlisted),
            all.Count(r => r.Status == RegistrationStatus.Cancelled),
            all.Count(r => r.Status == RegistrationStatus.Confirmed && r.AttendedUtc is not null));
    }

    /// <summary>Seats not yet taken.</summary>
    public int SeatsLeft(YouthEvent youthEvent) => Math.Max(0, youthEvent.Capacity - Count(youthEvent.Id).Confirmed);

    /// <summary>The waitlist in order: first registered, first promoted.</summary>
    public IReadOnlyList<Registration> Waitlist(long eventId) =>
        [.. stores.Registrations.ByEvent(eventId)
            .Where(r => r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.RegisteredUtc)
            .ThenBy(r => r.Id)];

    /// <summary>A waitlisted registration's position (1 = next to get a seat), or 0 if it is not waitlisted.</summary>
    public int WaitlistPosition(Registration registration) =>
        registration.Status != RegistrationStatus.Waitlisted
            ? 0
            : Waitlist(registration.EventId).Select((r, i) => (r.Id, Position: i + 1)).FirstOrDefault(x => x.Id == registration.Id).Position;

    /// <summary>
    /// Registers <paramref name="registration"/> (its details filled, consent recorded): a seat if one is free
    /// and nobody is waiting for it, otherwise the end of the waitlist. Sets the status, a unique code and the
    /// registration time, and stores it.
    /// </summary>
    public Registration Register(YouthEvent youthEvent, Registration registration, DateTime nowUtc)
    {
        var all = stores.Registrations.ByEvent(youthEvent.Id);
        var confirmed = all.Count(r => r.Status == RegistrationStatus.Confirmed);
        var anyoneWaiting = all.Any(r => r.Status == RegistrationStatus.Waitlisted);
        registration.EventId = youthEvent.Id;
        registration.Status = confirmed < youthEvent.Capacity && !anyoneWaiting ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted;
        registration.Code = RegistrationCodes.NewUnique(stores.Registrations);
        registration.RegisteredUtc = nowUtc;
        stores.Registrations.Insert(registration);
        return registration;
    }

    /// <summary>
    /// Gives free seats to the waitlist in order until the event is full or nobody waits; returns those promoted.
    /// Nobody is promoted into a cancelled event or one that has started.
    /// </summary>
    public IReadOnlyList<Registration> FillSeats(YouthEvent youthEvent, DateTime nowUtc)
    {
        if (youthEvent.Status == EventStatus.Cancelled || nowUtc >= youthEvent.StartUtc)
        {
            return [];
        }

        var free = SeatsLeft(youthEvent);
        var promoted = Waitlist(youthEvent.Id).Take(free).ToList();
        foreach (var registration in promoted)
        {
            registration.Status = RegistrationStatus.Confirmed;
            registration.PromotedUtc = nowUtc;
            stores.Registrations.Update(registration);
        }

        return promoted;
    }

    /// <summary>Cancels an active registration; a freed seat goes to the first on the waitlist, who is returned.</summary>
    public IReadOnlyList<Registration> Cancel(Registration registration, YouthEvent youthEvent, DateTime nowUtc)
    {
        var hadSeat = registration.Status == RegistrationStatus.Confirmed;
        registration.Status = RegistrationStatus.Cancelled;
        registration.CancelledUtc = nowUtc;
        stores.Registrations.Update(registration);
        return hadSeat ? FillSeats(youthEvent, nowUtc) : [];
    }

    /// <summary>Checks a participant in by code: once, and only with a confirmed seat at an event that is not cancelled.</summary>
    public CheckInResult CheckIn(string code, DateTime nowUtc)
    {
        if (stores.Registrations.ByCode(code) is not { } registration)
        {
            return new CheckInResult(CheckInOutcome.Unknown, null, null);
        }

        var youthEvent = stores.Events.Get(registration.EventId);
        var outcome = (youthEvent?.Status, registration.Status, registration.AttendedUtc) switch
        {
            (null or EventStatus.Cancelled, _, _) => CheckInOutcome.EventCancelled,
            (_, RegistrationStatus.Cancelled, _) => CheckInOutcome.Cancelled,
            (_, RegistrationStatus.Waitlisted, _) => CheckInOutcome.Waitlisted,
            (_, _, not null) => CheckInOutcome.AlreadyCheckedIn,
            _ => CheckInOutcome.CheckedIn,
        };
        if (outcome == CheckInOutcome.CheckedIn)
        {
            registration.AttendedUtc = nowUtc;
            stores.Registrations.Update(registration);
        }

        return new CheckInResult(outcome, registration, youthEvent);
    }
}
