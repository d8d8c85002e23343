namespace Senate.Bot.Domain.Youth;

/// <summary>Where a registration stands. Attendance is recorded separately (<see cref="Registration.AttendedUtc"/>).</summary>
public enum RegistrationStatus
{
    /// <summary>Has a seat and a code.</summary>
    Confirmed,
    /// <summary>On the waitlist; the position follows from the registration order.</summary>
    Waitlisted,
    /// <summary>Cancelled by the participant.</summary>
    Cancelled,
}
