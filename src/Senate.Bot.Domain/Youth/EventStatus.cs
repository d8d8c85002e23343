namespace Senate.Bot.Domain.Youth;

/// <summary>Whether an event takes registrations.</summary>
public enum EventStatus
{
    /// <summary>Open until the registration deadline.</summary>
    Open,
    /// <summary>Registration closed by staff; the event still takes place.</summary>
    Closed,
    /// <summary>The event is cancelled; registrants were told.</summary>
    Cancelled,
}
