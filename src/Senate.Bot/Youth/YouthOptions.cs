using System.ComponentModel.DataAnnotations;

namespace Senate.Bot.Youth;

/// <summary>The youth programmes' settings from configuration (<c>Youth__DefaultMinAge</c> …), validated at start-up.</summary>
public sealed class YouthOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Youth";

    /// <summary>The youngest age a new event accepts unless its editor sets another range.</summary>
    [Range(1, 120)]
    public int DefaultMinAge { get; set; } = 14;

    /// <summary>The oldest age a new event accepts unless its editor sets another range.</summary>
    [Range(1, 120)]
    public int DefaultMaxAge { get; set; } = 35;

    /// <summary>
    /// How long before an event's start each reminder goes out; unset means 24 hours and 1 hour (a list default would
    /// be added to, not replaced, by the configuration binder).
    /// </summary>
    public List<TimeSpan>? ReminderOffsets { get; set; }

    /// <summary>The reminder offsets in effect.</summary>
    public IReadOnlyList<TimeSpan> Reminders => ReminderOffsets is { Count: > 0 } offsets ? offsets : [TimeSpan.FromHours(24), TimeSpan.FromHours(1)];

    /// <summary>A reminder later than this after its moment (the bot was down) is not sent at all.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ReminderMaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long an event lasts, for the calendar file and "my registrations".</summary>
    [Range(typeof(TimeSpan), "00:10:00", "7.00:00:00")]
    public TimeSpan EventDuration { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long after an event participants' details are kept (the consent promises a year).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "366.00:00:00")]
    public TimeSpan RetentionAfterEvent { get; set; } = TimeSpan.FromDays(365);
}
