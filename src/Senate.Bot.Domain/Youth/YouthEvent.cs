namespace Senate.Bot.Domain.Youth;

/// <summary>A session, lecture or selection round of a youth programme that young people register for.</summary>
public sealed class YouthEvent
{
    /// <summary>The id (assigned by the store on insert); used in button data and deep links.</summary>
    public long Id { get; set; }

    /// <summary>The programme's id (<see cref="Programme.Id"/>).</summary>
    public string ProgrammeId { get; set; } = string.Empty;

    /// <summary>The title in up to three languages.</summary>
    public EventTitle Title { get; set; } = new();

    /// <summary>When it starts (UTC).</summary>
    public DateTime StartUtc { get; set; }

    /// <summary>The address or room, for an event held in person.</summary>
    public string? Place { get; set; }

    /// <summary>The link to join, for an event held online.</summary>
    public string? OnlineUrl { get; set; }

    /// <summary>The number of seats; registrations beyond it join the waitlist.</summary>
    public int Capacity { get; set; }

    /// <summary>The youngest age accepted (inclusive).</summary>
    public int MinAge { get; set; } = 14;

    /// <summary>The oldest age accepted (inclusive).</summary>
    public int MaxAge { get; set; } = 35;

    /// <summary>Registration closes at this moment (UTC); at the latest at <see cref="StartUtc"/>.</summary>
    public DateTime RegistrationDeadlineUtc { get; set; }

    /// <summary>Open, closed by staff, or cancelled.</summary>
    public EventStatus Status { get; set; }

    /// <summary>When it was created.</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>The staff member who created it.</summary>
    public long CreatedBy { get; set; }

    /// <summary>When staff last changed it.</summary>
    public DateTime UpdatedUtc { get; set; }

    /// <summary>True while people can register: open, before the deadline and before the start.</summary>
    public bool AcceptsRegistrations(DateTime nowUtc) =>
        Status == EventStatus.Open && nowUtc < RegistrationDeadlineUtc && nowUtc < StartUtc;

    /// <summary>True if an age is within the event's range.</summary>
    public bool AcceptsAge(int age) => age >= MinAge && age <= MaxAge;
}
