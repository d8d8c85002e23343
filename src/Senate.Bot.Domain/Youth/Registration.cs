using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Youth;

/// <summary>
/// A young person's registration for an event, with the details they gave after consenting to their processing.
/// The waitlist position is not stored: it follows from the order of registration among those still waiting.
/// </summary>
public sealed class Registration
{
    /// <summary>The id (assigned by the store on insert); increases with the order of registration.</summary>
    public long Id { get; set; }

    /// <summary>The event.</summary>
    public long EventId { get; set; }

    /// <summary>The participant's Telegram user id (also their private chat id).</summary>
    public long UserId { get; set; }

    /// <summary>The language messages about this registration are sent in (the participant's when registering).</summary>
    public Language Language { get; set; }

    /// <summary>Full name as given.</summary>
    public string FullName { get; set; } = string.Empty;

    /// <summary>Age as given.</summary>
    public int Age { get; set; }

    /// <summary>The region's id (<see cref="Reference.Region.Id"/>).</summary>
    public string RegionId { get; set; } = string.Empty;

    /// <summary>Place of study or work.</summary>
    public string StudyOrWork { get; set; } = string.Empty;

    /// <summary>The phone number from the participant's own Telegram contact, with a leading plus.</summary>
    public string Phone { get; set; } = string.Empty;

    /// <summary>Why they want to take part (optional).</summary>
    public string? Motivation { get; set; }

    /// <summary>When the participant consented to the processing of these details.</summary>
    public DateTime ConsentUtc { get; set; }

    /// <summary>The version of the consent text they agreed to (<see cref="YouthTexts.ConsentVersion"/>).</summary>
    public string ConsentVersion { get; set; } = string.Empty;

    /// <summary>Confirmed, waitlisted or cancelled.</summary>
    public RegistrationStatus Status { get; set; }

    /// <summary>8 characters from <see cref="RegistrationCodes.Alphabet"/>, unique across all registrations.</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>When they registered.</summary>
    public DateTime RegisteredUtc { get; set; }

    /// <summary>When a seat freed up and they moved from the waitlist to confirmed.</summary>
    public DateTime? PromotedUtc { get; set; }

    /// <summary>When they cancelled.</summary>
    public DateTime? CancelledUtc { get; set; }

    /// <summary>When they were checked in at the door.</summary>
    public DateTime? AttendedUtc { get; set; }

    /// <summary>When the personal details were erased, the retention period after the event having passed.</summary>
    public DateTime? AnonymisedUtc { get; set; }

    /// <summary>The reminders already sent, as minutes before the start (e.g. 1440 and 60); never sent twice.</summary>
    public List<int> RemindersSent { get; set; } = [];

    /// <summary>True while it holds a seat or a place on the waitlist.</summary>
    public bool IsActive => Status is RegistrationStatus.Confirmed or RegistrationStatus.Waitlisted;
}
