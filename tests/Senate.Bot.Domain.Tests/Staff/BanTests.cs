using Senate.Bot.Domain.Tests.Texts;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Tests.Concerns;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Staff;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using static Senate.Bot.Domain.Tests.Concerns.ConcernHarness;

namespace Senate.Bot.Domain.Tests.Staff;

/// <summary>Moderators ban an author for spam with a reason, from the concern's card, and lift it in <c>/banned</c>.</summary>
public sealed class BanTests
{
    private static (ConcernHarness Bot, Concern Concern) Filed()
    {
        var bot = new ConcernHarness();
        bot.FileConcern(Citizen, description: "Купите наши окна со скидкой, звоните прямо сейчас, акция!");
        return (bot, bot.Store.All.Single());
    }

    private static Turn BanInPrivate(ConcernHarness bot, Concern concern, string reason)
    {
        var ask = bot.Data(Moderator, $"c:s:bn:{concern.Id}", StaffRole.Moderator);
        Assert.True(Has(ask, ConcernTexts.AskBanPrivate));
        var review = bot.Text(Moderator, reason, StaffRole.Moderator);
        Assert.True(Has(review, ConcernTexts.BanPreview));
        Assert.False(bot.UserOf(Citizen).Banned);
        return bot.Press(Moderator, review, ConcernTexts.BanConfirm, StaffRole.Moderator);
    }

    [Fact]
    public void ABan_IsConfirmedThenRecordedWithItsReasonAuthorAndTime_AndTheUserIsToldPolitely()
    {
        var (bot, concern) = Filed();

        var turn = BanInPrivate(bot, concern, "Реклама вместо обращения");

        var user = bot.UserOf(Citizen);
        Assert.True(user.Banned);
        Assert.Equal(new UserBan { AtUtc = WorkingMorning.UtcDateTime, Reason = "Реклама вместо обращения", ById = Moderator, ByName = "Модератор", Concern = concern.Number, RegionId = "atyrau" }, user.Ban);
        Assert.Equal(CommonTexts.Banned, turn.Replies.Single(r => r.ChatId == Citizen).Text.Key);
        Assert.True(Has(turn, ConcernTexts.AuthorBanned));
        var entry = bot.AuditLog.All.Single(e => e.Action == AuditAction.Banned);
        Assert.Equal((concern.Number, "Реклама вместо обращения", Moderator), (entry.Subject, entry.Details, entry.ActorId));
    }

    [Fact]
    public void ABannedUser_IsToldPolitely_AndNothingOfTheirsIsStored()
    {
        var (bot, concern) = Filed();
        BanInPrivate(bot, concern, "Реклама вместо обращения");

        var menu = bot.Data(Citizen, "c:new");
        var text = bot.Text(Citizen, "Атырау");

        Assert.Equal([CommonTexts.Banned], menu.Replies.Concat(text.Replies).Select(r => r.Text.Key).Distinct());
        Assert.False(bot.RecordOf(Citizen).IsActive);
        Assert.Single(bot.Store.All);
    }

    [Fact]
    public void InTheStaffChat_TheReasonIsAReplyToThePrompt()
    {
        var (bot, concern) = Filed();
        var prompt = ReplyWith(bot.InGroup(Moderator, new ButtonInput($"c:s:bn:{concern.Id}"), StaffRole.Moderator), ConcernTexts.AskBanReply);
        Assert.True(Has(bot.InGroup(Moderator, new ReplyToBotInput(1, prompt.Tag, "ой"), StaffRole.Moderator), CommonTexts.TextTooShort));
        Assert.False(bot.UserOf(Citizen).Banned);

        bot.InGroup(Moderator, new ReplyToBotInput(1, prompt.Tag, "Спам: пятое одинаковое сообщение"), StaffRole.Moderator);

        Assert.Equal("Спам: пятое одинаковое сообщение", bot.UserOf(Citizen).Ban!.Reason);
        Assert.True(Has(bot.InGroup(Moderator, new ReplyToBotInput(1, prompt.Tag, "Ещё раз тот же спам"), StaffRole.Moderator), ConcernTexts.AuthorAlreadyBanned));
    }

    [Fact]
    public void StaffCannotBeBanned()
    {
        var bot = new ConcernHarness();
        bot.User(Citizen, Language.Ru, "Сотрудник");
        bot.StaffStore.Save(new StaffMember { Id = Citizen, Name = "Сотрудник", Roles = StaffRole.Editor });
        bot.FileConcern(Citizen);
        var concern = bot.Store.All.Single();

        var turn = BanInPrivate(bot, concern, "Проверка запрета на бан сотрудника");

        Assert.True(Has(turn, ConcernTexts.AuthorNotBannable));
        Assert.False(bot.UserOf(Citizen).Banned);
        Assert.DoesNotContain(bot.AuditLog.All, e => e.Action == AuditAction.Banned);
    }

    [Fact]
    public void Banned_ListsTheBansOfTheirRegions_AndLiftsOne()
    {
        var (bot, concern) = Filed();
        BanInPrivate(bot, concern, "Реклама вместо обращения");
        bot.Grant(OtherCitizen, ModeratorOf("pavlodar"));

        var others = bot.Send(OtherCitizen, new CommandInput("banned", string.Empty));
        Assert.Equal(StaffTexts.NoBans, KeyOf(others.Replies.Single().Text.Arg("lines")));
        var forged = bot.Data(OtherCitizen, $"st:ub:{Citizen}");
        Assert.Equal(StaffTexts.BanGone, forged.Toast?.Key);
        Assert.True(bot.UserOf(Citizen).Banned);

        var list = bot.Send(Moderator, new CommandInput("banned", string.Empty), StaffRole.Moderator);
        Assert.Contains("Реклама вместо обращения", Plain(list.Replies.Single().Text, Language.Ru), StringComparison.Ordinal);
        var lifted = bot.PressData(Moderator, list, $"st:ub:{Citizen}", StaffRole.Moderator);

        Assert.False(bot.UserOf(Citizen).Banned);
        Assert.Null(bot.UserOf(Citizen).Ban);
        Assert.Equal(StaffTexts.BanLifted, lifted.Replies.Single(r => r.ChatId == Citizen).Text.Key);
        Assert.Equal((AuditAction.Unbanned, concern.Number), (bot.AuditLog.All[^1].Action, bot.AuditLog.All[^1].Subject));
        Assert.True(Has(bot.Data(Citizen, "c:new"), ConcernTexts.AskRegion));
    }
}
