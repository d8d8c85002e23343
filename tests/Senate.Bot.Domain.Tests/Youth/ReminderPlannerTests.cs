using Senate.Bot.Domain.Tests.Texts;
using System.Text.Json;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Domain.Tests.Youth;

public sealed class ReminderPlannerTests
{
    private static readonly DateTimeOffset Start = new(2025, 9, 10, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Run_AtTheDayBefore_RemindsEachConfirmedParticipantOnceInTheirLanguage()
    {
        var (bot, youthEvent) = EventWithRegistrants(out var ids);

        var replies = bot.RunReminders(Start - TimeSpan.FromHours(24));

        Assert.Equal(2, replies.Count);
        Assert.All(replies, r => Assert.Equal(YouthTexts.Reminder, r.Text.Key));
        var toKazakh = replies.Single(r => r.ChatId == ids.Kazakh);
        Assert.Equal(Language.Kk, toKazakh.Language);
        Assert.Equal(bot.Store.Registration(RegistrationOf(bot, ids.Kazakh)).Code, toKazakh.Text.Arg("code"));
        Assert.Contains(1440, bot.Store.Registration(RegistrationOf(bot, ids.Kazakh)).RemindersSent);
        Assert.Empty(ReminderPlanner.Run(Start - TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1), bot.Store.Stores, bot.Settings));
        Assert.Equal(youthEvent.Id, bot.Store.Registration(RegistrationOf(bot, ids.Kazakh)).EventId);
    }

    [Fact]
    public void Run_NotYetDue_SendsNothing()
    {
        var (bot, _) = EventWithRegistrants(out _);

        Assert.Empty(ReminderPlanner.Run(Start - TimeSpan.FromHours(25), bot.Store.Stores, bot.Settings));
    }

    [Fact]
    public void Run_DayAndHourBefore_SendsEachReminderExactlyOnce()
    {
        var (bot, _) = EventWithRegistrants(out _);
        var sent = new List<int>();
        for (var now = Start - TimeSpan.FromHours(26); now < Start + TimeSpan.FromHours(1); now += TimeSpan.FromMinutes(1))
        {
            sent.Add(bot.RunReminders(now).Count);
        }

        Assert.Equal(4, sent.Sum());
    }

    [Fact]
    public void Run_AfterARestart_DoesNotSendAgain()
    {
        var (bot, _) = EventWithRegistrants(out _);
        Assert.Equal(2, ReminderPlanner.Run(Start - TimeSpan.FromHours(24), bot.Store.Stores, bot.Settings).Count);

        // A restart: new settings and a store rebuilt from what was saved (the marks live in the registrations).
        var restarted = new InMemoryYouthStores();
        restarted.Insert(bot.Store.Event(1));
        foreach (var registration in bot.Store.AllRegistrations)
        {
            var copy = JsonSerializer.Deserialize<Registration>(JsonSerializer.Serialize(registration))!;
            restarted.Insert(copy);
        }

        var settings = new YouthSettings { TimeZone = YouthHarness.Astana };
        Assert.Empty(ReminderPlanner.Run(Start - TimeSpan.FromHours(23.9), restarted.Stores, settings));
        Assert.Equal(2, ReminderPlanner.Run(Start - TimeSpan.FromHours(1), restarted.Stores, settings).Count);
    }

    [Fact]
    public void Run_CancelledAndWaitlisted_GetNoReminder()
    {
        var (bot, _) = EventWithRegistrants(out var ids);
        var cancelled = bot.Store.Registration(RegistrationOf(bot, ids.Russian));
        cancelled.Status = RegistrationStatus.Cancelled;
        bot.Store.Update(cancelled);

        var replies = ReminderPlanner.Run(Start - TimeSpan.FromHours(1), bot.Store.Stores, bot.Settings);

        Assert.Equal([ids.Kazakh], replies.Select(r => r.ChatId!.Value));
        Assert.DoesNotContain(replies, r => r.ChatId == ids.Waitlisted);
    }

    [Fact]
    public void Run_MomentPassedLongAgo_SkipsItRatherThanSendingLate()
    {
        var (bot, _) = EventWithRegistrants(out _);

        // The bot was down through the day-before moment; 23 hours before the start it is 1 hour late.
        Assert.Empty(ReminderPlanner.Run(Start - TimeSpan.FromHours(23), bot.Store.Stores, bot.Settings));
        Assert.Equal(2, ReminderPlanner.Run(Start - TimeSpan.FromMinutes(50), bot.Store.Stores, bot.Settings).Count);
    }

    [Fact]
    public void Run_BothDueAfterDowntime_SendsOnlyTheCloserOne()
    {
        var (bot, _) = EventWithRegistrants(out var ids);
        var settings = bot.Settings with { ReminderMaxDelay = TimeSpan.FromDays(2) };

        var replies = ReminderPlanner.Run(Start - TimeSpan.FromMinutes(30), bot.Store.Stores, settings);

        Assert.Equal(2, replies.Count);
        Assert.Equal([60], bot.Store.Registration(RegistrationOf(bot, ids.Kazakh)).RemindersSent);
        Assert.Empty(ReminderPlanner.Run(Start - TimeSpan.FromMinutes(29), bot.Store.Stores, settings));
    }

    [Fact]
    public void Run_EventStarted_SendsNothing()
    {
        var (bot, _) = EventWithRegistrants(out _);

        Assert.Empty(ReminderPlanner.Run(Start + TimeSpan.FromMinutes(5), bot.Store.Stores, bot.Settings));
    }

    [Fact]
    public void Run_CancelledEvent_SendsNothing()
    {
        var (bot, youthEvent) = EventWithRegistrants(out _);
        var stored = bot.Store.Event(youthEvent.Id);
        stored.Status = EventStatus.Cancelled;
        bot.Store.Update(stored);

        Assert.Empty(ReminderPlanner.Run(Start - TimeSpan.FromHours(1), bot.Store.Stores, bot.Settings));
    }

    [Fact]
    public void Run_ConfiguredOffsets_AreUsed()
    {
        var (bot, _) = EventWithRegistrants(out var ids);
        var settings = bot.Settings with { ReminderOffsets = [TimeSpan.FromHours(3)] };

        Assert.Empty(ReminderPlanner.Run(Start - TimeSpan.FromHours(24), bot.Store.Stores, settings));
        Assert.Equal(2, ReminderPlanner.Run(Start - TimeSpan.FromHours(3), bot.Store.Stores, settings).Count);
        Assert.Equal([180], bot.Store.Registration(RegistrationOf(bot, ids.Kazakh)).RemindersSent);
    }

    [Fact]
    public void Run_SeatTakenAfterTheMoment_IsNotRemindedOfIt()
    {
        var (bot, youthEvent) = EventWithRegistrants(out var ids);
        bot.Now = Start - TimeSpan.FromHours(23.9);
        bot.Data(ids.Kazakh, "y:cy:" + RegistrationOf(bot, ids.Kazakh));
        bot.Data(ids.Waitlisted, "y:cy:" + RegistrationOf(bot, ids.Waitlisted));
        bot.User(14);
        bot.Register(14, youthEvent.Id);

        var replies = bot.RunReminders(Start - TimeSpan.FromHours(23.8));

        Assert.DoesNotContain(replies, r => r.ChatId == 14);
        Assert.Contains(bot.RunReminders(Start - TimeSpan.FromHours(1)), r => r.ChatId == 14);
    }

    private static (YouthHarness Bot, YouthEvent Event) EventWithRegistrants(out (long Kazakh, long Russian, long Waitlisted) ids)
    {
        var bot = new YouthHarness { Now = Start - TimeSpan.FromDays(5) };
        var youthEvent = bot.AddEvent(capacity: 2, startsIn: TimeSpan.FromDays(5));
        ids = (11, 12, 13);
        bot.User(ids.Kazakh, Language.Kk);
        bot.User(ids.Russian, Language.Ru);
        bot.User(ids.Waitlisted, Language.En);
        bot.Register(ids.Kazakh, youthEvent.Id);
        bot.Register(ids.Russian, youthEvent.Id);
        bot.Register(ids.Waitlisted, youthEvent.Id);
        return (bot, youthEvent);
    }

    private static long RegistrationOf(YouthHarness bot, long userId) => bot.Store.AllRegistrations.Single(r => r.UserId == userId).Id;
}
