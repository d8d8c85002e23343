using Senate.Bot.Domain.Tests.Texts;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Texts;
using static Senate.Bot.Domain.Tests.Concerns.ConcernHarness;

namespace Senate.Bot.Domain.Tests.Concerns;

public sealed class DueDateTests
{
    private static readonly TimeSpan Astana = TimeSpan.FromHours(5);

    private static readonly ConcernDeadlines Deadlines = new(WorkCalendar, new ConcernSettings());

    [Theory]
    // A working day within hours: registered that day; 15 working days from the next day (27 May is Kurban Ait).
    [InlineData("2026-05-12 10:30", "2026-05-12", "2026-06-03")]
    // Before 09:00 on a working day still counts as that day.
    [InlineData("2026-05-12 07:10", "2026-05-12", "2026-06-03")]
    // After 18:00: registered the next working day (АППК art. 64).
    [InlineData("2026-05-12 18:00", "2026-05-13", "2026-06-04")]
    // Saturday: registered on Monday.
    [InlineData("2026-05-16 12:00", "2026-05-18", "2026-06-09")]
    // Friday evening before 8 March 2026 (a Sunday, so Monday 9 March is off): registered Tuesday 10 March.
    [InlineData("2026-03-06 19:45", "2026-03-10", "2026-04-03")]
    // Across Nauryz 2026 (21–25 March off): from Friday 20 March the term skips five days.
    [InlineData("2026-03-20 11:00", "2026-03-20", "2026-04-15")]
    // The 2024 transfer: Saturday 4 May 2024 was a working day, Wednesday 8 May a day off.
    [InlineData("2024-05-04 10:00", "2024-05-04", "2024-05-29")]
    public void RegistrationAndDueDate_OnKazakhstansCalendar(string submitted, string registered, string due)
    {
        var moment = new DateTimeOffset(DateTime.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture), Astana);

        var registration = Deadlines.RegistrationDate(moment);

        Assert.Equal(DateOnly.Parse(registered, System.Globalization.CultureInfo.InvariantCulture), registration);
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Deadlines.DueDate(registration));
    }

    [Fact]
    public void DueDate_FifteenWorkingDays_SpansMayHolidaysAndKurbanAit()
    {
        // Registered Thursday 30 April 2026: 1, 7, 11 (for the 9th) and 27 May are days off.
        Assert.Equal(new DateOnly(2026, 5, 26), Deadlines.DueDate(new DateOnly(2026, 4, 30)));
        Assert.Equal(new DateOnly(2026, 5, 29), Deadlines.DueDate(new DateOnly(2026, 5, 5)));
    }

    [Fact]
    public void Receipt_AfterHours_ShowsTheRegistrationDateAndTheTermFromIt()
    {
        var bot = new ConcernHarness(start: new DateTimeOffset(2026, 3, 6, 19, 45, 0, Astana));

        var turn = bot.FileConcern(Citizen);

        var receipt = ReplyWith(turn, ConcernTexts.Receipt);
        Assert.Equal(new DateOnly(2026, 4, 3), receipt.Text.Arg("due"));
        Assert.Equal(15, receipt.Text.Arg("days"));
        var note = receipt.Text.Piece(ConcernTexts.ReceiptNextWorkingDay);
        Assert.Equal(ConcernTexts.ReceiptNextWorkingDay, note.Key);
        Assert.Equal(new DateOnly(2026, 3, 10), note.Arg("date"));
        var concern = Assert.Single(bot.Store.All);
        Assert.Equal(new DateTime(2026, 3, 10, 0, 0, 0, DateTimeKind.Utc), concern.RegistrationDate);
        Assert.Equal(new DateTime(2026, 4, 3, 0, 0, 0, DateTimeKind.Utc), concern.DueDate);
        Assert.Equal(new DateTime(2026, 3, 6, 14, 45, 0, DateTimeKind.Utc), concern.RegisteredUtc);
        Assert.Contains("10.03.2026", Plain(receipt.Text, Language.Ru), StringComparison.Ordinal);
        Assert.Contains("03.04.2026", Plain(receipt.Text, Language.Ru), StringComparison.Ordinal);
        Assert.Contains("3 April 2026", Plain(receipt.Text, Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void Receipt_WithinHours_HasNoRegistrationNote()
    {
        var bot = new ConcernHarness();

        var receipt = ReplyWith(bot.FileConcern(Citizen), ConcernTexts.Receipt);

        Assert.False(receipt.Text.Contains(ConcernTexts.ReceiptNextWorkingDay));
        Assert.Contains("12.05.2026 10:30", Plain(receipt.Text, Language.Ru), StringComparison.Ordinal);
    }

    [Fact]
    public void WorkingHours_AreConfigurable()
    {
        var deadlines = new ConcernDeadlines(WorkCalendar, new ConcernSettings { WorkdayEnd = TimeSpan.FromHours(20) });

        Assert.Equal(new DateOnly(2026, 5, 12), deadlines.RegistrationDate(new DateTimeOffset(2026, 5, 12, 19, 0, 0, Astana)));
    }
}
