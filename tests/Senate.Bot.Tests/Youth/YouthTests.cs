using Calendar = Ical.Net.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Senate.Bot.Domain.Youth;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Storage;
using Senate.Bot.Youth;
using Senate.Bot.Tests.Support;
using static Senate.Bot.Tests.Support.YouthSteps;
using Senate.Bot.Workers;

namespace Senate.Bot.Tests.Youth;

/// <summary>Youth programmes in the running bot, through the local Bot API.</summary>
public sealed class YouthTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private BotApplication _app = null!;

    public async Task InitializeAsync() => _app = await BotApplication.StartAsync(services => services.AddSingleton<TimeProvider>(_time));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AnAdminCreatesAnEvent_AndAStudentInKazakhRegistersFromTheMenu_GettingACodeAndACalendarFile()
    {
        var admin = await _app.ReadyUser(BotApplication.AdminId);
        await admin.SendText("/newevent");
        await admin.Press(await admin.NextMessage(), "Школа аналитики");
        await admin.NextMessage();
        await admin.SendText("Талдау мектебі: бюджет талдауы");
        await admin.NextMessage();
        await admin.SendText("Школа аналитики: анализ бюджета");
        await admin.Press(await admin.NextMessage(), "Без этого языка");
        await admin.NextMessage();
        var start = TimeZoneInfo.ConvertTime(_time.GetUtcNow().AddDays(5), TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty"));
        await admin.SendText(start.ToString("dd.MM.yyyy 15:00", System.Globalization.CultureInfo.InvariantCulture));
        await admin.NextMessage();
        await admin.SendText("Шымкент, актовый зал");
        await admin.NextMessage();
        await admin.SendText("30");
        var ages = await admin.NextMessage();
        await admin.Press(ages, ages.InlineButtons[0][0].Text);
        await admin.Press(await admin.NextMessage(), "До начала");
        await admin.Press(await admin.WaitFor(m => m.HasButton("Создать мероприятие")), "Создать мероприятие");
        await admin.WaitFor(m => m.Text?.Contains("event_", StringComparison.Ordinal) == true);

        var student = await _app.ReadyUser(5001, "Қазақша", "kk");
        await student.Press(student.LastBotMessage!, "Жастар бағдарламалары");
        await student.Press(await student.WaitFor(m => m.HasButton("Талдау мектебі")), "Талдау мектебі");
        var events = await student.WaitFor(m => m.HasButton("бюджет талдауы"));
        await student.Press(events, "бюджет талдауы");
        var card = await student.WaitFor(m => m.HasButton("Тіркелу"));
        Assert.Equal(events.MessageId, card.MessageId);
        Assert.Contains("Талдау мектебі: бюджет талдауы", card.Text, StringComparison.Ordinal);
        var outcome = await Register(student, card, "Сейткали Айгерим", "Шымкент");

        Assert.Contains("Сіз тіркелдіңіз", outcome.Text, StringComparison.Ordinal);
        var ics = student.Transcript.Last(m => m.Kind == BotMessageKind.Document);
        var calendar = Calendar.Load(System.Text.Encoding.UTF8.GetString(ics.DocumentBytes!));
        var vevent = Assert.Single(calendar!.Events);
        Assert.Contains("бюджет талдауы", vevent.Summary, StringComparison.Ordinal);
        var registration = Assert.Single(_app.Get<RegistrationStore>().ByUser(student.Id));
        Assert.Equal(RegistrationStatus.Confirmed, registration.Status);
        Assert.Contains(registration.Code, outcome.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeepLink_OpensTheCard_AndASecondRegistrationIsRefused()
    {
        var youthEvent = await Seed(capacity: 10);
        var student = await _app.ReadyUser(5002);

        await student.SendText("/start event_" + youthEvent.Id);
        var card = await student.NextMessage();
        Assert.Contains("Open data workshop", card.Text, StringComparison.Ordinal);
        await Register(student, card, "Иванов Иван", "Атырау");

        await student.SendText("/start event_" + youthEvent.Id);
        var again = await student.WaitFor(m => m.Text?.Contains("Open data workshop", StringComparison.Ordinal) == true);
        Assert.False(again.HasButton("Записаться"));
        Assert.False(again.HasButton("лист ожидания"));
        Assert.Single(_app.Get<RegistrationStore>().ByUser(student.Id));
    }

    [Fact]
    public async Task WrongInputs_AreExplained()
    {
        var youthEvent = await Seed(capacity: 10);
        var student = await _app.ReadyUser(5003);
        await student.SendText("/start event_" + youthEvent.Id);
        await student.Press(await student.NextMessage(), "Записаться");
        await student.Press(await student.NextMessage(), "Даю согласие");
        await student.NextMessage();

        await student.SendSticker();
        Assert.Contains("нужен текст", (await student.NextMessage()).Text, StringComparison.Ordinal);
        await student.SendText("Иванов Иван");
        await student.NextMessage();
        await student.SendText("сорок");
        Assert.Contains("числ", (await student.WaitFor(m => m.Text?.Contains("числ", StringComparison.OrdinalIgnoreCase) == true)).Text, StringComparison.OrdinalIgnoreCase);
        await student.SendText("19");
        await student.Press(await student.WaitFor(m => m.HasButton("Атырау")), "Атырау");
        await student.SendText("АГУ им. Досмухамедова");
        await student.WaitFor(m => m.ReplyKeyboard is not null);
        await student.SendContact("+77010000000", own: false);

        await student.WaitFor(m => m.Text?.StartsWith("Это чужой контакт", StringComparison.Ordinal) == true);
        Assert.Empty(_app.Get<RegistrationStore>().ByUser(student.Id));
    }

    [Fact]
    public async Task TheLastSeats_GoToExactlyAsManyAsThereAre_AndTheRestWaitInOrder()
    {
        var youthEvent = await Seed(capacity: 3);
        var students = new List<(LocalUser User, BotMessage Review)>();
        for (var i = 0; i < 8; i++)
        {
            var student = await _app.ReadyUser(5100 + i);
            await student.SendText("/start event_" + youthEvent.Id);
            students.Add((student, await UpToReview(student, await student.NextMessage(), Names[i], "Астана")));
        }

        await Task.WhenAll(students.Select(s => s.User.Press(s.Review, "Подтвердить")));
        var outcomes = await Task.WhenAll(students.Select(s => s.User.WaitFor(m => m.Text?.Contains("Вы записаны", StringComparison.Ordinal) == true || m.Text?.Contains("листе ожидания", StringComparison.Ordinal) == true)));

        Assert.Equal(3, outcomes.Count(m => m.Text!.Contains("Вы записаны", StringComparison.Ordinal)));
        var registrations = _app.Get<RegistrationStore>().ByEvent(youthEvent.Id);
        Assert.Equal(3, registrations.Count(r => r.Status == RegistrationStatus.Confirmed));
        var waiting = registrations.Where(r => r.Status == RegistrationStatus.Waitlisted).OrderBy(r => r.Id).ToList();
        Assert.Equal(5, waiting.Count);
        for (var position = 1; position <= waiting.Count; position++)
        {
            var user = students.Single(s => s.User.Id == waiting[position - 1].UserId).User;
            Assert.Contains($"ваше место в очереди: {position}", user.Transcript.Last(m => m.Text?.Contains("листе ожидания", StringComparison.Ordinal) == true).Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CancellingASeat_PromotesTheFirstWaitingAndTellsThemAtOnce()
    {
        var youthEvent = await Seed(capacity: 1);
        var first = await _app.ReadyUser(5201);
        var second = await _app.ReadyUser(5202, "English", "en");
        await first.SendText("/start event_" + youthEvent.Id);
        await Register(first, await first.NextMessage(), "Иванов Иван", "Атырау");
        await second.SendText("/start event_" + youthEvent.Id);
        var waitlisted = await Register(second, await second.NextMessage(), "John Smith", "Almaty", confirm: "Confirm", register: "waitlist", agree: "I agree", skip: "Skip");
        Assert.Contains("waitlist", waitlisted.Text, StringComparison.OrdinalIgnoreCase);

        await first.SendText("/menu");
        await first.Press(await first.NextMessage(), "Молодёжные программы");
        await first.Press(await first.WaitFor(m => m.HasButton("Мои записи")), "Мои записи");
        await first.Press(await first.WaitFor(m => m.HasButton("Open data workshop")), "Open data workshop");
        await first.Press(await first.WaitFor(m => m.HasButton("Отменить запись")), "Отменить запись");
        await first.Press(await first.WaitFor(m => m.HasButton("Да, отменить")), "Да, отменить");
        var cancelled = await first.WaitFor(m => m.Text?.Contains("Ваша запись отменена", StringComparison.Ordinal) == true);
        Assert.Equal(1, first.Transcript.Count(m => m.FromBot && m.MessageId >= cancelled.MessageId));

        var promoted = await second.WaitFor(m => m.Text?.Contains("seat", StringComparison.OrdinalIgnoreCase) == true && m.Text.Contains("code", StringComparison.OrdinalIgnoreCase));
        var registration = Assert.Single(_app.Get<RegistrationStore>().ByUser(second.Id));
        Assert.Equal(RegistrationStatus.Confirmed, registration.Status);
        Assert.Contains(registration.Code, promoted.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_AreSentOnce_EvenAcrossARestart_AndNotToThoseWhoCancelled()
    {
        var youthEvent = await Seed(capacity: 5, startsIn: TimeSpan.FromHours(30));
        var going = await _app.ReadyUser(5301);
        var cancelled = await _app.ReadyUser(5302);
        await going.SendText("/start event_" + youthEvent.Id);
        await Register(going, await going.NextMessage(), "Иванов Иван", "Атырау");
        await cancelled.SendText("/start event_" + youthEvent.Id);
        await Register(cancelled, await cancelled.NextMessage(), "Петров Пётр", "Атырау");
        await _app.Get<DatabaseWriter>().Run(() =>
        {
            var store = _app.Get<RegistrationStore>();
            var registration = store.ByUser(cancelled.Id).Single();
            registration.Status = RegistrationStatus.Cancelled;
            store.Update(registration);
        });

        _time.SetUtcNow(youthEvent.StartUtc.AddHours(-24).AddMinutes(1));
        await _app.Get<JobRunner>().RunNow("youth-reminders");
        await going.WaitFor(m => m.Text?.Contains("Напоминание", StringComparison.Ordinal) == true);
        await _app.RestartAsync();
        await _app.Get<JobRunner>().RunNow("youth-reminders");
        await going.SendText("/help");
        await going.WaitFor(m => m.Text?.StartsWith("Бот работает", StringComparison.Ordinal) == true);

        Assert.Single(_app.Api.Messages(going.Id), m => m.Text?.Contains("Напоминание", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(_app.Api.Messages(cancelled.Id), m => m.Text?.Contains("Напоминание", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task CheckIn_MarksAttendanceOnce_AndStaffActionsAreRefusedToOthers()
    {
        var youthEvent = await Seed(capacity: 5);
        var student = await _app.ReadyUser(5401);
        await student.SendText("/start event_" + youthEvent.Id);
        await Register(student, await student.NextMessage(), "Иванов Иван", "Атырау");
        var code = _app.Get<RegistrationStore>().ByUser(student.Id).Single().Code;

        await student.SendText("/checkin " + code);
        await student.WaitFor(m => m.Text?.StartsWith("Такой команды нет", StringComparison.Ordinal) == true);
        var forged = await student.PressData(student.LastBotMessage!.MessageId, "ys:x:" + youthEvent.Id);
        await student.WaitForAnswer(forged);
        Assert.Null(_app.Get<RegistrationStore>().ByUser(student.Id).Single().AttendedUtc);

        var admin = await _app.ReadyUser(BotApplication.AdminId);
        await admin.SendText("/checkin " + code.ToLowerInvariant());
        Assert.Contains("Иванов Иван", (await admin.WaitFor(m => m.Text?.Contains("отмечен", StringComparison.Ordinal) == true)).Text, StringComparison.Ordinal);
        await admin.SendText("/checkin " + code);
        await admin.WaitFor(m => m.Text?.Contains("уже отмечен", StringComparison.Ordinal) == true);
        Assert.NotNull(_app.Get<RegistrationStore>().ByUser(student.Id).Single().AttendedUtc);
    }

    [Fact]
    public async Task RegistrantsExport_IsACsvWithABom()
    {
        var youthEvent = await Seed(capacity: 5);
        var student = await _app.ReadyUser(5501);
        await student.SendText("/start event_" + youthEvent.Id);
        await Register(student, await student.NextMessage(), "Сейткали Айгерим", "Шымкент");
        var admin = await _app.ReadyUser(BotApplication.AdminId);

        await admin.SendText("/exportregs " + youthEvent.Id);
        var file = await admin.WaitFor(m => m.Kind == BotMessageKind.Document);

        Assert.Equal([0xEF, 0xBB, 0xBF], file.DocumentBytes![..3]);
        Assert.Contains("Сейткали Айгерим", System.Text.Encoding.UTF8.GetString(file.DocumentBytes), StringComparison.Ordinal);
    }

    private static readonly string[] Names =
        ["Абаев Арман", "Бекова Дана", "Ганиев Ерлан", "Жумаева Сауле", "Касымов Нурлан", "Омарова Алия", "Сериков Тимур", "Уалиева Асель"];

    private Task<YouthEvent> Seed(int capacity, TimeSpan? startsIn = null) => YouthSteps.Seed(_app, _time.GetUtcNow().UtcDateTime, capacity, startsIn);
}
