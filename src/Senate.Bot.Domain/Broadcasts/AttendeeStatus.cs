namespace Senate.Bot.Domain.Broadcasts;

/// <summary>Which of an event's registrants an audience takes.</summary>
public enum AttendeeStatus
{
    /// <summary>Holding a seat.</summary>
    Confirmed,

    /// <summary>On the waitlist.</summary>
    Waitlisted,

    /// <summary>Checked in at the door.</summary>
    Attended,
}
