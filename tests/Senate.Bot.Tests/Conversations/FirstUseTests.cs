using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Senate.Bot.Concerns;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Tests.Support;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Tests.Conversations;

/// <summary>
/// What a person trips on when they first use the bot, each point through the local Bot API: the first action is not
/// lost to the language picker, screens change in place, a wrong input gets one short message, stale buttons only a
/// toast, a mistyped age is asked again, /settings and /language, the staff help in one message, honest step texts.
/// </summary>
public sealed class FirstUseTests : IAsyncLifetime
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0xFF, 0xD9];
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 5, 0, 0, TimeSpan.Zero));
    private BotApplication _app = null!;

    public async Task InitializeAsync() => _app = await BotApplication.StartAsync(services => services.AddSingleton<TimeProvider>(_time));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("kk", "Қазақша", "Өңір")]
    [InlineData("ru", "Русский", "регион")]
    [InlineData("en", "English", "region")]
    public async Task ReportPressedBeforeTheLanguage_OpensTheFormRightAfterTheChoice(string code, string language, string regionQuestion)
    {
        var user = _app.User(7001, "Aigerim", code);
        await user.SendText("/start");
        var picker = await user.NextMessage();

        // A "Report a concern" button from a message forwarded by a friend, pressed before any language was chosen.
        await user.PressData(picker.MessageId, "c:new");
        await user.Press(await user.WaitFor(m => m.HasButton(language) && m.MessageId != picker.MessageId), language);

        var form = await user.WaitFor(m => m.Text?.Contains(regionQuestion, StringComparison.OrdinalIgnoreCase) == true && m.InlineButtons.Count > 10);
        Assert.Contains(form.InlineButtons.SelectMany(r => r), b => b.CallbackData?.EndsWith(":r:atyrau", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task AnAdminsFirstNewEvent_StartsTheEventEditorAfterTheLanguage()
    {
        var admin = _app.User(BotApplication.AdminId, "Admin", "ru");
        await admin.SendText("/newevent");
        await admin.Press(await admin.NextMessage(), "Русский");

        await admin.WaitFor(m => m.Text?.Contains("К какой программе", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task MyConcerns_ListCardAndBack_AreOneMessageChangedInPlace()
    {
        var citizen = await _app.ReadyUser(7002);
        var concern = await FileOne(citizen);
        await citizen.SendText("/menu");
        var menu = await citizen.NextMessage();
        var before = citizen.Transcript.Count(m => m.FromBot);

        await citizen.Press(menu, "Мои обращения");
        var list = await citizen.WaitFor(m => m.MessageId == menu.MessageId && m.HasButton(concern));
        await citizen.Press(list, concern);
        var card = await citizen.WaitFor(m => m.MessageId == menu.MessageId && m.HasButton("Отозвать"));
        await citizen.Press(card, "⬅️ Мои обращения");
        await citizen.WaitFor(m => m.MessageId == menu.MessageId && m.HasButton(concern));

        Assert.Equal(before, citizen.Transcript.Count(m => m.FromBot));
    }

    [Fact]
    public async Task EventListAndCard_AreOneMessageChangedInPlace()
    {
        await SeedEvent();
        var student = await _app.ReadyUser(7003);
        await student.SendText("/menu");
        var menu = await student.NextMessage();
        var before = student.Transcript.Count(m => m.FromBot);

        await student.Press(menu, "Молодёжные программы");
        await student.Press(await student.WaitFor(m => m.MessageId == menu.MessageId && m.HasButton("Школа аналитики")), "Школа аналитики");
        await student.Press(await student.WaitFor(m => m.MessageId == menu.MessageId && m.HasButton("Open data workshop")), "Open data workshop");
        var card = await student.WaitFor(m => m.MessageId == menu.MessageId && m.HasButton("Записаться"));

        Assert.Contains("Open data workshop", card.Text, StringComparison.Ordinal);
        Assert.Equal(before, student.Transcript.Count(m => m.FromBot));
    }

    [Fact]
    public async Task AWrongInputAtTheRegionGrid_GetsOneShortMessage_NotASecondGrid()
    {
        var citizen = await _app.ReadyUser(7004);
        await citizen.SendText("/menu");
        await citizen.Press(await citizen.NextMessage(), "Сообщить о проблеме");
        var grid = await citizen.WaitFor(m => m.InlineButtons.Count > 10);

        await citizen.SendText("помогите пожалуйста");
        var hint = await citizen.NextMessage();
        await citizen.SendSticker();
        var second = await citizen.NextMessage();

        Assert.Empty(hint.InlineButtons);
        Assert.Contains("кнопок выше", hint.Text, StringComparison.Ordinal);
        Assert.Empty(second.InlineButtons);
        Assert.Single(citizen.Transcript, m => m.FromBot && m.InlineButtons.Count > 10);
        await citizen.PressData(grid.MessageId, grid.InlineButtons.SelectMany(r => r).First(b => b.CallbackData!.EndsWith(":r:atyrau", StringComparison.Ordinal)).CallbackData!);
        await citizen.WaitFor(m => m.Text?.Contains("населённый пункт", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task APressedAnswer_ReplacesTheQuestionsButtons_AndTheReviewLosesItsButtonsOnSubmit()
    {
        var citizen = await _app.ReadyUser(7005);
        await citizen.SendText("/menu");
        await citizen.Press(await citizen.NextMessage(), "Сообщить о проблеме");
        var grid = await citizen.WaitFor(m => m.InlineButtons.Count > 10);
        await citizen.Press(grid, "Атырауская");

        var answered = await citizen.WaitFor(m => m.MessageId == grid.MessageId && m.InlineButtons.Count == 0);
        Assert.Contains("👉 Атырауская", answered.Text, StringComparison.Ordinal);

        var review = await ToReview(citizen);
        await citizen.Press(review, "Отправить");
        var closed = await citizen.WaitFor(m => m.MessageId == review.MessageId && m.InlineButtons.Count == 0);
        await citizen.WaitFor(m => m.Text?.Contains("SB-", StringComparison.Ordinal) == true);
        Assert.Contains("Проверьте обращение", closed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AButtonPressedTwice_GetsOnlyAToast()
    {
        var citizen = await _app.ReadyUser(7006);
        await citizen.SendText("/menu");
        await citizen.Press(await citizen.NextMessage(), "Сообщить о проблеме");
        var grid = await citizen.WaitFor(m => m.InlineButtons.Count > 10);
        var data = grid.InlineButtons.SelectMany(r => r).First(b => b.CallbackData!.EndsWith(":r:atyrau", StringComparison.Ordinal)).CallbackData!;
        await citizen.PressData(grid.MessageId, data);
        await citizen.WaitFor(m => m.Text?.Contains("населённый пункт", StringComparison.Ordinal) == true);
        var before = citizen.Transcript.Count(m => m.FromBot);

        var again = await citizen.WaitForAnswer(await citizen.PressData(grid.MessageId, data));

        Assert.Contains("старого сообщения", again.Text, StringComparison.Ordinal);
        await citizen.SendText("/help");
        await citizen.WaitFor(m => m.Text?.StartsWith("Бот работает", StringComparison.Ordinal) == true);
        Assert.Equal(before + 1, citizen.Transcript.Count(m => m.FromBot));
    }

    [Fact]
    public async Task AStaffButtonPressedTwice_InTheStaffChat_IsAToastThatNobodyElseSees()
    {
        var citizen = await _app.ReadyUser(7007);
        var number = await FileOne(citizen);
        var admin = _app.User(BotApplication.AdminId, "Admin", "ru");
        var post = await _app.StaffChat.WaitFor(m => m.Text?.Contains(number, StringComparison.Ordinal) == true && m.HasButton("Принять"));
        await _app.StaffChat.Press(admin, post, "Принять");
        await citizen.WaitFor(m => m.Text?.Contains("принято к рассмотрению", StringComparison.Ordinal) == true);
        var before = _app.StaffChat.Transcript.Count(m => m.FromBot);

        var second = await admin.WaitForAnswer(await _app.StaffChat.PressData(admin, post.MessageId, post.FindButton("Принять")!.CallbackData!));

        Assert.False(string.IsNullOrEmpty(second.Text));
        Assert.Equal(before, _app.StaffChat.Transcript.Count(m => m.FromBot));
    }

    [Fact]
    public async Task AMistypedAge_IsAskedAgain_AndTheRegistrationGoesOn()
    {
        var youthEvent = await SeedEvent();
        var student = await _app.ReadyUser(7008);
        await student.SendText("/start event_" + youthEvent.Id);
        await student.Press(await student.NextMessage(), "Записаться");
        await student.Press(await student.NextMessage(), "Даю согласие");
        await student.NextMessage();
        await student.SendText("Сейткали Айгерим");
        await student.NextMessage();

        await student.SendText("12");
        var again = await student.NextMessage();
        await student.SendText("19");

        Assert.Contains("от 14 до 35", again.Text, StringComparison.Ordinal);
        Assert.Contains("Сколько вам лет", again.Text, StringComparison.Ordinal);
        await student.WaitFor(m => m.Text?.Contains("В каком регионе", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Settings_ShowsTheLanguage_AndLanguageMarksTheCurrentOne()
    {
        var user = await _app.ReadyUser(7009, "English", "en");

        await user.SendText("/settings");
        var settings = await user.NextMessage();
        await user.SendText("/language");
        var picker = await user.NextMessage();

        Assert.Contains("Language: English", settings.Text, StringComparison.Ordinal);
        Assert.True(settings.HasButton("Language"));
        Assert.True(picker.HasButton("✅ English"));
        Assert.False(picker.HasButton("✅ Русский"));
        Assert.Contains(_app.Api.Commands, set => set.Commands.Any(c => c.Command == "settings"));
    }

    [Fact]
    public async Task StaffHelp_IsOneMessage()
    {
        var admin = await _app.ReadyUser(BotApplication.AdminId);
        var before = admin.Transcript.Count(m => m.FromBot);

        await admin.SendText("/help");
        var help = await admin.WaitFor(m => m.Text?.Contains("/briefing", StringComparison.Ordinal) == true);

        Assert.Contains("/newevent", help.Text, StringComparison.Ordinal);
        Assert.Contains("/menu", help.Text, StringComparison.Ordinal);
        Assert.Equal(before + 1, admin.Transcript.Count(m => m.FromBot));
    }

    [Fact]
    public async Task ThePhotoStep_AfterAPhoto_OffersDoneAndSaysSo()
    {
        var citizen = await _app.ReadyUser(7010);
        await ToPhotos(citizen);

        await citizen.SendPhoto(Jpeg);
        var after = await citizen.WaitFor(m => m.Text?.Contains("Получено фото: 1 из 5", StringComparison.Ordinal) == true);

        Assert.True(after.HasButton("Готово"));
        Assert.False(after.HasButton("Пропустить"));
        Assert.DoesNotContain("Пропустить", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACheckInCodeWithAOne_IsExplainedByTheCharactersCodesNeverHave()
    {
        var admin = await _app.ReadyUser(BotApplication.AdminId);

        await admin.SendText("/checkin XXXX1234");

        var reply = await admin.WaitFor(m => m.Text?.Contains("XXXX1234", StringComparison.Ordinal) == true);
        Assert.Contains("0 и 1", reply.Text, StringComparison.Ordinal);
        Assert.Contains("O и I", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kk", "Қазақша")]
    [InlineData("ru", "Русский")]
    [InlineData("en", "English")]
    public async Task TheWelcome_PromisesWhatTheMenuOffers(string code, string language)
    {
        var user = await _app.ReadyUser(7011, language, code);

        var welcome = user.Transcript.Last(m => m.FromBot && m.InlineButtons.Count > 0);

        // Concerns, youth programmes and meetings in the regions: each one the welcome names is a menu button.
        var promised = new Dictionary<string, string[]>
        {
            ["kk"] = ["мәселе", "жастар", "кездесу"],
            ["ru"] = ["проблем", "молодёж", "встреч"],
            ["en"] = ["problem", "youth", "meeting"],
        }[code];
        Assert.All(promised, word => Assert.Contains(word, welcome.Text, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(5, welcome.InlineButtons.Count);
    }

    private Task<YouthEvent> SeedEvent() => YouthSteps.Seed(_app, _time.GetUtcNow().UtcDateTime, capacity: 10);

    private static async Task ToPhotos(LocalUser citizen)
    {
        await citizen.SendText("/menu");
        await citizen.Press(await citizen.NextMessage(), "Сообщить о проблеме");
        await citizen.Press(await citizen.WaitFor(m => m.InlineButtons.Count > 10), "Атырауская");
        await citizen.Press(await citizen.NextMessage(), "Пропустить");
        await citizen.Press(await citizen.NextMessage(), "Экология");
        await citizen.NextMessage();
        await citizen.SendText("На улице Абая в Атырау третий месяц не горят фонари, вечером опасно.");
        await citizen.WaitFor(m => m.Text?.Contains("Шаг 5 из 8", StringComparison.Ordinal) == true);
    }

    private static async Task<BotMessage> ToReview(LocalUser citizen)
    {
        await citizen.Press(await citizen.NextMessage(), "Пропустить");
        await citizen.Press(await citizen.NextMessage(), "Экология");
        await citizen.NextMessage();
        await citizen.SendText("На улице Абая в Атырау третий месяц не горят фонари, вечером опасно.");
        await citizen.Press(await citizen.WaitFor(m => m.HasButton("Пропустить") && m.Text?.Contains("Шаг 5", StringComparison.Ordinal) == true), "Пропустить");
        await citizen.Press(await citizen.WaitFor(m => m.HasButton("Без места")), "Без места");
        await citizen.Press(await citizen.WaitFor(m => m.HasButton("анонимно")), "анонимно");
        await citizen.Press(await citizen.WaitFor(m => m.HasButton("Понятно")), "Понятно");
        return await citizen.WaitFor(m => m.HasButton("Отправить"));
    }

    private async Task<string> FileOne(LocalUser citizen)
    {
        await citizen.SendText("/menu");
        await citizen.Press(await citizen.NextMessage(), "Сообщить о проблеме");
        await citizen.Press(await citizen.WaitFor(m => m.InlineButtons.Count > 10), "Атырауская");
        var review = await ToReview(citizen);
        await citizen.Press(review, "Отправить");
        await citizen.WaitFor(m => m.Text?.Contains("SB-", StringComparison.Ordinal) == true);
        return Assert.Single(_app.Get<ConcernStore>().ByAuthor(citizen.Id)).Number;
    }
}
