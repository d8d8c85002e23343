using Senate.Bot.Domain.Tests.Texts;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Domain.Tests.Youth;

public sealed class RegistrationFlowTests
{
    private const long Student = 1001;

    [Theory]
    [InlineData(Language.Kk, "Сейтқали Айгерім Нұрланқызы", "Кіруге арналған кодыңыз")]
    [InlineData(Language.Ru, "Сейткали Айгерим Нурлановна", "Ваш код для входа")]
    [InlineData(Language.En, "Aigerim Seitkali", "Your entry code")]
    public void Register_WholeFlowInEachLanguage_ConfirmsWithCodeAndCalendarFile(Language language, string name, string calendarText)
    {
        var bot = new YouthHarness();
        bot.User(Student, language);
        var youthEvent = bot.AddEvent();

        Assert.Contains(bot.Command(Student, "menu").SelectMany(r => r.Buttons).SelectMany(b => b), b => b.Data == "y:p");
        Assert.Equal([YouthTexts.ProgrammesIntro], bot.Data(Student, "y:p").Keys());
        Assert.Equal([YouthTexts.ProgrammeEvents], bot.PressData(Student, "y:p:school").Keys());
        Assert.Equal([YouthTexts.EventCard], bot.PressData(Student, ":e:" + youthEvent.Id).Keys());
        Assert.Equal([YouthTexts.Consent], bot.Press(Student, YouthTexts.RegisterButton).Keys());
        Assert.Equal([YouthTexts.AskFullName], bot.Press(Student, YouthTexts.AgreeButton).Keys());
        Assert.Equal([YouthTexts.AskAge], bot.Text(Student, name).Keys());
        Assert.Equal([YouthTexts.AskRegion], bot.Text(Student, "19").Keys());
        Assert.Equal([YouthTexts.AskStudyOrWork], bot.PressData(Student, ":r:shymkent").Keys());
        var phone = bot.Text(Student, "ЮКУ им. М. Ауэзова, 2 курс");
        Assert.Equal([YouthTexts.AskPhone], phone.Keys());
        Assert.Equal(KeyRequest.Contact, Assert.Single(Assert.Single(phone[0].Keyboard!.Rows)).Request);
        var saved = bot.OwnContact(Student, "77012345678");
        Assert.Equal([YouthTexts.AskMotivation], saved.Keys());
        Assert.True(saved[0].RemoveKeyboard);
        Assert.Equal([YouthTexts.Review], bot.Text(Student, "Хочу научиться работать с данными").Keys());

        var outcome = bot.Press(Student, CommonTexts.Confirm);

        Assert.Equal([YouthTexts.RegisteredConfirmed, YouthTexts.CalendarCaption], outcome.Keys());
        Assert.False(bot.Conversation(Student).IsActive);
        var registration = Assert.Single(bot.Store.AllRegistrations);
        Assert.Equal(RegistrationStatus.Confirmed, registration.Status);
        Assert.Equal(name, registration.FullName);
        Assert.Equal(19, registration.Age);
        Assert.Equal("shymkent", registration.RegionId);
        Assert.Equal("+7 701 234 56 78", registration.Phone);
        Assert.Equal("Хочу научиться работать с данными", registration.Motivation);
        Assert.Equal(language, registration.Language);
        Assert.Equal(bot.Now.UtcDateTime, registration.ConsentUtc);
        Assert.Equal(YouthTexts.ConsentVersion, registration.ConsentVersion);
        Assert.Matches("^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$", registration.Code);
        Assert.Equal(registration.Code, outcome[0].Text.Arg("code"));
        var file = outcome[1].Attachment!;
        Assert.Equal(AttachmentKind.Document, file.Kind);
        Assert.EndsWith(".ics", file.FileName, StringComparison.Ordinal);
        Assert.Contains(calendarText, System.Text.Encoding.UTF8.GetString(file.Content!), StringComparison.Ordinal);
        Assert.Equal(name, bot.Store.Profile(Student)!.FullName);
    }

    [Theory]
    [InlineData("13")]
    [InlineData("36")]
    public void Age_OutsideTheEventsRange_ExplainsTheRangeAndAsksAgain(string age)
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        StartToName(bot, youthEvent.Id);
        bot.Text(Student, "Сейткали Айгерим");

        var replies = bot.Text(Student, age);

        Assert.Equal([YouthTexts.AgeOutOfRange, YouthTexts.AskAge], replies.Keys());
        Assert.Equal((14, 35), (replies[0].Text.Arg("min"), replies[0].Text.Arg("max")));
        Assert.True(bot.Conversation(Student).IsActive);
        Assert.Equal([YouthTexts.AskRegion], bot.Text(Student, "19").Keys());
        Assert.Empty(bot.Store.AllRegistrations);
    }

    [Fact]
    public void Age_EventWithItsOwnRange_RefusesOutsideIt()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent(minAge: 16, maxAge: 18);
        StartToName(bot, youthEvent.Id);
        bot.Text(Student, "Сейткали Айгерим");

        Assert.Equal([YouthTexts.AgeOutOfRange, YouthTexts.AskAge], bot.Text(Student, "19").Keys());
    }

    [Theory]
    [InlineData("девятнадцать")]
    [InlineData("19.5")]
    [InlineData("0")]
    [InlineData("")]
    public void Age_NotANumber_ExplainsAndAsksAgain(string text)
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        StartToName(bot, youthEvent.Id);
        bot.Text(Student, "Сейткали Айгерим");

        var replies = bot.Text(Student, text);

        Assert.Single(replies);
        Assert.Equal([YouthTexts.AgeNotNumber, YouthTexts.AskAge], replies.Keys());
        Assert.True(bot.Conversation(Student).IsActive);
    }

    [Theory]
    [InlineData("17 лет")]
    [InlineData("17 жаста")]
    [InlineData(" 17 ")]
    public void Age_NumberWithAWord_IsAccepted(string text)
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        StartToName(bot, youthEvent.Id);
        bot.Text(Student, "Сейткали Айгерим");

        Assert.Equal([YouthTexts.AskRegion], bot.Text(Student, text).Keys());
    }

    [Theory]
    [InlineData("A")]
    [InlineData("Айгерим 2005")]
    [InlineData("🙂🙂🙂")]
    public void FullName_Invalid_ExplainsAndAsksAgain(string text)
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        StartToName(bot, youthEvent.Id);

        var replies = bot.Text(Student, text);

        Assert.True(replies.Has(YouthTexts.FullNameInvalid));
        Assert.True(replies.Has(YouthTexts.AskFullName));
    }

    [Fact]
    public void FullName_WithHyphenAndApostrophe_IsTidiedAndAccepted()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        StartToName(bot, youthEvent.Id);

        Assert.Equal([YouthTexts.AskAge], bot.Text(Student, "  Анна-Мария   O'Brien ").Keys());
    }

    [Fact]
    public void Phone_SomeoneElsesContact_IsRefused()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        ToPhone(bot, youthEvent.Id);

        var replies = bot.Send(Student, new ContactInput("+77001112233", "Мама", null, 555));

        Assert.Equal([CommonTexts.NotOwnContact, YouthTexts.AskPhone], replies.Keys());
        Assert.Equal(KeyRequest.Contact, replies[^1].Keyboard!.Rows[0][0].Request);
    }

    [Fact]
    public void Phone_ContactWithoutTelegramUser_IsRefused()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        ToPhone(bot, youthEvent.Id);

        Assert.True(bot.Send(Student, new ContactInput("+77001112233", "Мама", null, null)).Has(CommonTexts.NotOwnContact));
    }

    [Fact]
    public void Phone_TypedNumber_ExplainsTheButton()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        ToPhone(bot, youthEvent.Id);

        var replies = bot.Text(Student, "+7 701 234 56 78");

        Assert.True(replies.Has(CommonTexts.WantContact));
        Assert.Equal(KeyRequest.Contact, replies[^1].Keyboard!.Rows[0][0].Request);
    }

    [Fact]
    public void Region_UnknownText_PointsToTheButtonsAboveWithoutSendingThemAgain()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        StartToName(bot, youthEvent.Id);
        bot.Text(Student, "Сейткали Айгерим");
        bot.Text(Student, "19");

        var replies = bot.Text(Student, "не знаю");

        Assert.Equal([CommonTexts.NotAnOption, CommonTexts.UseButtonsAbove], replies.Keys());
        Assert.Empty(replies[0].Buttons);
        Assert.Equal([YouthTexts.AskStudyOrWork], bot.Text(Student, "Шымкент").Keys());
    }

    [Fact]
    public void Consent_TextInsteadOfButton_ExplainsAndRecordsNothing()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        bot.Data(Student, "y:e:" + youthEvent.Id);
        bot.Press(Student, YouthTexts.RegisterButton);

        var replies = bot.Text(Student, "да");

        Assert.Equal([CommonTexts.ConsentNeeded, CommonTexts.UseButtonsAbove], replies.Keys());
        Assert.Empty(bot.Store.AllRegistrations);
    }

    [Fact]
    public void Sticker_AtATextStep_SaysItCannotBeUsed()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        StartToName(bot, youthEvent.Id);

        var replies = bot.Send(Student, new UnsupportedInput("sticker"));

        Assert.Equal([CommonTexts.WantText, YouthTexts.AskFullName], replies.Keys());
        Assert.True(bot.Conversation(Student).IsActive);
    }

    [Fact]
    public void Photo_AtTheRegionStep_SaysItCannotBeUsed()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        StartToName(bot, youthEvent.Id);
        bot.Text(Student, "Сейткали Айгерим");
        bot.Text(Student, "19");

        var replies = bot.Send(Student, new PhotoInput("file", "unique", null));

        Assert.Equal([CommonTexts.UnsupportedMessage, CommonTexts.UseButtonsAbove], replies.Keys());
    }

    [Fact]
    public void StaleButton_FromAnEarlierStep_IsOnlyAToast()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        bot.Data(Student, "y:e:" + youthEvent.Id);
        bot.Press(Student, YouthTexts.RegisterButton);
        var agree = bot.ButtonData(Student, b => b.Label.Key == YouthTexts.AgreeButton);
        bot.Data(Student, agree);
        bot.Text(Student, "Сейткали Айгерим");

        var replies = bot.Data(Student, agree);

        Assert.Empty(replies);
        Assert.Equal("age", bot.Conversation(Student).State);
    }

    [Fact]
    public void Motivation_Skipped_ReviewShowsNotGiven()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        bot.FillToReview(Student, youthEvent.Id);

        Assert.True(bot.Last(Student)[^1].Text.Contains(YouthTexts.NotGiven));
        bot.Press(Student, CommonTexts.Confirm);
        Assert.Null(Assert.Single(bot.Store.AllRegistrations).Motivation);
    }

    [Fact]
    public void Motivation_TooLong_ExplainsTheLimit()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        ToPhone(bot, youthEvent.Id);
        bot.OwnContact(Student);

        var replies = bot.Text(Student, new string('я', 1001));

        Assert.Equal([CommonTexts.TextTooLong, YouthTexts.AskMotivation], replies.Keys());
    }

    [Fact]
    public void Review_ChangeAField_ReturnsToTheReviewWithTheNewValue()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        bot.FillToReview(Student, youthEvent.Id, age: 19);

        Assert.Equal([YouthTexts.AskAge], bot.Press(Student, YouthTexts.ChangeAgeButton).Keys());
        var review = bot.Text(Student, "21");
        Assert.Equal([YouthTexts.Review], review.Keys());
        Assert.Equal(21, review[0].Text.Arg("age"));

        Assert.Equal([YouthTexts.AskRegion], bot.Press(Student, YouthTexts.ChangeRegionButton).Keys());
        Assert.Equal([YouthTexts.Review], bot.PressData(Student, ":r:turkistan").Keys());
        bot.Press(Student, CommonTexts.Confirm);

        var registration = Assert.Single(bot.Store.AllRegistrations);
        Assert.Equal(21, registration.Age);
        Assert.Equal("turkistan", registration.RegionId);
    }

    [Fact]
    public void Review_ChangePhone_AsksForTheContactAndReturns()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        bot.FillToReview(Student, youthEvent.Id);

        Assert.Equal([YouthTexts.AskPhone], bot.Press(Student, YouthTexts.ChangePhoneButton).Keys());
        Assert.Equal([YouthTexts.Review], bot.OwnContact(Student, "+77770001122").Keys());
        bot.Press(Student, CommonTexts.Confirm);

        Assert.Equal("+7 777 000 11 22", Assert.Single(bot.Store.AllRegistrations).Phone);
    }

    [Fact]
    public void CancelButton_DuringTheFlow_SavesNothing()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        bot.FillToReview(Student, youthEvent.Id);

        var replies = bot.Press(Student, CommonTexts.CancelButton);

        Assert.Equal([CommonTexts.Cancelled, CommonTexts.MenuTitle], replies.Keys());
        Assert.False(bot.Conversation(Student).IsActive);
        Assert.Empty(bot.Store.AllRegistrations);
    }

    [Fact]
    public void Profile_SecondRegistration_OffersTheDetailsAndReusesThem()
    {
        var bot = new YouthHarness();
        bot.User(Student, Language.Kk);
        var first = bot.AddEvent();
        var second = bot.AddEvent(programmeId: "yec");
        bot.Register(Student, first.Id, age: 20, name: "Сейтқали Айгерім");

        bot.Data(Student, "y:e:" + second.Id);
        bot.Press(Student, YouthTexts.RegisterButton);
        var offer = bot.Press(Student, YouthTexts.AgreeButton);
        Assert.Equal([YouthTexts.ProfileOffer], offer.Keys());
        Assert.Equal("Сейтқали Айгерім", offer[^1].Text.Arg("name"));

        Assert.Equal([YouthTexts.AskMotivation], bot.Press(Student, YouthTexts.UseProfileButton).Keys());
        Assert.Equal([YouthTexts.Review], bot.Press(Student, CommonTexts.Skip).Keys());
        Assert.Equal(YouthTexts.RegisteredConfirmed, bot.Press(Student, CommonTexts.Confirm).Keys()[0]);

        var registration = bot.Store.AllRegistrations.Single(r => r.EventId == second.Id);
        Assert.Equal(("Сейтқали Айгерім", 20, "shymkent", "+7 701 234 56 78"), (registration.FullName, registration.Age, registration.RegionId, registration.Phone));
    }

    [Fact]
    public void Profile_Change_AsksEverythingAgain()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var first = bot.AddEvent();
        var second = bot.AddEvent();
        bot.Register(Student, first.Id);
        bot.Data(Student, "y:e:" + second.Id);
        bot.Press(Student, YouthTexts.RegisterButton);
        bot.Press(Student, YouthTexts.AgreeButton);

        Assert.Equal([YouthTexts.AskFullName], bot.Press(Student, YouthTexts.ChangeProfileButton).Keys());
    }

    [Fact]
    public void Profile_SavedAgeOutsideTheNewEventsRange_AsksTheAgeAgain()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var first = bot.AddEvent();
        var teens = bot.AddEvent(minAge: 14, maxAge: 18);
        bot.Register(Student, first.Id, age: 19);
        bot.Data(Student, "y:e:" + teens.Id);
        bot.Press(Student, YouthTexts.RegisterButton);
        bot.Press(Student, YouthTexts.AgreeButton);

        var replies = bot.Press(Student, YouthTexts.UseProfileButton);

        Assert.Equal([YouthTexts.ProfileAgeOutsideRange, YouthTexts.AskAge], replies.Keys());
        Assert.Equal([YouthTexts.AskMotivation], bot.Text(Student, "18").Keys());
    }

    [Fact]
    public void DeepLink_StartEvent_OpensTheEventCard()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();

        var replies = bot.Command(Student, "start", "event_" + youthEvent.Id);

        Assert.Equal([YouthTexts.EventCard], replies.Keys());
        Assert.Contains(replies[0].Buttons.SelectMany(r => r), b => b.Label.Key == YouthTexts.RegisterButton);
    }

    [Fact]
    public void DeepLink_BeforeTheLanguageIsChosen_OpensTheCardAfterTheChoice()
    {
        var bot = new YouthHarness();
        bot.User(Student, Language.Ru, languageChosen: false);
        var youthEvent = bot.AddEvent();

        Assert.Equal([CommonTexts.ChooseLanguage], bot.Command(Student, "start", "event_" + youthEvent.Id).Keys());
        var replies = bot.Data(Student, "lang:kk");
        Assert.Equal([YouthTexts.EventCard], replies.Keys());
        Assert.False(replies[0].EditPressedMessage, "The card comes as a new message under the language confirmation.");
    }

    [Theory]
    [InlineData("event_999")]
    [InlineData("event_abc")]
    public void DeepLink_UnknownEvent_SaysSo(string payload)
    {
        var bot = new YouthHarness();
        bot.User(Student);

        var keys = bot.Command(Student, "start", payload).Keys();

        Assert.True(keys.Contains(YouthTexts.EventNotFound) || keys.Contains(CommonTexts.DeepLinkUnknown));
    }

    [Fact]
    public void Register_SecondTimeForTheSameEvent_IsRefusedAndShowsTheExistingOne()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        bot.Register(Student, youthEvent.Id);
        var code = Assert.Single(bot.Store.AllRegistrations).Code;

        var card = bot.Data(Student, "y:e:" + youthEvent.Id);
        Assert.DoesNotContain(card[0].Buttons.SelectMany(r => r), b => b.Label.Key == YouthTexts.RegisterButton);
        var replies = bot.Data(Student, "y:r:" + youthEvent.Id);

        Assert.Equal([YouthTexts.AlreadyRegistered], replies.Keys());
        Assert.True(replies[0].Text.Contains(YouthTexts.StatusConfirmed));
        Assert.Equal(code, replies[0].Text.Piece(YouthTexts.StatusConfirmed).Arg("code"));
        Assert.Single(bot.Store.AllRegistrations);
    }

    [Fact]
    public void Confirm_RegisteredMeanwhile_IsRefusedAtConfirm()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        bot.FillToReview(Student, youthEvent.Id);
        bot.Store.Insert(new Registration { EventId = youthEvent.Id, UserId = Student, Status = RegistrationStatus.Confirmed, Code = "ABCDEFGH", FullName = "X Y" });

        Assert.Equal([YouthTexts.AlreadyRegistered], bot.Press(Student, CommonTexts.Confirm).Keys());
        Assert.Single(bot.Store.AllRegistrations);
    }

    [Fact]
    public void Deadline_PassingDuringTheFlow_ClosesItAtTheNextStep()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent(startsIn: TimeSpan.FromDays(2), deadlineBeforeStart: TimeSpan.FromDays(1));
        StartToName(bot, youthEvent.Id);
        bot.Now += TimeSpan.FromDays(1);

        var replies = bot.Text(Student, "Сейткали Айгерим");

        Assert.Equal([YouthTexts.RegistrationClosedNow], replies.Keys());
        Assert.True(replies[0].RemoveKeyboard);
        Assert.False(bot.Conversation(Student).IsActive);
    }

    [Fact]
    public void Confirm_StaffClosedRegistrationMeanwhile_RegistersNobody()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        bot.FillToReview(Student, youthEvent.Id);
        var stored = bot.Store.Event(youthEvent.Id);
        stored.Status = EventStatus.Closed;
        bot.Store.Update(stored);

        Assert.Equal([YouthTexts.RegistrationClosedNow], bot.Press(Student, CommonTexts.Confirm).Keys());
        Assert.Empty(bot.Store.AllRegistrations);
    }

    [Fact]
    public void RegisterButton_ClosedEvent_SaysRegistrationIsClosed()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent(startsIn: TimeSpan.FromDays(2), deadlineBeforeStart: TimeSpan.FromDays(3));

        var card = bot.Data(Student, "y:e:" + youthEvent.Id);
        Assert.True(card[0].Text.Contains(YouthTexts.RegistrationClosedLine));
        Assert.Equal([YouthTexts.RegistrationClosedNow], bot.Data(Student, "y:r:" + youthEvent.Id).Keys());
        Assert.False(bot.Conversation(Student).IsActive);
    }

    [Fact]
    public void Draft_SurvivesARestart_ContinuesFromTheRecord()
    {
        var bot = new YouthHarness();
        bot.User(Student);
        var youthEvent = bot.AddEvent();
        StartToName(bot, youthEvent.Id);
        bot.Text(Student, "Сейткали Айгерим");

        // A new feature and engine over the same stored records: what a restart of the host amounts to.
        var restarted = new BotEngine([new YouthFeature(bot.Store.Stores, YouthHarness.Programmes, YouthHarness.Regions, bot.Settings)], TimeSpan.FromDays(1));
        var turn = new Turn(new Users.BotUser { Id = Student, LanguageChosen = true }, Student, true, bot.Now, bot.Conversation(Student), Users.StaffRole.None);
        restarted.Handle(turn, new TextInput("19"));

        Assert.Equal([YouthTexts.AskRegion], turn.Replies.Keys());
    }

    private static void StartToName(YouthHarness bot, long eventId)
    {
        bot.Data(Student, "y:e:" + eventId);
        bot.Press(Student, YouthTexts.RegisterButton);
        bot.Press(Student, YouthTexts.AgreeButton);
    }

    private static void ToPhone(YouthHarness bot, long eventId)
    {
        StartToName(bot, eventId);
        bot.Text(Student, "Сейткали Айгерим");
        bot.Text(Student, "19");
        bot.PressData(Student, ":r:shymkent");
        bot.Text(Student, "ЮКУ им. М. Ауэзова");
    }
}
