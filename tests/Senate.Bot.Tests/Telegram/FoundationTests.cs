using Microsoft.Extensions.DependencyInjection;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Storage;
using Senate.Bot.Tests.Shared;
using Senate.Bot.Tests.Support;

namespace Senate.Bot.Tests.Telegram;

/// <summary>The foundation through the real Telegram.Bot client against the local Bot API on 127.0.0.1.</summary>
public sealed class FoundationTests : IAsyncLifetime
{
    private readonly SurveyFeature _form = new();
    private BotApplication _app = null!;

    public async Task InitializeAsync() => _app = await BotApplication.StartAsync(services => services.AddSingleton<Feature>(_form));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("kk", "Қазақша", "Тіл: қазақша", "Сәлеметсіз бе")]
    [InlineData("ru", "Русский", "Язык: русский", "Здравствуйте")]
    [InlineData("en", "English", "Language: English", "Hello")]
    public async Task Start_OffersTheLanguagesPreselected_AndTheChoiceGreetsInIt(string code, string label, string confirmation, string greeting)
    {
        var user = _app.User(1001, "Aigerim", code);

        await user.SendText("/start");
        var offer = await user.NextMessage();

        Assert.Contains("Choose your language", offer.Text, StringComparison.Ordinal);
        Assert.True(offer.HasButton("✅ " + label));
        await user.Press(offer, label);
        var confirmed = await user.WaitFor(m => m.MessageId == offer.MessageId && m.InlineButtons.Count == 0);
        Assert.StartsWith(confirmation, confirmed.Text, StringComparison.Ordinal);
        Assert.StartsWith(greeting, (await user.NextMessage()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ButtonPress_IsAlwaysAnswered()
    {
        var user = _app.User(1002, "Ivan", "ru");
        await user.SendText("/start");
        var offer = await user.NextMessage();

        var query = await user.Press(offer, "English");

        Assert.NotNull(await user.WaitForAnswer(query));
    }

    [Fact]
    public async Task LanguageChoice_PersistsAcrossARestart()
    {
        var user = await _app.ReadyUser(1003, "English", "ru");
        await user.SendText("/language");
        await user.Press(await user.NextMessage(), "Қазақша");
        await user.WaitFor(m => m.Text?.StartsWith("Тіл: қазақша", StringComparison.Ordinal) == true);

        await _app.RestartAsync();
        await user.SendText("/help");

        Assert.StartsWith("Бот мәзірдегі батырмалар", (await user.WaitFor(m => m.Text?.Contains("/menu", StringComparison.Ordinal) == true)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_LeavesTheFlow()
    {
        var user = await _app.ReadyUser(1004);
        await user.SendText("/survey");
        await user.WaitFor(m => m.Text == "Начать");

        await user.SendText("/cancel");

        Assert.StartsWith("Отменено", (await user.WaitFor(m => m.Text?.StartsWith("Отменено", StringComparison.Ordinal) == true)).Text, StringComparison.Ordinal);
        await user.SendText("Aigerim");
        await user.WaitFor(m => m.Text?.StartsWith("Я не понял", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task RestartInTheMiddleOfAFlow_ResumesItWhereItWas()
    {
        var user = await _app.ReadyUser(1005);
        await user.SendText("/survey");
        await user.WaitFor(m => m.Text == "Начать");
        await user.SendText("Aigerim");
        var question = await user.WaitFor(m => m.HasButton("Да"));

        await _app.RestartAsync();
        await user.Press(question, "Да");

        await user.WaitFor(m => m.Text == "✅ Подтвердить");
        Assert.Equal((1005L, "Aigerim", "yes"), Assert.Single(_form.Submitted));
    }

    [Fact]
    public async Task TheSameUpdateDeliveredTwice_HasOneEffect()
    {
        var user = await _app.ReadyUser(1006);
        var start = await user.SendText("/survey");
        await user.WaitFor(m => m.Text == "Начать");
        var name = await user.SendText("Aigerim");
        var question = await user.WaitFor(m => m.HasButton("Да"));
        await user.Press(question, "Да");
        await user.WaitFor(m => m.Text == "✅ Подтвердить");
        var before = _app.Api.Messages(user.Id).Count;

        _app.Api.Redeliver(start);
        _app.Api.Redeliver(name);
        await user.SendText("/help");
        await user.WaitFor(m => m.Text?.StartsWith("Бот работает", StringComparison.Ordinal) == true);

        Assert.Single(_form.Submitted);
        Assert.Equal(before + 1, _app.Api.Messages(user.Id).Count);
    }

    [Fact]
    public async Task AHandlerThatThrows_ApologisesToThatUser_AndOthersGoOn()
    {
        var failing = await _app.ReadyUser(1007, "English", "en");
        var other = await _app.ReadyUser(1008);

        await failing.SendText("/boom");
        await other.SendText("/survey");

        Assert.StartsWith("Sorry, something went wrong", (await failing.WaitFor(m => m.Text?.StartsWith("Sorry", StringComparison.Ordinal) == true)).Text, StringComparison.Ordinal);
        await other.WaitFor(m => m.Text == "Начать");
        await failing.SendText("/survey");
        await failing.WaitFor(m => m.Text == "Start");
        Assert.Contains(_app.Logs.Entries, e => e.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task ForgedButtons_AreAnsweredAndHarmless()
    {
        var user = await _app.ReadyUser(1009);
        await user.SendText("/survey");
        var prompt = await user.WaitFor(m => m.Text == "Начать");

        var before = _app.Api.Messages(user.Id).Count;
        var forged = await user.PressData(prompt.MessageId, "~zzzz:yes");
        Assert.StartsWith("Эта кнопка из старого сообщения", (await user.WaitForAnswer(forged)).Text, StringComparison.Ordinal);
        var unknown = await user.PressData(prompt.MessageId, "admin:delete:all");
        Assert.StartsWith("Эта кнопка больше не действует", (await user.WaitForAnswer(unknown)).Text, StringComparison.Ordinal);

        Assert.Equal(before, _app.Api.Messages(user.Id).Count);
        Assert.Empty(_form.Submitted);
    }

    [Fact]
    public async Task PendingUpdates_SentWhileTheBotWasDown_AreAnsweredAtStart()
    {
        await _app.StopHostAsync();
        var user = _app.User(1010, "Aigerim", "kk");
        await user.SendText("/start");

        await _app.StartHostAsync();

        Assert.Contains("Тілді таңдаңыз", (await user.NextMessage(TimeSpan.FromSeconds(15))).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollingErrors_BackOff_AndTheBotRecovers()
    {
        _app.Api.Faults.FailGetUpdates(3);
        var user = _app.User(1011, "Aigerim", "ru");
        await user.SendText("/start");

        await user.NextMessage(TimeSpan.FromSeconds(20));

        var failures = _app.Logs.Entries.Count(e => e.Message.StartsWith("getUpdates failed", StringComparison.Ordinal));
        Assert.InRange(failures, 1, 3);
    }

    [Fact]
    public async Task AUserWhoBlockedTheBot_IsMarked()
    {
        var user = await _app.ReadyUser(1012);
        _app.Api.Faults.Block(user.Id);

        await user.SendText("/help");

        await WaitUntil(() => _app.Get<UserStore>().Get(user.Id)?.BlockedBotUtc is not null, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task TheToken_NeverAppearsInTheLogs()
    {
        var user = await _app.ReadyUser(1013);
        _app.Api.Faults.Next5xx(1);
        await user.SendText("/help");
        await user.WaitFor(m => m.Text?.StartsWith("Бот работает", StringComparison.Ordinal) == true);
        await _app.RestartAsync();

        Assert.NotEmpty(_app.Logs.Entries);
        Assert.DoesNotContain(_app.Logs.Messages, m => m.Contains(_app.Api.Token, StringComparison.Ordinal) || m.Contains(_app.Api.Token.Split(':')[1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Commands_AreRegisteredForEachLanguage()
    {
        await WaitUntil(() => _app.Api.Commands.Count >= 4, TimeSpan.FromSeconds(10));

        foreach (var code in new[] { "kk", "ru", "en" })
        {
            var set = Assert.Single(_app.Api.Commands, c => c.LanguageCode == code && c.Scope.Contains("all_private_chats", StringComparison.Ordinal));
            Assert.Contains(set.Commands, c => c.Command == "start");
            Assert.Contains(set.Commands, c => c.Command == "language");
        }
    }

    [Fact]
    public async Task ManyChatsAtOnce_AreAllAnswered()
    {
        var users = Enumerable.Range(0, 25).Select(i => _app.User(2000 + i, "U" + i, "ru")).ToList();

        await Task.WhenAll(users.Select(u => u.SendText("/start")));

        await Task.WhenAll(users.Select(u => u.NextMessage(TimeSpan.FromSeconds(20))));
    }

    [Fact]
    public async Task ASecondInstance_OnTheSameDatabase_IsRefused()
    {
        var e = Assert.Throws<DatabaseInUseException>(() => new BotDatabase(_app.DatabasePath));
        Assert.Contains("in use by another Senate.Bot process", e.Message, StringComparison.Ordinal);

        var run = await ProgramRunner.Run(new Dictionary<string, string?>
        {
            ["Telegram__BotToken"] = _app.Api.Token,
            ["Telegram__ApiBaseUrl"] = _app.Api.BaseUrl.ToString(),
            ["Storage__DatabasePath"] = _app.DatabasePath,
        });

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("in use by another Senate.Bot process", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAToken_TheProgramExitsWithOneClearLine()
    {
        var run = await ProgramRunner.Run(new Dictionary<string, string?>
        {
            ["Telegram__BotToken"] = string.Empty,
            ["Storage__DatabasePath"] = Path.Combine(_app.Directory, "no-token.db"),
        });

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Telegram__BotToken", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserText_IsStoredExactly_AndDatesInUtc()
    {
        await Task.CompletedTask;
        var path = Path.Combine(_app.Directory, "mapper.db");
        using var database = new BotDatabase(path);
        var store = new ConversationStore(database);
        var record = new ConversationRecord { Id = 5, Flow = "form", State = "AskName", Draft = "  padded  ", Nonce = string.Empty, UpdatedUtc = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc) };

        store.Save(record, wasActive: false);
        var back = store.Load(5);

        Assert.Equal("  padded  ", back.Draft);
        Assert.Equal(string.Empty, back.Nonce);
        Assert.Equal(DateTimeKind.Utc, back.UpdatedUtc.Kind);
        Assert.Equal(record.UpdatedUtc, back.UpdatedUtc);
    }

    private static async Task WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not become true in time.");
            }

            await Task.Delay(25);
        }
    }
}
