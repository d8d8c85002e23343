using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Senate.Bot.Concerns;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Staff;
using Senate.Bot.Tests.Support;
using static Senate.Bot.Tests.Support.ConcernSteps;

namespace Senate.Bot.Tests.Staff;

/// <summary>The staff desk in the running bot: previews, notes, clarifying questions, the audit log, forum topics.</summary>
public sealed class StaffDeskTests
{
    private const long ForumId = -1009876543210;
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 5, 0, 0, TimeSpan.Zero);

    /// <summary>How long to wait for a staff-chat post that several paced calls may go before.</summary>
    private static readonly TimeSpan GroupSlots = TimeSpan.FromSeconds(30);

    private static Task<BotApplication> App(IDictionary<string, string?>? settings = null) =>
        BotApplication.StartAsync(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Start)), settings: settings);

    [Fact]
    public async Task ANote_TheQuestionAndItsAnswer_AndAPreviewedAnswer_EachGoWhereTheyShould_AndAreAudited()
    {
        await using var app = await App();
        var citizen = await app.ReadyUser(8201);
        await File(citizen, 0, false, true);
        var concern = Assert.Single(app.Get<ConcernStore>().ByAuthor(citizen.Id));
        var admin = app.User(BotApplication.AdminId, "Admin", "ru");
        var staff = app.StaffChat;
        var post = await Post(app, staff, citizen);
        var citizenMessages = app.Api.Messages(citizen.Id).Count;

        // An internal note: in the staff chat and the history, never to the citizen.
        await staff.SendText(admin, "// Позвонить в акимат до пятницы", post.MessageId);
        await staff.WaitFor(m => m.Text?.Contains("внутренняя заметка сохранена", StringComparison.Ordinal) == true);
        await WaitUntil(() => app.Api.Messages(BotApplication.StaffChatId).Single(m => m.MessageId == post.MessageId).Text!.Contains("Позвонить в акимат", StringComparison.Ordinal));
        Assert.Equal(citizenMessages, app.Api.Messages(citizen.Id).Count);
        Assert.Equal(ConcernEvent.Note, app.Get<ConcernStore>().Get(concern.Id)!.History.Last().Event);

        // A clarifying question: to the citizen; the answer comes back under the post.
        await staff.Press(admin, Current(app, post), "❓ Спросить гражданина");
        var prompt = await staff.WaitFor(m => m.Text?.Contains("уточняющим вопросом", StringComparison.Ordinal) == true);
        await Remembered(app, "concern-ask:" + concern.Id.ToString(CultureInfo.InvariantCulture));
        await staff.SendText(admin, "Уточните, пожалуйста, где именно копится мусор?", prompt.MessageId);
        var question = await citizen.WaitFor(m => m.HasButton("✍️ Ответить"));
        Assert.Contains("где именно копится мусор", question.Text, StringComparison.Ordinal);
        await citizen.Press(question, "✍️ Ответить");
        await citizen.WaitFor(m => m.Text?.Contains("Вопрос сотрудников", StringComparison.Ordinal) == true);
        await citizen.SendText("У моста через Жайык, на левом берегу.");
        await citizen.Press(await citizen.WaitFor(m => m.HasButton("📨 Отправить")), "📨 Отправить");
        // The staff chat gets a slot every 3 s (Telegram's 20 a minute for a group), and the card's edits queue
        // before the next post: give these waits room for several slots.
        var answered = await staff.WaitFor(m => m.Text?.Contains("на левом берегу", StringComparison.Ordinal) == true, GroupSlots);
        Assert.Equal(post.MessageId, answered.ReplyToMessageId);

        // An answer: previewed in the staff chat, sent only with "Send".
        await staff.SendText(admin, "Акимат организует уборку берега до конца недели.", post.MessageId);
        var preview = await staff.WaitFor(m => m.HasButton("📤 Отправить"), GroupSlots);
        Assert.DoesNotContain(app.Api.Messages(citizen.Id), m => m.Text?.Contains("уборку берега", StringComparison.Ordinal) == true);
        await staff.Press(admin, preview, "📤 Отправить");
        await citizen.WaitFor(m => m.Text?.Contains("уборку берега", StringComparison.Ordinal) == true);
        Assert.Equal(ConcernStatus.Answered, app.Get<ConcernStore>().Get(concern.Id)!.Status);

        // Each action once in the audit log, none for a refused press.
        await WaitUntil(() => Current(app, post).HasButton("🔒 Закрыть"));
        var outsider = app.User(8299, "Outsider", "ru");
        await outsider.WaitForAnswer(await staff.Press(outsider, Current(app, post), "🔒 Закрыть"));
        var log = app.Get<AuditStore>().Find(new AuditFilter(), 0, 10);
        Assert.Equal([AuditAction.Answered, AuditAction.QuestionAsked, AuditAction.Noted], log.Select(e => e.Action));
        Assert.All(log, e => Assert.Equal((BotApplication.AdminId, concern.Number, BotApplication.StaffChatId), (e.ActorId, e.Subject, e.ChatId)));
    }

    [Fact]
    public async Task InAForumStaffChat_EachRegionsConcernsGoToItsOwnTopic_CreatedOnce()
    {
        await using var app = await App(new Dictionary<string, string?> { ["Bot:StaffChatId"] = ForumId.ToString(CultureInfo.InvariantCulture) });
        var forum = app.Api.Forum(ForumId, "Senate staff forum");
        var admin = app.User(BotApplication.AdminId, "Admin", "ru");
        var first = await app.ReadyUser(8211);
        var second = await app.ReadyUser(8212);
        var third = await app.ReadyUser(8213);

        await File(first, 0, false, false);
        await File(second, 0, false, false, "Во дворе на улице Сатпаева в Атырау нет освещения, темно.", category: "utilities");
        await File(third, 0, false, false, "В Павлодаре над городом висит смог, окна в школах закрывают.", region: "pavlodar");
        var posts = new[] { first, second, third }
            .Select(u => app.Get<ConcernStore>().ByAuthor(u.Id).Single().Number)
            .Select(number => forum.WaitFor(m => m.Text?.Contains(number, StringComparison.Ordinal) == true && m.InlineButtons.Count > 0))
            .ToList();
        var (atyrau1, atyrau2, pavlodar) = (await posts[0], await posts[1], await posts[2]);

        Assert.Equal(2, forum.Topics.Count);
        Assert.Equal("Атырауская область", forum.Topics[atyrau1.ThreadId!.Value]);
        Assert.Equal(atyrau1.ThreadId, atyrau2.ThreadId);
        Assert.Equal("Павлодарская область", forum.Topics[pavlodar.ThreadId!.Value]);
        Assert.NotEqual(atyrau1.ThreadId, pavlodar.ThreadId);

        // A prompt and a preview answer the staff member in the topic they acted in.
        await forum.Press(admin, pavlodar, "💬 Ответить");
        var prompt = await forum.WaitFor(m => m.Text?.Contains("текстом ответа", StringComparison.Ordinal) == true);
        Assert.Equal(pavlodar.ThreadId, prompt.ThreadId);
        await Remembered(app, "concern-ans:" + app.Get<ConcernStore>().ByAuthor(third.Id).Single().Id.ToString(CultureInfo.InvariantCulture));
        await forum.SendText(admin, "Акимат Павлодара проверит выбросы предприятий на этой неделе.", prompt.MessageId);
        var preview = await forum.WaitFor(m => m.HasButton("📤 Отправить"));
        Assert.Equal(pavlodar.ThreadId, preview.ThreadId);
    }

    [Fact]
    public async Task ADeletedTopic_IsCreatedAgain_AndNoPostIsLost()
    {
        await using var app = await App(new Dictionary<string, string?> { ["Bot:StaffChatId"] = ForumId.ToString(CultureInfo.InvariantCulture) });
        var forum = app.Api.Forum(ForumId, "Senate staff forum");
        var first = await app.ReadyUser(8221);
        await File(first, 0, false, false);
        var firstPost = await forum.WaitFor(m => m.Text?.Contains("SB-", StringComparison.Ordinal) == true && m.InlineButtons.Count > 0);
        forum.DeleteTopic(firstPost.ThreadId!.Value);

        var second = await app.ReadyUser(8222);
        await File(second, 0, false, false, "Во дворе на улице Сатпаева в Атырау нет освещения, темно.", category: "utilities");
        var number = app.Get<ConcernStore>().ByAuthor(second.Id).Single().Number;
        var secondPost = await forum.WaitFor(m => m.Text?.Contains(number, StringComparison.Ordinal) == true && m.InlineButtons.Count > 0);

        Assert.NotEqual(firstPost.ThreadId, secondPost.ThreadId);
        Assert.Equal("Атырауская область", Assert.Single(forum.Topics).Value);
        Assert.Equal(secondPost.ThreadId, Assert.Single(forum.Topics).Key);
    }

    private static BotMessage Current(BotApplication app, BotMessage message) =>
        app.Api.Messages(message.ChatId).Single(m => m.MessageId == message.MessageId);
}
