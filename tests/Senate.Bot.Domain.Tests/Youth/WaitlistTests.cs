using Senate.Bot.Domain.Tests.Texts;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Domain.Tests.Youth;

public sealed class WaitlistTests
{
    [Fact]
    public void Confirm_TenPeopleForThreeSeats_ExactlyThreeConfirmedAndTheRestWaitlistedInOrder()
    {
        var bot = new YouthHarness();
        var youthEvent = bot.AddEvent(capacity: 3);
        long[] users = [.. Enumerable.Range(1, 10).Select(i => 2000L + i)];
        foreach (var user in users)
        {
            bot.User(user);
            bot.FillToReview(user, youthEvent.Id, name: "Участник Номер");
        }

        // Everyone is on the review screen when the seats are still free; they press Confirm "at the same
        // moment". The host handles the updates one after the other, in this (shuffled) order.
        long[] pressOrder = [2007, 2003, 2010, 2001, 2005, 2002, 2009, 2004, 2008, 2006];
        var outcomes = pressOrder.ToDictionary(u => u, u => bot.Press(u, CommonTexts.Confirm)[0]);

        var registrations = bot.Store.AllRegistrations;
        Assert.Equal(10, registrations.Count);
        Assert.Equal([2007L, 2003L, 2010L], registrations.Where(r => r.Status == RegistrationStatus.Confirmed).Select(r => r.UserId));
        var waitlist = registrations.Where(r => r.Status == RegistrationStatus.Waitlisted).Select(r => r.UserId).ToList();
        Assert.Equal(pressOrder.Skip(3), waitlist);
        for (var i = 0; i < 7; i++)
        {
            var outcome = outcomes[pressOrder[3 + i]];
            Assert.Equal(YouthTexts.RegisteredWaitlisted, outcome.Text.Key);
            Assert.Equal(i + 1, outcome.Text.Arg("position"));
        }

        Assert.All(pressOrder.Take(3), u => Assert.Equal(YouthTexts.RegisteredConfirmed, outcomes[u].Text.Key));
        Assert.Equal(10, registrations.Select(r => r.Code).Distinct().Count());
    }

    [Fact]
    public void EventCard_Full_OffersTheWaitlistAndCountsWhoWaits()
    {
        var bot = new YouthHarness();
        var youthEvent = bot.AddEvent(capacity: 1);
        bot.User(1);
        bot.User(2);
        bot.User(3);
        bot.Register(1, youthEvent.Id);
        bot.Register(2, youthEvent.Id);

        var card = bot.Data(3, "y:e:" + youthEvent.Id)[0];

        Assert.True(card.Text.Contains(YouthTexts.SeatsFull));
        Assert.Contains(card.Buttons.SelectMany(r => r), b => b.Label.Key == YouthTexts.JoinWaitlistButton);
    }

    [Fact]
    public void Cancel_ConfirmedSeat_PromotesTheFirstOnTheWaitlistWhoIsToldAtOnceInTheirLanguage()
    {
        var bot = new YouthHarness();
        var youthEvent = bot.AddEvent(capacity: 1);
        bot.User(1, Language.Ru);
        bot.User(2, Language.Kk);
        bot.User(3, Language.En);
        bot.Register(1, youthEvent.Id);
        bot.Register(2, youthEvent.Id);
        bot.Register(3, youthEvent.Id);
        var seat = bot.Store.AllRegistrations.Single(r => r.UserId == 1);

        Assert.Equal([YouthTexts.MyRegistrationsTitle], bot.Data(1, "y:m").Keys());
        Assert.Equal([YouthTexts.RegistrationDetails], bot.PressData(1, "y:m:" + seat.Id).Keys());
        Assert.Equal([YouthTexts.CancelAsk], bot.Press(1, YouthTexts.CancelRegistrationButton).Keys());
        Assert.Equal(RegistrationStatus.Confirmed, bot.Store.Registration(seat.Id).Status);
        var replies = bot.Press(1, YouthTexts.CancelYes);

        Assert.Equal([YouthTexts.CancelDone, YouthTexts.Promoted], replies.Keys());
        var told = replies[1];
        Assert.Equal(2, told.ChatId);
        Assert.Equal(Language.Kk, told.Language);
        var promoted = bot.Store.AllRegistrations.Single(r => r.UserId == 2);
        Assert.Equal(RegistrationStatus.Confirmed, promoted.Status);
        Assert.Equal(bot.Now.UtcDateTime, promoted.PromotedUtc);
        Assert.Equal(promoted.Code, told.Text.Arg("code"));
        Assert.Equal(RegistrationStatus.Cancelled, bot.Store.Registration(seat.Id).Status);
        var third = bot.Store.AllRegistrations.Single(r => r.UserId == 3);
        Assert.Equal(RegistrationStatus.Waitlisted, third.Status);
        Assert.True(bot.Data(3, "y:m:" + third.Id)[0].Text.Contains(YouthTexts.StatusWaitlisted));
        Assert.Equal(1, bot.Last(3)[0].Text.Piece(YouthTexts.StatusWaitlisted).Arg("position"));
    }

    [Fact]
    public void Cancel_Waitlisted_NobodyIsPromotedAndThoseBehindMoveUp()
    {
        var bot = new YouthHarness();
        var youthEvent = bot.AddEvent(capacity: 1);
        foreach (var user in new long[] { 1, 2, 3 })
        {
            bot.User(user);
            bot.Register(user, youthEvent.Id);
        }

        var second = bot.Store.AllRegistrations.Single(r => r.UserId == 2);
        bot.Data(2, "y:c:" + second.Id);
        var replies = bot.Press(2, YouthTexts.CancelYes);

        Assert.Equal([YouthTexts.CancelDone], replies.Keys());
        var third = bot.Store.AllRegistrations.Single(r => r.UserId == 3);
        Assert.Equal(RegistrationStatus.Waitlisted, third.Status);
        bot.Data(3, "y:m:" + third.Id);
        Assert.Equal(1, bot.Last(3)[0].Text.Piece(YouthTexts.StatusWaitlisted).Arg("position"));
    }

    [Fact]
    public void Cancel_SomeoneElsesRegistration_IsRefusedAndNothingChanges()
    {
        var bot = new YouthHarness();
        var youthEvent = bot.AddEvent();
        bot.User(1);
        bot.User(2);
        bot.Register(1, youthEvent.Id);
        var victim = Assert.Single(bot.Store.AllRegistrations);

        foreach (var data in new[] { "y:cy:", "y:m:", "y:ics:" })
        {
            Assert.Empty(bot.Data(2, data + victim.Id));
            Assert.Equal(CommonTexts.ButtonUnknown, bot.LastToast?.Key);
        }

        Assert.Equal(RegistrationStatus.Confirmed, bot.Store.Registration(victim.Id).Status);
    }

    [Fact]
    public void Cancel_TwiceFromAnOldConfirmation_SaysItIsAlreadyCancelled()
    {
        var bot = new YouthHarness();
        var youthEvent = bot.AddEvent();
        bot.User(1);
        bot.Register(1, youthEvent.Id);
        var registration = Assert.Single(bot.Store.AllRegistrations);
        bot.Data(1, "y:cy:" + registration.Id);

        Assert.Equal([YouthTexts.CancelAlready], bot.Data(1, "y:cy:" + registration.Id).Keys());
    }

    [Fact]
    public void Cancel_AfterTheStart_IsRefused()
    {
        var bot = new YouthHarness();
        var youthEvent = bot.AddEvent(startsIn: TimeSpan.FromHours(3));
        bot.User(1);
        bot.Register(1, youthEvent.Id);
        var registration = Assert.Single(bot.Store.AllRegistrations);
        bot.Now += TimeSpan.FromHours(4);

        Assert.Equal([YouthTexts.CancelTooLate], bot.Data(1, "y:cy:" + registration.Id).Keys());
        Assert.Equal(RegistrationStatus.Confirmed, bot.Store.Registration(registration.Id).Status);
    }

    [Fact]
    public void Register_AfterCancelling_IsAllowedAgainAtTheEndOfTheQueue()
    {
        var bot = new YouthHarness();
        var youthEvent = bot.AddEvent(capacity: 1);
        bot.User(1);
        bot.User(2);
        bot.Register(1, youthEvent.Id);
        bot.Register(2, youthEvent.Id);
        var first = bot.Store.AllRegistrations.Single(r => r.UserId == 1);
        bot.Data(1, "y:cy:" + first.Id);

        var outcome = bot.Register(1, youthEvent.Id);

        Assert.Equal(YouthTexts.RegisteredWaitlisted, outcome[0].Text.Key);
        Assert.Equal(1, outcome[0].Text.Arg("position"));
    }

    [Fact]
    public void MyRegistrations_ListsActiveOnesAndTheMenuOffersThem()
    {
        var bot = new YouthHarness();
        var youthEvent = bot.AddEvent();
        bot.User(1);
        Assert.Equal([YouthTexts.MyRegistrationsEmpty], bot.Data(1, "y:m").Keys());
        Assert.DoesNotContain(bot.Command(1, "menu")[0].Buttons.SelectMany(r => r), b => b.Data == "y:m");

        bot.Register(1, youthEvent.Id);

        Assert.Contains(bot.Command(1, "menu")[0].Buttons.SelectMany(r => r), b => b.Data == "y:m");
        var list = bot.Data(1, "y:m");
        Assert.Contains(list[0].Buttons.SelectMany(r => r), b => b.Label.Key == YouthTexts.RegistrationButtonConfirmed);
    }

    [Fact]
    public void CalendarButton_SendsTheFileAgain()
    {
        var bot = new YouthHarness();
        var youthEvent = bot.AddEvent();
        bot.User(1);
        bot.Register(1, youthEvent.Id);
        var registration = Assert.Single(bot.Store.AllRegistrations);

        var replies = bot.Data(1, "y:ics:" + registration.Id);

        Assert.Equal(AttachmentKind.Document, Assert.Single(replies).Attachment!.Kind);
    }
}
