using Senate.Bot.Domain.Tests.Texts;
using System.Text;
using CsvHelper;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Domain.Tests.Youth;

public sealed class StaffTests
{
    private const long Editor = 900;
    private const long Citizen = 1;

    [Fact]
    public void NewEvent_WholeFlow_CreatesAnOpenEvent()
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Ru, StaffRole.Editor);

        Assert.Equal([YouthTexts.AskProgramme], bot.Command(Editor, "newevent").Keys());
        Assert.Equal([YouthTexts.AskTitleKk], bot.PressData(Editor, ":p:school").Keys());
        Assert.Equal([YouthTexts.AskTitleRu], bot.Text(Editor, "Талдау мектебі: бюджет талдауы").Keys());
        Assert.Equal([YouthTexts.AskTitleEn], bot.Text(Editor, "Школа аналитики: анализ бюджета").Keys());
        Assert.Equal([YouthTexts.AskStart], bot.Press(Editor, YouthTexts.SkipLanguageButton).Keys());
        Assert.Equal([YouthTexts.AskPlace], bot.Text(Editor, "15.09.2025 15:00").Keys());
        Assert.Equal([YouthTexts.AskCapacity], bot.Text(Editor, "Шымкент, ЮКУ им. М. Ауэзова, актовый зал").Keys());
        Assert.Equal([YouthTexts.AskAges], bot.Text(Editor, "30").Keys());
        Assert.Equal([YouthTexts.AskDeadline], bot.PressData(Editor, ":!x0").Keys());
        Assert.Equal([YouthTexts.EventReview], bot.Press(Editor, YouthTexts.DeadlineAtStartButton).Keys());

        var created = bot.Press(Editor, YouthTexts.CreateEventButton);

        Assert.Equal([YouthTexts.EventCreated], created.Keys());
        Assert.Equal("https://t.me/senate_test_bot?start=event_1", created[0].Text.Arg("link"));
        var youthEvent = bot.Store.Event(1);
        Assert.Equal("school", youthEvent.ProgrammeId);
        Assert.Equal("Талдау мектебі: бюджет талдауы", youthEvent.Title.Kk);
        Assert.Equal("Школа аналитики: анализ бюджета", youthEvent.Title.Ru);
        Assert.Null(youthEvent.Title.En);
        Assert.Equal(new DateTime(2025, 9, 15, 10, 0, 0, DateTimeKind.Utc), youthEvent.StartUtc);
        Assert.Equal("Шымкент, ЮКУ им. М. Ауэзова, актовый зал", youthEvent.Place);
        Assert.Null(youthEvent.OnlineUrl);
        Assert.Equal(30, youthEvent.Capacity);
        Assert.Equal((14, 35), (youthEvent.MinAge, youthEvent.MaxAge));
        Assert.Equal(youthEvent.StartUtc, youthEvent.RegistrationDeadlineUtc);
        Assert.Equal(EventStatus.Open, youthEvent.Status);
        Assert.Equal(Editor, youthEvent.CreatedBy);
        Assert.False(bot.Conversation(Editor).IsActive);
    }

    [Fact]
    public void NewEvent_OnlineLinkRangeAndDeadline_AreReadFromText()
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.En, StaffRole.Admin);
        bot.Command(Editor, "newevent");
        bot.PressData(Editor, ":p:yec");
        bot.Press(Editor, YouthTexts.SkipLanguageButton);
        bot.Press(Editor, YouthTexts.SkipLanguageButton);
        bot.Text(Editor, "Youth Experts Club: online meeting");
        bot.Text(Editor, "20.09.2025 18:30");
        bot.Text(Editor, "https://zoom.us/j/123456789");
        bot.Text(Editor, "100");
        bot.Text(Editor, "16 – 25");
        bot.Text(Editor, "19.09.2025 18:00");
        bot.Press(Editor, YouthTexts.CreateEventButton);

        var youthEvent = bot.Store.Event(1);
        Assert.Equal("https://zoom.us/j/123456789", youthEvent.OnlineUrl);
        Assert.Null(youthEvent.Place);
        Assert.Equal((16, 25), (youthEvent.MinAge, youthEvent.MaxAge));
        Assert.Equal(new DateTime(2025, 9, 19, 13, 0, 0, DateTimeKind.Utc), youthEvent.RegistrationDeadlineUtc);
    }

    [Fact]
    public void NewEvent_AllTitlesSkipped_AsksAgainFromKazakh()
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Ru, StaffRole.Editor);
        bot.Command(Editor, "newevent");
        bot.PressData(Editor, ":p:school");
        bot.Press(Editor, YouthTexts.SkipLanguageButton);
        bot.Press(Editor, YouthTexts.SkipLanguageButton);

        var replies = bot.Press(Editor, YouthTexts.SkipLanguageButton);

        Assert.True(replies.Has(YouthTexts.TitleNeeded));
        Assert.True(replies.Has(YouthTexts.AskTitleKk));
    }

    [Theory]
    [InlineData("завтра в три")]
    [InlineData("31.02.2025 10:00")]
    public void NewEvent_UnreadableStart_IsExplained(string text)
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Ru, StaffRole.Editor);
        ToStart(bot);

        Assert.True(bot.Text(Editor, text).Has(YouthTexts.DateInvalid));
    }

    [Fact]
    public void NewEvent_StartInThePast_IsRefused()
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Ru, StaffRole.Editor);
        ToStart(bot);

        Assert.True(bot.Text(Editor, "01.09.2025 09:00").Has(YouthTexts.StartInPast));
    }

    [Fact]
    public void NewEvent_DeadlineAfterTheStart_IsRefused()
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Ru, StaffRole.Editor);
        ToStart(bot);
        bot.Text(Editor, "15.09.2025 15:00");
        bot.Text(Editor, "Астана");
        bot.Text(Editor, "10");
        bot.PressData(Editor, ":!x0");

        Assert.True(bot.Text(Editor, "16.09.2025 15:00").Has(YouthTexts.DeadlineInvalid));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("много")]
    public void NewEvent_BadCapacity_IsExplained(string text)
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Ru, StaffRole.Editor);
        ToStart(bot);
        bot.Text(Editor, "15.09.2025 15:00");
        bot.Text(Editor, "Астана");

        Assert.True(bot.Text(Editor, text).Has(YouthTexts.CapacityInvalid));
    }

    [Fact]
    public void StaffCommands_NonStaff_AreRefusedAndNothingChanges()
    {
        var bot = new YouthHarness();
        bot.User(Citizen);
        var youthEvent = bot.AddEvent();

        foreach (var command in new[] { "newevent", "events", "registrants", "exportregs", "checkin" })
        {
            Assert.Equal([CommonTexts.CommandUnknown], bot.Command(Citizen, command, "1").Keys());
        }

        foreach (var data in new[] { "ys:l", "ys:e:1", "ys:ed:1", "ys:x:1", "ys:k:1", "ys:ky:1", "ys:r:1", "ys:csv:1" })
        {
            Assert.Empty(bot.Data(Citizen, data));
            Assert.Equal(CommonTexts.NotAllowed, bot.LastToast?.Key);
        }

        Assert.Equal(EventStatus.Open, bot.Store.Event(youthEvent.Id).Status);
        Assert.False(bot.Conversation(Citizen).IsActive);
        Assert.DoesNotContain(bot.Command(Citizen, "menu")[0].Buttons.SelectMany(r => r), b => b.Data.StartsWith("ys:", StringComparison.Ordinal));
    }

    [Fact]
    public void EditorFlow_RoleWithdrawnMidway_StopsWithoutSaving()
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Ru, StaffRole.Editor);
        bot.Command(Editor, "newevent");
        bot.User(Editor, Language.Ru, StaffRole.Moderator);

        Assert.Equal([CommonTexts.NotAllowed], bot.PressData(Editor, ":p:school").Keys());
        Assert.False(bot.Conversation(Editor).IsActive);
    }

    [Fact]
    public void Edit_CapacityRaised_PromotesTheWaitlistAndTellsThem()
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Ru, StaffRole.Editor);
        var youthEvent = bot.AddEvent(capacity: 1);
        foreach (var user in new long[] { 1, 2, 3 })
        {
            bot.User(user, Language.En);
            bot.Register(user, youthEvent.Id);
        }

        Assert.Equal([YouthTexts.EventReview], bot.Data(Editor, "ys:ed:" + youthEvent.Id).Keys());
        bot.Press(Editor, YouthTexts.ChangeCapacityButton);
        bot.Text(Editor, "2");
        var replies = bot.Press(Editor, YouthTexts.SaveEventButton);

        Assert.Equal([YouthTexts.EventSaved, YouthTexts.Promoted], replies.Keys());
        Assert.Equal(2, replies[1].ChatId);
        Assert.Equal(Language.En, replies[1].Language);
        Assert.Equal(2, bot.Store.Event(youthEvent.Id).Capacity);
        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Confirmed, RegistrationStatus.Waitlisted], bot.Store.AllRegistrations.Select(r => r.Status));
    }

    [Fact]
    public void Edit_StartMoved_TellsRegistrantsAndRemindsAgainForTheNewTime()
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Ru, StaffRole.Editor);
        var youthEvent = bot.AddEvent(startsIn: TimeSpan.FromDays(1));
        bot.User(1, Language.Kk);
        bot.Register(1, youthEvent.Id);
        Assert.Single(ReminderPlanner.Run(bot.Now.AddDays(1).AddHours(-24), bot.Store.Stores, bot.Settings));

        bot.Data(Editor, "ys:ed:" + youthEvent.Id);
        bot.Press(Editor, YouthTexts.ChangeStartButton);
        bot.Text(Editor, "05.09.2025 10:00");
        var replies = bot.Press(Editor, YouthTexts.SaveEventButton);

        Assert.Equal([YouthTexts.EventChangedNotice, YouthTexts.EventSaved], replies.Keys());
        Assert.Equal(1, replies[0].ChatId);
        Assert.Equal(Language.Kk, replies[0].Language);
        Assert.Empty(Assert.Single(bot.Store.AllRegistrations).RemindersSent);
        var newStart = new DateTimeOffset(2025, 9, 5, 5, 0, 0, TimeSpan.Zero);
        Assert.Single(ReminderPlanner.Run(newStart.AddHours(-24), bot.Store.Stores, bot.Settings));
    }

    [Fact]
    public void Edit_CancelledEvent_IsRefused()
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Ru, StaffRole.Editor);
        var youthEvent = bot.AddEvent();
        bot.Data(Editor, "ys:ky:" + youthEvent.Id);

        Assert.Equal([YouthTexts.EventNotEditable], bot.Data(Editor, "ys:ed:" + youthEvent.Id).Keys());
    }

    [Fact]
    public void CloseRegistration_ThenRegisterIsRefused_AndReopenAllowsIt()
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Ru, StaffRole.Editor);
        bot.User(Citizen);
        var youthEvent = bot.AddEvent();

        Assert.Equal(YouthTexts.RegistrationClosedDone, bot.Data(Editor, "ys:x:" + youthEvent.Id)[0].Text.Key);
        Assert.Equal(EventStatus.Closed, bot.Store.Event(youthEvent.Id).Status);
        Assert.Equal([YouthTexts.RegistrationClosedNow], bot.Data(Citizen, "y:r:" + youthEvent.Id).Keys());

        Assert.Equal(YouthTexts.RegistrationReopened, bot.Data(Editor, "ys:o:" + youthEvent.Id)[0].Text.Key);
        Assert.Equal([YouthTexts.Consent], bot.Data(Citizen, "y:r:" + youthEvent.Id).Keys());
    }

    [Fact]
    public void CancelEvent_AsksFirstThenTellsEveryRegistrantInTheirLanguage()
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Ru, StaffRole.Editor);
        var youthEvent = bot.AddEvent(capacity: 1);
        bot.User(1, Language.Kk);
        bot.User(2, Language.En);
        bot.User(3, Language.Ru);
        bot.Register(1, youthEvent.Id);
        bot.Register(2, youthEvent.Id);
        bot.Register(3, youthEvent.Id);
        bot.Data(3, "y:cy:" + bot.Store.AllRegistrations.Single(r => r.UserId == 3).Id);

        Assert.Equal([YouthTexts.CancelEventAsk], bot.Data(Editor, "ys:k:" + youthEvent.Id).Keys());
        Assert.Equal(EventStatus.Open, bot.Store.Event(youthEvent.Id).Status);
        var replies = bot.Press(Editor, YouthTexts.CancelEventYes);

        Assert.Equal(EventStatus.Cancelled, bot.Store.Event(youthEvent.Id).Status);
        var notices = replies.Where(r => r.Text.Key == YouthTexts.EventCancelledNotice).ToList();
        Assert.Equal([(1L, Language.Kk), (2L, Language.En)], notices.Select(n => (n.ChatId!.Value, n.Language!.Value)));
        Assert.Equal(YouthTexts.EventCancelledDone, replies[^1].Text.Key);
        Assert.Equal([YouthTexts.EventAlreadyCancelled], bot.Data(Editor, "ys:ky:" + youthEvent.Id).Keys());
    }

    [Fact]
    public void Registrants_ShowsCountsAndNames()
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Ru, StaffRole.Editor);
        var youthEvent = RosterOfFour(bot);

        var replies = bot.Command(Editor, "registrants", youthEvent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal([YouthTexts.Registrants], replies.Keys());
        var counts = replies[0].Text.Piece(YouthTexts.RosterCounts);
        Assert.Equal([1, 1, 2, 1, 1], new[] { "confirmed", "capacity", "waitlisted", "cancelled", "attended" }.Select(name => counts.Arg(name)));
        var rendered = bot.Rendered[^1].Text;
        Assert.Contains("Первый Участник", rendered, StringComparison.Ordinal);
        Assert.Contains("Второй Участник", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("Третий Участник", rendered, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("999")]
    public void Registrants_WithoutAKnownEvent_ExplainsTheUsage(string argument)
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Ru, StaffRole.Editor);

        var key = Assert.Single(bot.Command(Editor, "registrants", argument)).Text.Key;

        Assert.Contains(key, new[] { YouthTexts.RegistrantsUsage, YouthTexts.EventNumberUnknown });
    }

    [Fact]
    public void ExportRegs_CsvWithBom_ReadsBackWithEveryRegistrantInOrder()
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Ru, StaffRole.Editor);
        var youthEvent = RosterOfFour(bot);

        var reply = Assert.Single(bot.Command(Editor, "exportregs", "#" + youthEvent.Id));

        var file = reply.Attachment!;
        Assert.Equal(AttachmentKind.Document, file.Kind);
        Assert.EndsWith(".csv", file.FileName, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), file.Bytes()[..3]);
        using var csv = CsvReader.Create(file.Bytes()[3..], new CsvReaderOptions { Separator = ';' });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        }

        Assert.Equal(["№", "Код", "Статус", "Место в очереди", "ФИО", "Возраст", "Регион", "Учёба или работа", "Телефон", "Почему хочет участвовать", "Дата записи", "Отметка на входе"], csv.Headers);
        Assert.Equal(["Первый Участник", "Второй Участник", "Третий Участник", "Четвёртый Участник"], rows.Select(r => r[4]));
        Assert.Equal(["пришёл(ла)", "в листе ожидания", "отменено", "в листе ожидания"], rows.Select(r => r[2]));
        Assert.Equal(["", "1", "", "2"], rows.Select(r => r[3]));
        Assert.Equal("г. Шымкент", rows[0][6]);
        Assert.Equal("+7 701 234 56 78", rows[0][8]);
        Assert.Equal("2025-09-01 10:00", rows[0][10]);
        Assert.Equal("'=HYPERLINK(\"x\")", rows[1][9]);
    }

    [Fact]
    public void CheckIn_ByCode_MarksAttendanceOnceAndSaysWhoItIs()
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Ru, StaffRole.Editor);
        var youthEvent = bot.AddEvent();
        bot.User(Citizen);
        bot.Register(Citizen, youthEvent.Id, name: "Сейткали Айгерим");
        var code = Assert.Single(bot.Store.AllRegistrations).Code;
        var typed = " " + code[..4].ToLowerInvariant() + " " + code[4..].ToLowerInvariant() + " ";
        bot.Now += TimeSpan.FromHours(1);

        var first = Assert.Single(bot.Command(Editor, "checkin", typed));

        Assert.Equal(YouthTexts.CheckedIn, first.Text.Key);
        Assert.Equal("Сейткали Айгерим", first.Text.Arg("name"));
        Assert.Equal(bot.Now.UtcDateTime, Assert.Single(bot.Store.AllRegistrations).AttendedUtc);

        bot.Now += TimeSpan.FromMinutes(10);
        var second = Assert.Single(bot.Command(Editor, "checkin", code));
        Assert.Equal(YouthTexts.AlreadyCheckedIn, second.Text.Key);
        Assert.Equal(bot.Now.UtcDateTime - TimeSpan.FromMinutes(10), ((DateTimeOffset)second.Text.Arg("at")!).UtcDateTime);
        Assert.Equal(bot.Now.UtcDateTime - TimeSpan.FromMinutes(10), Assert.Single(bot.Store.AllRegistrations).AttendedUtc);
    }

    [Fact]
    public void CheckIn_WaitlistedCancelledUnknownOrMalformed_IsRefusedClearly()
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Ru, StaffRole.Editor);
        var youthEvent = RosterOfFour(bot);
        var registrations = bot.Store.AllRegistrations;

        Assert.Equal(YouthTexts.CodeWaitlisted, bot.Command(Editor, "checkin", registrations[1].Code)[0].Text.Key);
        Assert.Equal(YouthTexts.CodeCancelled, bot.Command(Editor, "checkin", registrations[2].Code)[0].Text.Key);
        Assert.Equal(YouthTexts.CodeUnknown, bot.Command(Editor, "checkin", "ZZZZ2222")[0].Text.Key);
        Assert.Equal(YouthTexts.CodeInvalid, bot.Command(Editor, "checkin", "O0I1")[0].Text.Key);
        Assert.Null(bot.Store.Registration(registrations[1].Id).AttendedUtc);
    }

    [Fact]
    public void CheckInFlow_TakesCodesOneAfterAnotherUntilStopped()
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Kk, StaffRole.Admin);
        var youthEvent = bot.AddEvent();
        bot.User(1);
        bot.User(2);
        bot.Register(1, youthEvent.Id);
        bot.Register(2, youthEvent.Id);
        var codes = bot.Store.AllRegistrations.Select(r => r.Code).ToList();

        Assert.Equal([YouthTexts.CheckInAsk], bot.Command(Editor, "checkin").Keys());
        var stop = StopButton(bot);
        Assert.Equal([YouthTexts.CheckedIn], bot.Text(Editor, codes[0]).Keys());
        Assert.Equal([YouthTexts.CheckedIn], bot.Text(Editor, codes[1].ToLowerInvariant()).Keys());
        Assert.Equal([YouthTexts.AlreadyCheckedIn], bot.Text(Editor, codes[0]).Keys());
        Assert.Equal([YouthTexts.CheckInStopped], bot.Data(Editor, stop).Keys());
        Assert.False(bot.Conversation(Editor).IsActive);
    }

    [Fact]
    public void Events_ListsEventsForStaffWithCounts()
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.En, StaffRole.Editor);
        Assert.Equal([YouthTexts.StaffEventsEmpty], bot.Command(Editor, "events").Keys());
        var youthEvent = bot.AddEvent();

        var list = Assert.Single(bot.Command(Editor, "events"));

        Assert.Equal(YouthTexts.StaffEventsTitle, list.Text.Key);
        Assert.Equal([YouthTexts.StaffEventCard], bot.PressData(Editor, "ys:e:" + youthEvent.Id).Keys());
        Assert.Contains(bot.Command(Editor, "menu")[0].Buttons.SelectMany(r => r), b => b.Data == "ys:l");
    }

    [Fact]
    public void NewEvent_InAGroupChat_AsksForThePrivateChat()
    {
        var bot = new YouthHarness();
        bot.User(Editor, Language.Ru, StaffRole.Editor);

        Assert.Equal([YouthTexts.StaffUsePrivateChat], bot.Command(Editor, "newevent", isPrivate: false, chatId: -100).Keys());
        Assert.False(bot.Conversation(-100).IsActive);
    }

    private static void ToStart(YouthHarness bot)
    {
        bot.Command(Editor, "newevent");
        bot.PressData(Editor, ":p:school");
        bot.Text(Editor, "Талдау мектебі");
        bot.Press(Editor, YouthTexts.SkipLanguageButton);
        bot.Press(Editor, YouthTexts.SkipLanguageButton);
    }

    private static string StopButton(YouthHarness bot) => bot.ButtonData(Editor, b => b.Label.Key == YouthTexts.CheckInStopButton);

    /// <summary>One seat: the first attended, the second and fourth wait, the third cancelled.</summary>
    private static YouthEvent RosterOfFour(YouthHarness bot)
    {
        var youthEvent = bot.AddEvent(capacity: 1);
        string[] names = ["Первый Участник", "Второй Участник", "Третий Участник", "Четвёртый Участник"];
        for (var i = 0; i < names.Length; i++)
        {
            bot.User(100 + i);
            bot.FillToReview(100 + i, youthEvent.Id, name: names[i]);
            if (i == 1)
            {
                bot.Press(100 + i, YouthTexts.ChangeMotivationButton);
                bot.Text(100 + i, "=HYPERLINK(\"x\")");
            }

            bot.Press(100 + i, CommonTexts.Confirm);
        }

        var third = bot.Store.AllRegistrations[2];
        bot.Data(102, "y:cy:" + third.Id);
        bot.Command(Editor, "checkin", bot.Store.AllRegistrations[0].Code);
        return youthEvent;
    }
}
