using Senate.Bot.Domain.WorkingDays;

namespace Senate.Bot.Domain.Tests.WorkingDays;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Load(Path.Combine(AppContext.BaseDirectory, "seeds"));

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void Load_SeedFile_CoversTheYearsOfTheData(int year) => Assert.True(Calendar.Covers(year));

    [Theory]
    [InlineData(2025, 246)]
    [InlineData(2026, 246)]
    public void IsWorkingDay_WholeYear_MatchesTheOfficialCount(int year, int expected)
    {
        var count = 0;
        for (var day = D(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            if (Calendar.IsWorkingDay(day))
            {
                count++;
            }
        }

        Assert.Equal(expected, count);
    }

    [Fact]
    public void IsWorkingDay_OrdinaryWeekdayAndWeekend_AsUsual()
    {
        Assert.True(Calendar.IsWorkingDay(D(2026, 5, 12)));
        Assert.False(Calendar.IsWorkingDay(D(2026, 5, 16)));
        Assert.False(Calendar.IsWorkingDay(D(2026, 5, 17)));
    }

    [Fact]
    public void IsWorkingDay_HolidayOnSunday_MovesTheDayOffToMonday()
    {
        // 8 March 2026 is a Sunday; the day off moves to Monday 9 March (Labour Code art. 85).
        Assert.False(Calendar.IsWorkingDay(D(2026, 3, 8)));
        Assert.False(Calendar.IsWorkingDay(D(2026, 3, 9)));
        Assert.True(Calendar.IsWorkingDay(D(2026, 3, 10)));
    }

    [Fact]
    public void IsWorkingDay_NauryzOnAWeekend_MovesDaysOffPastTheWholeHoliday()
    {
        // 21–22 March 2026 are Saturday and Sunday, 23 March is Monday: the two days off go to 24 and 25 March.
        Assert.All([D(2026, 3, 21), D(2026, 3, 22), D(2026, 3, 23), D(2026, 3, 24), D(2026, 3, 25)], d => Assert.False(Calendar.IsWorkingDay(d)));
        Assert.True(Calendar.IsWorkingDay(D(2026, 3, 26)));
    }

    [Fact]
    public void IsWorkingDay_ReligiousHolidayOnSunday_IsNotMoved()
    {
        // Kurban Ait 2024 fell on Sunday 16 June; Monday 17 June stayed a working day.
        Assert.False(Calendar.IsWorkingDay(D(2024, 6, 16)));
        Assert.True(Calendar.IsWorkingDay(D(2024, 6, 17)));
        // Orthodox Christmas on Sunday 7 January 2024: Monday 8 January was a working day.
        Assert.True(Calendar.IsWorkingDay(D(2024, 1, 8)));
    }

    [Fact]
    public void IsWorkingDay_KurbanAitOnAWeekday_IsADayOff() => Assert.False(Calendar.IsWorkingDay(D(2026, 5, 27)));

    [Fact]
    public void IsWorkingDay_GovernmentTransfer_MakesASaturdayWorkingAndAWeekdayOff()
    {
        Assert.True(Calendar.IsWorkingDay(D(2024, 5, 4)));
        Assert.False(Calendar.IsWorkingDay(D(2024, 5, 8)));
        Assert.True(Calendar.IsWorkingDay(D(2025, 1, 5)));
        Assert.False(Calendar.IsWorkingDay(D(2025, 1, 3)));
    }

    [Fact]
    public void IsWorkingDay_YearWithoutData_StillKnowsFixedHolidaysAndTheWeekendRule()
    {
        Assert.False(Calendar.Covers(2030));
        Assert.False(Calendar.IsWorkingDay(D(2030, 12, 16)));
        // 30 August 2030 is a Friday, 25 October 2030 a Friday; 6 July 2030 a Saturday → Monday 8 July off.
        Assert.False(Calendar.IsWorkingDay(D(2030, 7, 8)));
    }

    [Fact]
    public void AddWorkingDays_AcrossAWeekend_SkipsIt() =>
        Assert.Equal(D(2026, 5, 4), Calendar.AddWorkingDays(D(2026, 4, 30), 1)); // Thu 30 Apr → Fri 1 May is a holiday, → Mon 4 May

    [Fact]
    public void AddWorkingDays_FifteenOverMayHolidays_LandsAfterThem()
    {
        // From Thursday 30 April 2026: May 1 (holiday), 7 (holiday), 9 (Sat holiday → 11 May off), 27 (Kurban Ait).
        // Working days: 4,5,6,8,12,13,14,15,18,19,20,21,22,25,26 → the 15th is 26 May.
        Assert.Equal(D(2026, 5, 26), Calendar.AddWorkingDays(D(2026, 4, 30), 15));
    }

    [Fact]
    public void AddWorkingDays_Zero_IsTheDateOrTheNextWorkingDay()
    {
        Assert.Equal(D(2026, 5, 12), Calendar.AddWorkingDays(D(2026, 5, 12), 0));
        Assert.Equal(D(2026, 3, 26), Calendar.AddWorkingDays(D(2026, 3, 21), 0));
    }

    [Fact]
    public void AddWorkingDays_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D(2026, 5, 12), -1));

    [Fact]
    public void WorkingDaysBetween_CountsDaysAfterTheStartUpToTheEnd()
    {
        Assert.Equal(0, Calendar.WorkingDaysBetween(D(2026, 5, 12), D(2026, 5, 12)));
        Assert.Equal(15, Calendar.WorkingDaysBetween(D(2026, 4, 30), D(2026, 5, 26)));
    }

    [Fact]
    public void Holidays_OfAYear_IncludeKurbanAitWithItsNames()
    {
        var kurban = Assert.Single(Calendar.Holidays(2025), h => h.Date == D(2025, 6, 6));
        Assert.True(kurban.Religious);
        Assert.True(kurban.Name.IsComplete);
    }
}
