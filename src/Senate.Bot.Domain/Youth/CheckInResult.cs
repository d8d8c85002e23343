namespace Senate.Bot.Domain.Youth;

/// <summary>What a check-in found.</summary>
internal enum CheckInOutcome
{
    CheckedIn,
    AlreadyCheckedIn,
    Unknown,
    Waitlisted,
    Cancelled,
    EventCancelled,
}

/// <summary>The outcome of a check-in with the registration and event it concerned.</summary>
internal sealed record CheckInResult(CheckInOutcome Outcome, Registration? Registration, YouthEvent? Event);
