using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Concerns;
using Senate.Bot.Storage;
using Senate.Bot.Tests.Support;
using static Senate.Bot.Tests.Support.ConcernSteps;
using Senate.Bot.Workers;

namespace Senate.Bot.Tests.Concerns;

/// <summary>Citizen concerns in the running bot, through the local Bot API, from the report to the answer.</summary>
public sealed class ConcernTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 5, 0, 0, TimeSpan.Zero));
    private BotApplication _app = null!;

    public async Task InitializeAsync() => _app = await BotApplication.StartAsync(services => services.AddSingleton<TimeProvider>(_time));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("ru", "Русский", "Ваше обращение зарегистрировано", "принято к рассмотрению", "Ответ на ваше обращение")]
    [InlineData("kk", "Қазақша", "Өтінішіңіз тіркелді", "қарауға қабылданды", "өтінішіңізге жауап")]
    [InlineData("en", "English", "Your concern has been registered", "accepted for consideration", "Answer to your concern")]
    public async Task ACitizenReports_StaffAccepts_AndTheAnswerTypedInTheStaffChatReachesTheCitizenInTheirLanguage(
        string code, string language, string receiptText, string acceptedText, string answerText)
    {
        var citizen = await _app.ReadyUser(6001, language, code);
        var admin = _app.User(BotApplication.AdminId, "Admin", "ru");

        var receipt = await File(citizen, withPhotos: 2, withLocation: true, withContact: true);

        Assert.Contains(receiptText, receipt.Text, StringComparison.Ordinal);
        var concern = Assert.Single(_app.Get<ConcernStore>().ByAuthor(citizen.Id));
        Assert.Contains(concern.Number, receipt.Text, StringComparison.Ordinal);
        Assert.Equal(2, concern.PhotoFileIds.Count);
        Assert.Equal("+7 701 123 45 67", concern.ContactPhone);

        var staff = _app.StaffChat;
        var post = await staff.WaitFor(m => m.Text?.Contains(concern.Number, StringComparison.Ordinal) == true && m.InlineButtons.Count > 0);
        Assert.Contains(staff.Transcript, m => m.IsAlbumItem);
        await staff.WaitFor(m => m.Kind == BotMessageKind.Location);
        await staff.Press(admin, post, "Принять");
        Assert.Contains(acceptedText, (await citizen.WaitFor(m => m.Text?.Contains(acceptedText, StringComparison.Ordinal) == true)).Text, StringComparison.Ordinal);
        await WaitUntil(() => _app.Api.Messages(BotApplication.StaffChatId).Single(m => m.MessageId == post.MessageId).Edited > 0);

        await staff.SendText(admin, "Акимат области сообщил: очистка начнётся 1 декабря.", post.MessageId);
        var preview = await staff.WaitFor(m => m.HasButton("📤 Отправить"));
        Assert.Contains("очистка начнётся 1 декабря", preview.Text, StringComparison.Ordinal);
        Assert.Contains(answerText, preview.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_app.Api.Messages(citizen.Id), m => m.Text?.Contains("очистка начнётся", StringComparison.Ordinal) == true);
        await staff.Press(admin, preview, "📤 Отправить");

        var answer = await citizen.WaitFor(m => m.Text?.Contains(answerText, StringComparison.Ordinal) == true);
        Assert.Contains("очистка начнётся 1 декабря", answer.Text, StringComparison.Ordinal);
        Assert.Equal(ConcernStatus.Answered, _app.Get<ConcernStore>().Get(concern.Id)!.Status);
        Assert.DoesNotContain(_app.Logs.Messages, m => m.Contains("7011234567", StringComparison.Ordinal) || m.Contains("701 123 45 67", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAnonymousConcern_IsRegisteredWithoutContact_AndSaysWhatThatMeans()
    {
        var citizen = await _app.ReadyUser(6002);

        var receipt = await File(citizen, withPhotos: 0, withLocation: false, withContact: false);

        Assert.Contains("анонимное", receipt.Text, StringComparison.Ordinal);
        var concern = Assert.Single(_app.Get<ConcernStore>().ByAuthor(citizen.Id));
        Assert.True(concern.Anonymous);
        Assert.Null(concern.ContactPhone);
    }

    [Fact]
    public async Task WrongInputs_AreExplained_AndASixthPhotoRefused()
    {
        var citizen = await _app.ReadyUser(6003);
        await Start(citizen);
        await citizen.SendSticker();
        Assert.NotNull(await citizen.WaitFor(m => m.Text?.Contains("Опишите проблему", StringComparison.Ordinal) == true));
        await citizen.SendText("Плохо");
        await citizen.WaitFor(m => m.Text?.Contains("символ", StringComparison.Ordinal) == true);
        await citizen.SendText("На улице Абая в Атырау третий месяц не горят фонари, вечером опасно.");
        await citizen.WaitFor(m => m.Text?.Contains("Шаг 5 из 8", StringComparison.Ordinal) == true);

        for (var i = 0; i < 6; i++)
        {
            await citizen.SendPhoto(Jpeg);
            await citizen.NextMessage();
        }

        await WaitUntil(() => citizen.Transcript.Any(m => m.Text?.Contains("максимум", StringComparison.Ordinal) == true));
        Assert.DoesNotContain(citizen.Transcript, m => m.Text?.Contains("Получено фото: 6", StringComparison.Ordinal) == true);
        Assert.Contains(citizen.Transcript, m => m.Text?.Contains("Получено фото: 5 из 5", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task EditFromReview_ChangesTheFieldAndReturnsToTheReview()
    {
        var citizen = await _app.ReadyUser(6004);
        var review = await UpToReview(citizen, 0, false, false);

        await PressData(citizen, review, ":!e:description");
        await citizen.WaitFor(m => m.Text?.Contains("Опишите проблему", StringComparison.Ordinal) == true);
        await citizen.SendText("Исправленное описание: во дворе по улице Сатпаева нет освещения.");
        var again = await citizen.WaitFor(m => m.InlineButtons.SelectMany(r => r).Any(b => b.CallbackData?.EndsWith(":!ok", StringComparison.Ordinal) == true));

        Assert.Contains("Исправленное описание", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARestartInTheMiddleOfTheForm_ResumesIt()
    {
        var citizen = await _app.ReadyUser(6005);
        await Start(citizen);

        await _app.RestartAsync();
        await citizen.SendText("После перезапуска: в селе Ганюшкино нет питьевой воды уже неделю.");

        await citizen.WaitFor(m => m.Text?.Contains("Шаг 5 из 8", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task MyConcerns_ListsIt_AndAnotherCitizenCannotOpenIt()
    {
        var author = await _app.ReadyUser(6006);
        await File(author, 0, false, true);
        var concern = Assert.Single(_app.Get<ConcernStore>().ByAuthor(author.Id));
        await author.SendText("/menu");
        await author.Press(await author.NextMessage(), "Мои обращения");
        Assert.Contains(concern.Number, (await author.WaitFor(m => m.HasButton(concern.Number))).FindButton(concern.Number)!.Text, StringComparison.Ordinal);

        var stranger = await _app.ReadyUser(6007);
        var before = _app.Api.Messages(stranger.Id).Count;
        var query = await stranger.PressData(stranger.LastBotMessage!.MessageId, "c:v:" + concern.Id);
        var refusal = await stranger.WaitForAnswer(query);

        Assert.Contains("не найдено", refusal.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(concern.Number, refusal.Text, StringComparison.Ordinal);
        var withdraw = await stranger.PressData(stranger.LastBotMessage!.MessageId, "c:wy:" + concern.Id);
        await stranger.WaitForAnswer(withdraw);
        Assert.Equal(ConcernStatus.New, _app.Get<ConcernStore>().Get(concern.Id)!.Status);
        Assert.Equal(before, _app.Api.Messages(stranger.Id).Count);
    }

    [Fact]
    public async Task ANonStaffMember_PressingAStaffButton_ChangesNothing()
    {
        var citizen = await _app.ReadyUser(6008);
        await File(citizen, 0, false, true);
        var concern = Assert.Single(_app.Get<ConcernStore>().ByAuthor(citizen.Id));
        var post = await _app.StaffChat.WaitFor(m => m.Text?.Contains(concern.Number, StringComparison.Ordinal) == true && m.InlineButtons.Count > 0);
        var outsider = _app.User(6999, "Outsider", "ru");

        var query = await _app.StaffChat.Press(outsider, post, "Принять");
        await outsider.WaitForAnswer(query);
        var privately = await citizen.PressData(citizen.LastBotMessage!.MessageId, "c:s:a:" + concern.Id);
        await citizen.WaitForAnswer(privately);
        await _app.StaffChat.SendText(outsider, "Это не ответ сотрудника.", post.MessageId);
        await _app.StaffChat.WaitFor(m => m.Text?.Contains("только сотрудникам", StringComparison.Ordinal) == true);

        Assert.Equal(ConcernStatus.New, _app.Get<ConcernStore>().Get(concern.Id)!.Status);
        Assert.DoesNotContain(_app.Api.Messages(citizen.Id), m => m.Text?.Contains("Это не ответ сотрудника", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task MeToo_OnASimilarConcern_CountsSupportInsteadOfFilingAgain()
    {
        var first = await _app.ReadyUser(6010);
        await File(first, 0, false, true);
        var original = Assert.Single(_app.Get<ConcernStore>().ByAuthor(first.Id));
        var second = await _app.ReadyUser(6011);
        await Start(second);
        await second.SendText("В Атырау у реки Жайык снова мусор и неприятный запах, Жайык мелеет.");

        var similar = await second.WaitFor(m => m.InlineButtons.SelectMany(r => r).Any(b => b.CallbackData?.Contains(":sup:", StringComparison.Ordinal) == true));
        await PressData(second, similar, ":sup:" + original.Id);

        await second.WaitFor(m => m.Text?.Contains("поддержка", StringComparison.Ordinal) == true);
        Assert.Equal(1, _app.Get<ConcernStore>().Get(original.Id)!.SupportCount);
        Assert.Empty(_app.Get<ConcernStore>().ByAuthor(second.Id));
    }

    [Fact]
    public async Task TheDailyLimit_StopsAFourthConcern()
    {
        var citizen = await _app.ReadyUser(6012);
        string[] texts =
        [
            "Первое: на улице Абая в Атырау не вывозят мусор уже две недели.",
            "Второе: в посёлке Доссор нет автобуса до районного центра.",
            "Третье: в школе номер 5 протекает крыша над спортзалом.",
        ];
        foreach (var text in texts)
        {
            await File(citizen, 0, false, true, description: text, category: "utilities");
        }

        await citizen.SendText("/menu");
        await citizen.Press(await citizen.NextMessage(), "Сообщить о проблеме");

        await citizen.WaitFor(m => m.Text?.Contains("дневной предел", StringComparison.Ordinal) == true);
        Assert.Equal(3, _app.Get<ConcernStore>().ByAuthor(citizen.Id).Count);
    }

    [Fact]
    public async Task AdminExportsACsv_AndGetsARegionalBriefingWithAChart()
    {
        var citizen = await _app.ReadyUser(6013);
        await File(citizen, 0, false, true);
        var admin = await _app.ReadyUser(BotApplication.AdminId);

        await admin.SendText("/export 01.11.2026 30.11.2026");
        var export = await admin.WaitFor(m => m.Kind == BotMessageKind.Document);
        Assert.Equal([0xEF, 0xBB, 0xBF], export.DocumentBytes![..3]);
        using (var csv = CsvReader.Create(export.DocumentBytes, new CsvReaderOptions { Separator = ';' }))
        {
            Assert.True(csv.Read());
            var number = Assert.Single(_app.Get<ConcernStore>().ByAuthor(citizen.Id)).Number;
            Assert.Equal(number, csv.GetString(0));
            Assert.Equal("Атырауская область", csv.GetString(5));
            Assert.False(csv.Read());
        }

        await admin.SendText("/briefing atyrau");
        await admin.WaitFor(m => m.Kind == BotMessageKind.Photo);
        var file = await admin.WaitFor(m => m.Kind == BotMessageKind.Document);
        Assert.Contains("Атырау", System.Text.Encoding.UTF8.GetString(file.DocumentBytes!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExportOfEveryDayThereIs_IsMadeAfterTheCommit_AndTheChatGoesOn()
    {
        var citizen = await _app.ReadyUser(6015);
        await File(citizen, 0, false, true);
        var number = Assert.Single(_app.Get<ConcernStore>().ByAuthor(citizen.Id)).Number;
        var admin = await _app.ReadyUser(BotApplication.AdminId);

        await admin.SendText("/export 0001-01-01 9999-12-31");
        var export = await admin.WaitFor(m => m.FileName == "concerns-0001-01-01-9999-12-31.csv");
        await admin.SendText("/help");
        await admin.WaitFor(m => m.Kind == BotMessageKind.Text && m.MessageId > export.MessageId);

        Assert.Contains(number, System.Text.Encoding.UTF8.GetString(export.DocumentBytes!), StringComparison.Ordinal);
        Assert.DoesNotContain(await _app.Get<DatabaseWriter>().Run(_app.Get<OutboxStore>().Pending), OutboxStore.NeedsRendering);
    }

    [Fact]
    public async Task TheDeadlineCheck_WarnsTheStaffChatOnce_EvenAcrossARestart()
    {
        var citizen = await _app.ReadyUser(6014);
        await File(citizen, 0, false, true);
        var concern = Assert.Single(_app.Get<ConcernStore>().ByAuthor(citizen.Id));

        _time.SetUtcNow(new DateTimeOffset(concern.DueDate, TimeSpan.Zero).AddDays(2));
        await _app.Get<JobRunner>().RunNow("concern-deadlines");
        await _app.StaffChat.WaitFor(m => m.Text?.Contains(concern.Number, StringComparison.Ordinal) == true && m.Text.Contains("просроч", StringComparison.OrdinalIgnoreCase));
        await _app.RestartAsync();

        Assert.Equal(0, await _app.Get<JobRunner>().RunNow("concern-deadlines"));
        Assert.Single(_app.Api.Messages(BotApplication.StaffChatId), m => m.Text?.Contains("просроч", StringComparison.OrdinalIgnoreCase) == true && m.Text.Contains(concern.Number, StringComparison.Ordinal));
    }
}
