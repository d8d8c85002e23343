using Senate.Bot.Domain.Tests.Texts;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Texts;
using static Senate.Bot.Domain.Tests.Concerns.ConcernHarness;

namespace Senate.Bot.Domain.Tests.Concerns;

public sealed class DeadlineCheckTests
{
    /// <summary>Filed Tuesday 12 May 2026 10:30; due Wednesday 3 June 2026.</summary>
    private static (ConcernHarness Bot, Concern Concern) Filed(bool staffChat = true)
    {
        var bot = new ConcernHarness(staffChat: staffChat);
        bot.FileConcern(Citizen);
        var concern = bot.Store.All.Single();
        Assert.Equal(new DateTime(2026, 6, 3, 0, 0, 0, DateTimeKind.Utc), concern.DueDate);
        return (bot, concern);
    }

    private static DateTimeOffset At(int month, int day, int hour = 9) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public void FarFromTheDueDate_NothingIsSaid()
    {
        var (bot, _) = Filed();

        Assert.Empty(bot.Feature.CheckDeadlines(At(5, 28)));
    }

    [Fact]
    public void DueWithinTwoWorkingDays_WarnsStaffOnce_EvenAfterARestart()
    {
        var (bot, concern) = Filed();

        var first = bot.Feature.CheckDeadlines(At(6, 1));

        var warning = Assert.Single(first);
        Assert.Equal((ConcernTexts.DeadlineDueSoon, StaffChatId, Language.Ru), (warning.Text.Key, warning.ChatId!.Value, warning.Language!.Value));
        Assert.Equal((1, 2), (warning.Text.Arg("count"), warning.Text.Arg("days")));
        Assert.Contains(concern.Number, Plain(warning.Text, Language.Ru), StringComparison.Ordinal);
        Assert.NotNull(bot.Store.Get(concern.Id)!.DueSoonWarnedUtc);

        bot.Restart();
        Assert.Empty(bot.Feature.CheckDeadlines(At(6, 1, 15)));
        Assert.Empty(bot.Feature.CheckDeadlines(At(6, 2)));
    }

    [Fact]
    public void Overdue_WarnsAtMostOncePerDay()
    {
        var (bot, concern) = Filed();
        bot.Feature.CheckDeadlines(At(6, 2));

        var day1 = bot.Feature.CheckDeadlines(At(6, 4));
        var again = bot.Feature.CheckDeadlines(At(6, 4, 17));
        var day2 = bot.Feature.CheckDeadlines(At(6, 5));

        Assert.Equal(ConcernTexts.DeadlineOverdue, Assert.Single(day1).Text.Key);
        Assert.Empty(again);
        Assert.Equal(ConcernTexts.DeadlineOverdue, Assert.Single(day2).Text.Key);
        Assert.Equal(At(6, 5).UtcDateTime, bot.Store.Get(concern.Id)!.OverdueWarnedUtc);
    }

    [Fact]
    public void AnsweredConcerns_AreNotWarnedAbout()
    {
        var (bot, concern) = Filed();
        bot.Answer(Moderator, concern, "Ответ дан: проверка назначена на июнь.");

        Assert.Empty(bot.Feature.CheckDeadlines(At(6, 10)));
    }

    [Fact]
    public void WithoutAStaffChat_NothingIsSentOrRecorded()
    {
        var (bot, concern) = Filed(staffChat: false);

        Assert.Empty(bot.Feature.CheckDeadlines(At(6, 10)));
        Assert.Null(bot.Store.Get(concern.Id)!.OverdueWarnedUtc);
    }

    [Fact]
    public void ManyConcerns_AreSplitIntoMessagesThatFitTelegram()
    {
        var bot = new ConcernHarness(configure: s => s.DailyLimit = 100);
        for (var i = 0; i < 30; i++)
        {
            bot.FileConcern(i % 2 == 0 ? Citizen : OtherCitizen, description: $"Обращение {i}: двор затоплен после дождя, пройти невозможно.");
        }

        var replies = DeadlineCheck.Run(At(6, 10), bot.Store, WorkCalendar, bot.Settings, Regions, ConcernHarness.Categories);

        Assert.Equal(2, replies.Count);
        Assert.All(replies, r => Assert.Equal(30, r.Text.Arg("count")));
        Assert.All(replies, r => Assert.True(Plain(r.Text, Language.Ru).Length <= 4096));
    }
}
