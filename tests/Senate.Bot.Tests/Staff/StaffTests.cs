using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Senate.Bot.Concerns;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Users;
using Senate.Bot.Domain.Youth;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Staff;
using Senate.Bot.Storage;
using Senate.Bot.Tests.Support;
using Senate.Bot.Youth;
using static Senate.Bot.Tests.Support.ConcernSteps;

namespace Senate.Bot.Tests.Staff;

/// <summary>Staff roles in the running bot, through the local Bot API: who may do what, command menus, removal.</summary>
public sealed class StaffTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 5, 0, 0, TimeSpan.Zero));
    private BotApplication _app = null!;

    public async Task InitializeAsync() => _app = await BotApplication.StartAsync(services => services.AddSingleton<TimeProvider>(_time));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AModeratorOfOneRegion_CannotSeeOrActOnAnothersConcern_ByAnyButtonOrCommand_AndLosesEverythingWhenRemoved()
    {
        var atyrauCitizen = await _app.ReadyUser(8001);
        await File(atyrauCitizen, 0, false, true);
        var pavlodarCitizen = await _app.ReadyUser(8002);
        await File(pavlodarCitizen, 0, false, true, "В Павлодаре над городом висит смог, окна в школах закрывают.", region: "pavlodar");
        var atyrau = Assert.Single(_app.Get<ConcernStore>().ByAuthor(atyrauCitizen.Id));
        var pavlodar = Assert.Single(_app.Get<ConcernStore>().ByAuthor(pavlodarCitizen.Id));
        var admin = await _app.ReadyUser(BotApplication.AdminId);
        var moderator = await _app.ReadyUser(8101);

        await AddStaff(admin, () => admin.SendForwarded(moderator, "Здравствуйте!"), "🛡 Модератор", "pavlodar");
        var menu = await WaitForCommands(moderator.Id);
        Assert.Contains(menu.Commands, c => c.Command == "queue");
        Assert.DoesNotContain(menu.Commands, c => c.Command is "staff" or "audit" or "newevent");

        var staffChat = _app.StaffChat;
        var atyrauPost = await staffChat.WaitFor(m => m.Text?.Contains(atyrau.Number, StringComparison.Ordinal) == true && m.HasButton("✅ Принять"));
        var pavlodarPost = await staffChat.WaitFor(m => m.Text?.Contains(pavlodar.Number, StringComparison.Ordinal) == true && m.HasButton("✅ Принять"));
        Assert.Null(atyrauPost.ThreadId);
        var staffMessages = _app.Api.Messages(BotApplication.StaffChatId).Count;
        var audited = _app.Get<AuditStore>().Count(new AuditFilter());

        foreach (var label in new[] { "✅ Принять", "💬 Ответить", "⛔ Отклонить", "📝 Заметка", "❓ Спросить гражданина", "⛔ Заблокировать автора" })
        {
            var refused = await moderator.WaitForAnswer(await staffChat.Press(moderator, atyrauPost, label));
            Assert.Contains("только сотрудникам", refused.Text, StringComparison.Ordinal);
        }

        var forged = await moderator.WaitForAnswer(await moderator.PressData(moderator.LastBotMessage!.MessageId, "c:s:x:" + atyrau.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.Contains("только сотрудникам", forged.Text, StringComparison.Ordinal);
        await moderator.SendText("/concern " + atyrau.Number);
        await moderator.WaitFor(m => m.Text?.Contains("не найдено", StringComparison.Ordinal) == true);
        await moderator.SendText("/queue");
        var queue = await moderator.WaitFor(m => m.HasButton(pavlodar.Number));
        Assert.False(queue.HasButton(atyrau.Number));
        Assert.Equal(ConcernStatus.New, _app.Get<ConcernStore>().Get(atyrau.Id)!.Status);
        Assert.Equal(staffMessages, _app.Api.Messages(BotApplication.StaffChatId).Count);
        Assert.Equal(audited, _app.Get<AuditStore>().Count(new AuditFilter()));

        await moderator.WaitForAnswer(await staffChat.Press(moderator, pavlodarPost, "✅ Принять"));
        Assert.Equal(ConcernStatus.Accepted, _app.Get<ConcernStore>().Get(pavlodar.Id)!.Status);

        await RemoveStaff(admin, moderator);
        await WaitUntil(() => !_app.Api.Commands.Any(c => c.ScopeChatId == moderator.Id));
        var current = _app.Api.Messages(BotApplication.StaffChatId).Single(m => m.MessageId == pavlodarPost.MessageId);
        var oldButton = await moderator.WaitForAnswer(await staffChat.Press(moderator, current, "⛔ Отклонить"));
        Assert.Contains("только сотрудникам", oldButton.Text, StringComparison.Ordinal);
        Assert.Equal(ConcernStatus.Accepted, _app.Get<ConcernStore>().Get(pavlodar.Id)!.Status);
        var roleChanges = _app.Get<AuditStore>().Find(new AuditFilter { Action = AuditAction.RoleChanged }, 0, 10);
        Assert.Equal(["removed", "added: moderator [pavlodar]"], roleChanges.Select(e => e.Details));
    }

    [Fact]
    public async Task ARemovedEditorsOldButtons_FailAtTheNextPress_AndTheirMenuGoesBack()
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var youthEvent = await YouthSteps.Seed(_app, now, capacity: 10);
        var admin = await _app.ReadyUser(BotApplication.AdminId);
        var editor = await _app.ReadyUser(8102);

        await AddStaff(admin, () => admin.SendText(editor.Id.ToString(CultureInfo.InvariantCulture)), "✏️ Редактор", region: null);
        Assert.Contains((await WaitForCommands(editor.Id)).Commands, c => c.Command == "newevent");
        await editor.SendText("/events");
        var list = await editor.WaitFor(m => m.HasButton("Open data workshop"));
        await editor.Press(list, "Open data workshop");
        var card = await editor.WaitFor(m => m.HasButton("🔒 Закрыть запись"));

        await RemoveStaff(admin, editor);
        var refused = await editor.WaitForAnswer(await editor.Press(card, "🔒 Закрыть запись"));

        Assert.Contains("только сотрудникам", refused.Text, StringComparison.Ordinal);
        Assert.Equal(EventStatus.Open, _app.Get<YouthEventStore>().Get(youthEvent.Id)!.Status);
        await WaitUntil(() => !_app.Api.Commands.Any(c => c.ScopeChatId == editor.Id));
        await editor.SendText("/events");
        await editor.WaitFor(m => m.Text?.Contains("Такой команды нет", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ABannedUser_IsToldPolitely_AndNothingOfTheirsIsStored()
    {
        var user = await _app.ReadyUser(8103);
        var stored = _app.Get<UserStore>().Get(user.Id)!;
        await _app.Get<DatabaseWriter>().Run(() => _app.Get<UserDirectory>().Save(stored with { Banned = true, Ban = new UserBan { Reason = "спам", Concern = "SB-2026-000001" } }));
        _time.Advance(TimeSpan.FromHours(1));

        _app.Api.User(user.Id, "Новое имя", "ru", "new_name");
        await user.SendText("/start");
        await user.WaitFor(m => m.Text?.Contains("сообщения с этого аккаунта не принимаются", StringComparison.Ordinal) == true);
        await user.SendText("Реклама, реклама, реклама");
        await user.WaitFor(m => m.Text?.Contains("не принимаются", StringComparison.Ordinal) == true && m.MessageId > user.Transcript.Last(t => !t.FromBot).MessageId);

        var after = _app.Get<UserStore>().Get(user.Id)!;
        Assert.Equal((stored.FirstName, stored.Username, stored.LastSeenUtc), (after.FirstName, after.Username, after.LastSeenUtc));
        Assert.False(_app.Get<ConversationStore>().Load(user.Id).IsActive);
    }

    private static async Task AddStaff(LocalUser admin, Func<Task> identify, string role, string? region)
    {
        await admin.SendText("/staff");
        var list = await admin.WaitFor(m => m.HasButton("➕ Добавить сотрудника"));
        await admin.Press(list, "➕ Добавить сотрудника");
        await admin.WaitFor(m => m.Text?.Contains("Кого добавить", StringComparison.Ordinal) == true);
        await identify();
        var roles = await admin.WaitFor(m => m.HasButton(role));
        await admin.Press(roles, role);
        if (region is not null)
        {
            var regions = await admin.WaitFor(m => m.HasButton("🌐 Все регионы ➡️"));
            await PressData(admin, regions, ":r:" + region);
            var chosen = await admin.WaitFor(m => m.MessageId == regions.MessageId && m.HasButton("Готово ➡️"));
            await admin.Press(chosen, "Готово ➡️");
        }

        var review = await admin.WaitFor(m => m.HasButton("✅ Добавить"));
        await admin.Press(review, "✅ Добавить");
        await admin.WaitFor(m => m.Text?.StartsWith("Сохранено", StringComparison.Ordinal) == true);
    }

    private static async Task RemoveStaff(LocalUser admin, LocalUser member)
    {
        await admin.SendText("/staff");
        var list = await admin.WaitFor(m => m.InlineButtons.SelectMany(r => r).Any(b => b.CallbackData == "st:m:" + member.Id.ToString(CultureInfo.InvariantCulture)));
        await PressData(admin, list, "st:m:" + member.Id.ToString(CultureInfo.InvariantCulture));
        var card = await admin.WaitFor(m => m.HasButton("🗑 Исключить из сотрудников"));
        await admin.Press(card, "🗑 Исключить из сотрудников");
        var confirm = await admin.WaitFor(m => m.HasButton("✅ Да, исключить"));
        await admin.Press(confirm, "✅ Да, исключить");
        await member.WaitFor(m => m.Text?.Contains("больше не входите", StringComparison.Ordinal) == true);
    }

    private async Task<BotCommandSet> WaitForCommands(long chatId)
    {
        await WaitUntil(() => _app.Api.Commands.Any(c => c.ScopeChatId == chatId));
        return _app.Api.Commands.Single(c => c.ScopeChatId == chatId);
    }
}
