using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Domain.Tests.Youth;

public sealed class YouthRetentionTests
{
    [Fact]
    public void Run_AYearAfterTheEvent_ErasesPersonalDetailsAndKeepsCounts()
    {
        var bot = new YouthHarness();
        bot.User(1);
        var youthEvent = bot.AddEvent(startsIn: TimeSpan.FromDays(2));
        bot.Register(1, youthEvent.Id);

        Assert.Empty(YouthRetention.Run(youthEvent.StartUtc.AddDays(364), bot.Store.Stores, bot.Settings));
        Assert.NotEmpty(Assert.Single(bot.Store.AllRegistrations).FullName);

        var later = new DateTimeOffset(youthEvent.StartUtc.AddDays(366));
        YouthRetention.Run(later, bot.Store.Stores, bot.Settings);

        var erased = Assert.Single(bot.Store.AllRegistrations);
        Assert.Equal((string.Empty, string.Empty, string.Empty, (string?)null), (erased.FullName, erased.Phone, erased.StudyOrWork, erased.Motivation));
        Assert.Equal(later.UtcDateTime, erased.AnonymisedUtc);
        Assert.Equal((RegistrationStatus.Confirmed, 19, "shymkent"), (erased.Status, erased.Age, erased.RegionId));
        Assert.Null(bot.Store.Profile(1));
    }

    [Fact]
    public void Run_ProfileUsedRecently_IsKept()
    {
        var bot = new YouthHarness();
        bot.User(1);
        var old = bot.AddEvent(startsIn: TimeSpan.FromDays(2));
        bot.Register(1, old.Id);
        bot.Now += TimeSpan.FromDays(300);
        var recent = bot.AddEvent();
        bot.Data(1, "y:e:" + recent.Id);
        bot.Press(1, YouthTexts.RegisterButton);
        bot.Press(1, YouthTexts.AgreeButton);
        bot.Press(1, YouthTexts.UseProfileButton);
        bot.Press(1, CommonTexts.Skip);
        bot.Press(1, CommonTexts.Confirm);

        YouthRetention.Run(old.StartUtc.AddDays(366), bot.Store.Stores, bot.Settings);

        Assert.NotNull(bot.Store.Profile(1));
        Assert.Equal(string.Empty, bot.Store.AllRegistrations.Single(r => r.EventId == old.Id).FullName);
        Assert.NotEmpty(bot.Store.AllRegistrations.Single(r => r.EventId == recent.Id).FullName);
    }
}
