using Senate.Bot.Domain.Tests.Texts;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using static Senate.Bot.Domain.Tests.Concerns.ConcernHarness;

namespace Senate.Bot.Domain.Tests.Concerns;

public sealed class MyConcernsTests
{
    [Fact]
    public void List_WithNone_SaysSoAndPointsToTheForm()
    {
        var bot = new ConcernHarness();

        Assert.True(Has(bot.Data(Citizen, "c:my"), ConcernTexts.MineEmpty));
    }

    [Fact]
    public void List_ShowsOwnConcernsNewestFirst_WithPaging()
    {
        var bot = new ConcernHarness(configure: s => s.DailyLimit = 10);
        for (var i = 1; i <= 7; i++)
        {
            bot.FileConcern(Citizen, description: $"Обращение номер {i}: на улице не горят фонари уже давно.");
            bot.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        bot.FileConcern(OtherCitizen, description: "Чужое обращение: на улице не горят фонари уже давно.");

        var first = bot.Data(Citizen, "c:my");
        var page = ReplyWith(first, ConcernTexts.MineTitle);
        Assert.Equal([7, 1, 2], new[] { "count", "page", "pages" }.Select(name => page.Text.Arg(name)));
        var numbers = page.Buttons.SelectMany(r => r).Where(b => b.Label.Key == ConcernTexts.MineButton).Select(b => b.Label.Arg("number")).ToList();
        Assert.Equal(["SB-2026-000007", "SB-2026-000006", "SB-2026-000005", "SB-2026-000004", "SB-2026-000003"], numbers);

        var second = bot.Press(Citizen, first, CommonTexts.NextPage);
        var next = ReplyWith(second, ConcernTexts.MineTitle);
        Assert.True(next.EditPressedMessage);
        Assert.Equal([7, 2, 2], new[] { "count", "page", "pages" }.Select(name => next.Text.Arg(name)));
        Assert.Contains(next.Buttons.SelectMany(r => r), b => b.Label.Key == CommonTexts.PreviousPage);
    }

    [Fact]
    public void Card_ShowsDetailsHistoryAndTheAnswer_WithActionsWhileOpen()
    {
        var bot = new ConcernHarness();
        bot.FileConcern(Citizen);
        var concern = bot.Store.All.Single();
        bot.InGroup(Moderator, new ButtonInput($"c:s:a:{concern.Id}"), StaffRole.Moderator);

        var open = bot.Data(Citizen, $"c:v:{concern.Id}");
        var card = ReplyWith(open, ConcernTexts.Card);
        Assert.Contains(card.Buttons.SelectMany(r => r), b => b.Label.Key == ConcernTexts.AddInfo);
        Assert.Contains(card.Buttons.SelectMany(r => r), b => b.Label.Key == ConcernTexts.Withdraw);
        var text = Plain(card.Text, Language.Ru);
        Assert.Contains("Принято к рассмотрению", text, StringComparison.Ordinal);
        Assert.Contains("Атырауская область, Атырау", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Модератор", text, StringComparison.Ordinal);

        bot.Answer(Moderator, concern, "Проверка назначена на 20 мая.");
        var answered = ReplyWith(bot.Data(Citizen, $"c:v:{concern.Id}"), ConcernTexts.Card);
        Assert.Contains("Проверка назначена на 20 мая.", Plain(answered.Text, Language.Ru), StringComparison.Ordinal);
        Assert.DoesNotContain(answered.Buttons.SelectMany(r => r), b => b.Label.Key == ConcernTexts.Withdraw);
    }

    [Fact]
    public void Card_OfSomeoneElsesConcern_IsRefusedWithoutSayingAnythingAboutIt()
    {
        var bot = new ConcernHarness();
        bot.FileConcern(OtherCitizen);
        var theirs = bot.Store.All.Single();

        var turn = bot.Data(Citizen, $"c:v:{theirs.Id}");
        var missing = bot.Data(Citizen, "c:v:424242");

        Assert.Empty(turn.Replies);
        Assert.Equal(ConcernTexts.NotYours, turn.Toast?.Key);
        Assert.Equal(missing.Toast, turn.Toast);
        Assert.Empty(missing.Replies);
    }

    [Fact]
    public void WithdrawOrAdd_OnSomeoneElsesConcern_IsRefusedAndNothingChanges()
    {
        var bot = new ConcernHarness();
        bot.FileConcern(OtherCitizen);
        var theirs = bot.Store.All.Single();

        Assert.Equal(ConcernTexts.NotYours, bot.Data(Citizen, $"c:wy:{theirs.Id}").Toast?.Key);
        Assert.Equal(ConcernTexts.NotYours, bot.Data(Citizen, $"c:add:{theirs.Id}").Toast?.Key);
        Assert.Equal(ConcernTexts.NotYours, bot.Data(Citizen, $"c:wd:{theirs.Id}").Toast?.Key);
        Assert.Equal(ConcernStatus.New, bot.Store.Get(theirs.Id)!.Status);
        Assert.False(bot.RecordOf(Citizen).IsActive);
    }

    [Fact]
    public void Withdraw_AfterConfirmation_ClosesItAndTellsStaff()
    {
        var bot = new ConcernHarness();
        bot.FileConcern(Citizen);
        var concern = bot.Store.All.Single();
        var card = bot.Data(Citizen, $"c:v:{concern.Id}");

        var ask = bot.Press(Citizen, card, ConcernTexts.Withdraw);
        Assert.True(Has(ask, ConcernTexts.WithdrawConfirm));
        Assert.Equal(ConcernStatus.New, bot.Store.Get(concern.Id)!.Status);
        var turn = bot.Press(Citizen, ask, ConcernTexts.WithdrawYes);

        var stored = bot.Store.Get(concern.Id)!;
        Assert.Equal(ConcernStatus.Withdrawn, stored.Status);
        Assert.Null(stored.History.Last().StaffId);
        Assert.True(Has(turn, ConcernTexts.Withdrawn));
        Assert.Equal(StaffChatId, ReplyWith(turn, ConcernTexts.WithdrawnToStaff).ChatId);
        Assert.Contains(turn.Replies, r => r.EditTag == $"concern:{concern.Id}");

        var again = bot.Press(Citizen, ask, ConcernTexts.WithdrawYes);
        Assert.Equal(ConcernTexts.NotOpen, again.Toast?.Key);
        Assert.Empty(again.Replies);
    }

    [Fact]
    public void AddInformation_Text_IsConfirmedAddedAndPassedToStaff()
    {
        var bot = new ConcernHarness();
        bot.FileConcern(Citizen);
        var concern = bot.Store.All.Single();
        var turn = bot.Press(Citizen, bot.Data(Citizen, $"c:v:{concern.Id}"), ConcernTexts.AddInfo);
        Assert.True(Has(turn, ConcernTexts.AddAsk));

        Assert.True(Has(bot.Send(Citizen, new UnsupportedInput("sticker")), CommonTexts.WantText));
        Assert.True(Has(bot.Text(Citizen, "ой"), CommonTexts.TextTooShort));
        turn = bot.Text(Citizen, "Сегодня дым был особенно сильный, с 22:00 до 02:00.");
        Assert.True(Has(turn, ConcernTexts.AddConfirm));
        Assert.Empty(bot.Store.Get(concern.Id)!.Additions);
        turn = bot.Press(Citizen, turn, ConcernTexts.AddSend);

        var stored = bot.Store.Get(concern.Id)!;
        Assert.Equal("Сегодня дым был особенно сильный, с 22:00 до 02:00.", Assert.Single(stored.Additions).Text);
        Assert.Equal(ConcernEvent.InformationAdded, stored.History.Last().Event);
        Assert.True(Has(turn, ConcernTexts.AddDone));
        Assert.Equal(StaffChatId, ReplyWith(turn, ConcernTexts.AdditionToStaff).ChatId);
        Assert.False(bot.RecordOf(Citizen).IsActive);
    }

    [Fact]
    public void AddInformation_Photo_GoesToStaffAsAPhoto()
    {
        var bot = new ConcernHarness();
        bot.FileConcern(Citizen);
        var concern = bot.Store.All.Single();
        bot.Data(Citizen, $"c:add:{concern.Id}");

        var turn = bot.Send(Citizen, new PhotoInput("new-photo", "np", "Вот как это выглядит ночью"));
        turn = bot.Press(Citizen, turn, ConcernTexts.AddSend);

        var addition = Assert.Single(bot.Store.Get(concern.Id)!.Additions);
        Assert.Equal(("new-photo", "Вот как это выглядит ночью"), (addition.PhotoFileId, addition.Text));
        Assert.Equal("new-photo", ReplyWith(turn, ConcernTexts.AdditionToStaff).Attachment!.FileId);
    }

    [Fact]
    public void AddInformation_AfterTheConcernClosed_IsRefusedOnSend()
    {
        var bot = new ConcernHarness();
        bot.FileConcern(Citizen);
        var concern = bot.Store.All.Single();
        bot.Data(Citizen, $"c:add:{concern.Id}");
        var confirm = bot.Text(Citizen, "Дополнение, написанное, пока сотрудник отвечал.");
        bot.Answer(Moderator, concern, "Ответ: проверка назначена на июнь.");

        var turn = bot.Press(Citizen, confirm, ConcernTexts.AddSend);

        Assert.True(Has(turn, ConcernTexts.NotOpen));
        Assert.Empty(bot.Store.Get(concern.Id)!.Additions);
        Assert.False(bot.RecordOf(Citizen).IsActive);
    }

    [Fact]
    public void Notifications_CarryAButtonToTheCard()
    {
        var bot = new ConcernHarness();
        bot.FileConcern(Citizen);
        var concern = bot.Store.All.Single();

        var turn = bot.InGroup(Moderator, new ButtonInput($"c:s:a:{concern.Id}"), StaffRole.Moderator);

        var open = Assert.Single(turn.Replies.Single(r => r.ChatId == Citizen).Buttons.SelectMany(r => r));
        Assert.Equal($"c:v:{concern.Id}", open.Data);
        Assert.True(Has(bot.Data(Citizen, open.Data), ConcernTexts.Card));
    }
}
