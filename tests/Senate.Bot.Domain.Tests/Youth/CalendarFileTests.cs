using System.Text;
using Ical.Net;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Domain.Tests.Youth;

public sealed class CalendarFileTests
{
    [Theory]
    [InlineData(Language.Kk, "Талдау мектебі: кіріспе сабақ")]
    [InlineData(Language.Ru, "Школа аналитики: вводное занятие")]
    [InlineData(Language.En, "Analytics School: introductory session")]
    public void Outcome_CalendarFile_ParsesBackWithTheEventInTheParticipantsLanguage(Language language, string title)
    {
        var bot = new YouthHarness();
        bot.User(1, language);
        var youthEvent = bot.AddEvent();

        var file = bot.Register(1, youthEvent.Id)[1].Attachment!;

        var calendar = Calendar.Load(Encoding.UTF8.GetString(file.Content!))!;
        var entry = Assert.Single(calendar.Events);
        var registration = Assert.Single(bot.Store.AllRegistrations);
        Assert.Equal(title, entry.Summary);
        Assert.Equal(youthEvent.StartUtc, entry.DtStart!.AsUtc);
        Assert.Equal(youthEvent.StartUtc + TimeSpan.FromHours(2), entry.DtEnd!.AsUtc);
        Assert.Equal("Asia/Almaty", entry.DtStart.TzId);
        Assert.Equal(10, entry.DtStart.Hour); // 05:00 UTC is 10:00 in Astana
        Assert.Equal(youthEvent.Place, entry.Location);
        Assert.Equal($"registration-{registration.Id}@senate-bot.kz", entry.Uid);
        Assert.Contains(registration.Code, entry.Description, StringComparison.Ordinal);
        Assert.Equal(bot.Now.UtcDateTime, entry.DtStamp!.AsUtc);
    }

    [Fact]
    public void CalendarFile_SentAgain_HasTheSameUid()
    {
        var bot = new YouthHarness();
        bot.User(1);
        var youthEvent = bot.AddEvent();
        var first = Calendar.Load(Encoding.UTF8.GetString(bot.Register(1, youthEvent.Id)[1].Attachment!.Content!))!;
        var registration = Assert.Single(bot.Store.AllRegistrations);
        bot.Now += TimeSpan.FromHours(1);

        var again = Calendar.Load(Encoding.UTF8.GetString(bot.Data(1, "y:ics:" + registration.Id)[0].Attachment!.Content!))!;

        Assert.Equal(first.Events.Single().Uid, again.Events.Single().Uid);
    }

    [Fact]
    public void CalendarFile_OnlineEvent_HasTheLinkAsUrlAndLocation()
    {
        var bot = new YouthHarness();
        bot.User(1);
        var youthEvent = bot.AddEvent(onlineUrl: "https://zoom.us/j/123456789");

        var entry = Calendar.Load(Encoding.UTF8.GetString(bot.Register(1, youthEvent.Id)[1].Attachment!.Content!))!.Events.Single();

        Assert.Equal(new Uri("https://zoom.us/j/123456789"), entry.Url);
        Assert.Equal("https://zoom.us/j/123456789", entry.Location);
    }

    [Fact]
    public void CalendarFile_Waitlisted_SaysSoWithoutACode()
    {
        var bot = new YouthHarness();
        bot.User(1);
        bot.User(2, Language.En);
        var youthEvent = bot.AddEvent(capacity: 1);
        bot.Register(1, youthEvent.Id);

        var outcome = bot.Register(2, youthEvent.Id);

        Assert.Equal(AttachmentKind.Document, outcome[1].Attachment!.Kind);
        var entry = Calendar.Load(Encoding.UTF8.GetString(outcome[1].Attachment!.Content!))!.Events.Single();
        Assert.Contains("waitlist", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarFile_ZoneUnknownToTheCalendarLibrary_FallsBackToUtc()
    {
        var custom = TimeZoneInfo.CreateCustomTimeZone("Senate/Test", TimeSpan.FromHours(5), "Test", "Test");
        var bot = new YouthHarness(new YouthSettings { TimeZone = custom });
        bot.User(1);
        var youthEvent = bot.AddEvent();

        var entry = Calendar.Load(Encoding.UTF8.GetString(bot.Register(1, youthEvent.Id)[1].Attachment!.Content!))!.Events.Single();

        Assert.Equal(youthEvent.StartUtc, entry.DtStart!.AsUtc);
    }
}
