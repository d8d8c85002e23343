using Senate.Bot.Domain.WorkingDays;

namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// Registration and due dates of concerns on Kazakhstan's working calendar, in the configured time zone.
/// АППК art. 64: a concern is registered the day it arrives, or the next working day when it arrives after working
/// hours or on a day off. Art. 76: it is answered within 15 working days; the term starts the day after registration.
/// Thread-safe.
/// </summary>
public sealed class ConcernDeadlines(WorkingCalendar calendar, ConcernSettings settings)
{
    /// <summary>The working calendar.</summary>
    public WorkingCalendar Calendar => calendar;

    /// <summary>The local date of a moment.</summary>
    public DateOnly LocalDate(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, settings.TimeZone).DateTime);

    /// <summary>The local date of a UTC moment.</summary>
    public DateOnly LocalDate(DateTime utc) => LocalDate(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>The date a concern submitted at <paramref name="submitted"/> is registered on.</summary>
    public DateOnly RegistrationDate(DateTimeOffset submitted)
    {
        var local = TimeZoneInfo.ConvertTime(submitted, settings.TimeZone).DateTime;
        var date = DateOnly.FromDateTime(local);
        if (!calendar.IsWorkingDay(date))
        {
            return calendar.NextWorkingDayOnOrAfter(date);
        }

        return local.TimeOfDay < settings.WorkdayEnd ? date : calendar.AddWorkingDays(date, 1);
    }

    /// <summary>The due date of a concern registered on <paramref name="registration"/>.</summary>
    public DateOnly DueDate(DateOnly registration) => calendar.AddWorkingDays(registration, settings.AnswerWorkingDays);

    /// <summary>True when the concern is still open and its due date has passed.</summary>
    public static bool IsOverdue(Concern concern, DateOnly today) => ConcernLifecycle.IsOpen(concern.Status) && today > Stored(concern.DueDate);

    /// <summary>A calendar date as it is stored in an entity: UTC midnight.</summary>
    public static DateTime Store(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>A stored calendar date back as a date.</summary>
    public static DateOnly Stored(DateTime stored) => DateOnly.FromDateTime(stored);
}
