using System.Collections.Concurrent;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.WorkingDays;

/// <summary>
/// Kazakhstan's working calendar for a five-day week: Saturdays and Sundays, the public holidays, the day off that
/// follows a holiday falling on a weekend (Labour Code art. 85; religious holidays excepted) and the government's
/// yearly transfers. Holidays and transfers are data (<c>seeds/calendar.json</c>); the weekend rule is code.
/// Immutable and thread-safe; each year is computed once, on first use.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly IReadOnlyList<(int Month, int Day, LocalizedString Name, bool Religious)> _fixed;
    private readonly ILookup<int, Holiday> _datedByYear;
    private readonly ILookup<int, DayTransfer> _transfersByYear;
    private readonly HashSet<int> _coveredYears;
    private readonly ConcurrentDictionary<int, YearDays> _years = new();

    /// <summary>Creates a calendar.</summary>
    /// <param name="fixedHolidays">Holidays on the same day every year (month, day, name, religious).</param>
    /// <param name="datedHolidays">Holidays whose date moves (the first day of Kurban Ait), for the years known.</param>
    /// <param name="transfers">The government's transfers of days of rest.</param>
    /// <param name="coveredYears">The years for which the moving holidays and transfers are known.</param>
    public WorkingCalendar(
        IEnumerable<(int Month, int Day, LocalizedString Name, bool Religious)> fixedHolidays,
        IEnumerable<Holiday> datedHolidays,
        IEnumerable<DayTransfer> transfers,
        IEnumerable<int> coveredYears)
    {
        _fixed = [.. fixedHolidays];
        _datedByYear = datedHolidays.ToLookup(h => h.Date.Year);
        _transfersByYear = transfers.ToLookup(t => t.To.Year);
        _coveredYears = [.. coveredYears];
    }

    /// <summary>The years whose moving holidays and transfers the data gives; other years use fixed holidays only.</summary>
    public IReadOnlyCollection<int> CoveredYears => _coveredYears;

    /// <summary>True when the data covers <paramref name="year"/> (the host should warn when the current year is not).</summary>
    public bool Covers(int year) => _coveredYears.Contains(year);

    /// <summary>Loads <c>calendar.json</c> from a seeds folder.</summary>
    /// <exception cref="InvalidDataException">The file is missing or malformed.</exception>
    public static WorkingCalendar Load(string seedsDirectory)
    {
        var file = SeedFiles.Read<CalendarFile>(seedsDirectory, "calendar.json");
        var holidays = file.Holidays ?? [];
        foreach (var holiday in holidays)
        {
            if (!holiday.Name.IsComplete || holiday.Month is < 1 or > 12 || holiday.Day < 1 || holiday.Day > DateTime.DaysInMonth(2024, holiday.Month))
            {
                throw new InvalidDataException($"calendar.json: the holiday {holiday.Day}.{holiday.Month} is invalid.");
            }
        }

        var years = (file.Years ?? []).Select(y => y with { ReligiousHolidays = y.ReligiousHolidays ?? [], Transfers = y.Transfers ?? [] }).ToList();
        foreach (var year in years)
        {
            if (year.ReligiousHolidays.Any(h => h.Date.Year != year.Year || !h.Name.IsComplete)
                || year.Transfers.Any(t => t.From.Year != year.Year && t.To.Year != year.Year))
            {
                throw new InvalidDataException($"calendar.json: the entry for {year.Year} has a date of another year or a name without a language.");
            }
        }

        return new WorkingCalendar(
            holidays.Select(h => (h.Month, h.Day, h.Name, h.Religious)),
            years.SelectMany(y => y.ReligiousHolidays.Select(h => new Holiday(h.Date, h.Name, Religious: true))),
            years.SelectMany(y => y.Transfers.Select(t => new DayTransfer(t.From, t.To))),
            years.Select(y => y.Year));
    }

    /// <summary>True if <paramref name="date"/> is a working day.</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        var year = Year(date.Year);
        if (year.WorkingWeekendDays.Contains(date))
        {
            return true;
        }

        return !IsWeekend(date) && !year.DaysOff.Contains(date);
    }

    /// <summary>The holidays of a year, in date order (without the days off moved by the weekend rule or transfers).</summary>
    public IReadOnlyList<Holiday> Holidays(int year) => Year(year).Holidays;

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="date"/> (the date itself is not counted);
    /// with 0, the date itself if it is a working day, otherwise the next working day.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days == 0)
        {
            return NextWorkingDayOnOrAfter(date);
        }

        var current = date;
        while (days > 0)
        {
            current = current.AddDays(1);
            if (IsWorkingDay(current))
            {
                days--;
            }
        }

        return current;
    }

    /// <summary>The date itself if it is a working day, otherwise the first working day after it.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        var current = date;
        while (!IsWorkingDay(current))
        {
            current = current.AddDays(1);
        }

        return current;
    }

    /// <summary>How many working days lie after <paramref name="from"/> up to and including <paramref name="to"/> (0 if <paramref name="to"/> is not later).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private YearDays Year(int year) => _years.GetOrAdd(year, Compute);

    private YearDays Compute(int year)
    {
        var holidays = _fixed
            .Where(f => f.Day <= DateTime.DaysInMonth(year, f.Month))
            .Select(f => new Holiday(new DateOnly(year, f.Month, f.Day), f.Name, f.Religious))
            .Concat(_datedByYear[year])
            .OrderBy(h => h.Date)
            .ToList();
        var holidayDates = holidays.Select(h => h.Date).ToHashSet();
        var daysOff = new HashSet<DateOnly>(holidayDates);

        // Labour Code art. 85: a holiday on a Saturday or Sunday gives a day off on the next working day after the
        // holiday (after the whole run of holidays, as with Nauryz), except for the religious holidays.
        foreach (var holiday in holidays.Where(h => !h.Religious && IsWeekend(h.Date)))
        {
            var candidate = holiday.Date.AddDays(1);
            while (IsWeekend(candidate) || daysOff.Contains(candidate))
            {
                candidate = candidate.AddDays(1);
            }

            daysOff.Add(candidate);
        }

        var workingWeekendDays = new HashSet<DateOnly>();
        foreach (var transfer in _transfersByYear[year].Concat(_transfersByYear[year + 1]).Concat(_transfersByYear[year - 1]))
        {
            if (transfer.To.Year == year)
            {
                daysOff.Add(transfer.To);
            }

            if (transfer.From.Year == year)
            {
                daysOff.Remove(transfer.From);
                workingWeekendDays.Add(transfer.From);
            }
        }

        return new YearDays(holidays, daysOff, workingWeekendDays);
    }

    private sealed record YearDays(IReadOnlyList<Holiday> Holidays, HashSet<DateOnly> DaysOff, HashSet<DateOnly> WorkingWeekendDays);

    private sealed record CalendarFile(IReadOnlyList<FixedHolidayEntry> Holidays, IReadOnlyList<YearEntry> Years);

    private sealed record FixedHolidayEntry(int Month, int Day, LocalizedString Name, bool Religious);

    private sealed record YearEntry(int Year, IReadOnlyList<DatedHolidayEntry> ReligiousHolidays, IReadOnlyList<TransferEntry> Transfers);

    private sealed record DatedHolidayEntry(DateOnly Date, LocalizedString Name);

    private sealed record TransferEntry(DateOnly From, DateOnly To);
}
