namespace Senate.Bot.Domain.Youth;

/// <summary>How an event's registrations stand.</summary>
/// <param name="Confirmed">Holding a seat (including those already checked in).</param>
/// <param name="Waitlisted">Waiting for a seat.</param>
/// <param name="Cancelled">Cancelled by the participant.</param>
/// <param name="Attended">Checked in at the door.</param>
public sealed record RosterCounts(int Confirmed, int Waitlisted, int Cancelled, int Attended);
