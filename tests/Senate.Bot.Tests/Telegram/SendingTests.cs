using Microsoft.Extensions.DependencyInjection;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Storage;
using Senate.Bot.Tests.Shared;
using Senate.Bot.Tests.Support;
using Senate.Bot.Workers;

namespace Senate.Bot.Tests.Telegram;

/// <summary>The outbound path against a server that enforces Telegram's limits.</summary>
public sealed class SendingTests
{
    [Fact]
    public async Task ABurstOfReplies_StaysUnderTheServersPerChatLimit()
    {
        // The server allows 4/s per chat (burst 4); the bot is set just under it.
        await using var app = await BotApplication.StartAsync(
            services => services.AddSingleton<Feature>(new SurveyFeature()),
            api =>
            {
                api.PerChatPerSecond = 4;
                api.PerChatBurst = 4;
            },
            new Dictionary<string, string?>
            {
                ["Bot:Sending:PerChatPerSecond"] = "3",
                ["Bot:Sending:PerChatBurst"] = "3",
            });
        var users = Enumerable.Range(0, 4).Select(i => app.User(3000 + i, "U" + i, "ru")).ToList();

        foreach (var user in users)
        {
            for (var i = 0; i < 8; i++)
            {
                await user.SendText("/start");
            }
        }

        // Each /start before the language is chosen answers with the language offer: 8 per user, past the burst.
        foreach (var user in users)
        {
            await user.WaitFor(_ => app.Api.Messages(user.Id).Count >= 8, TimeSpan.FromSeconds(20));
        }

        Assert.Equal(0, app.Api.Stats.TooManyRequests);
    }

    [Fact]
    public async Task BulkMessages_StayUnderTheServersOverallLimit()
    {
        // The server allows 10/s overall (burst 10); the bot's bulk budget is just under it.
        var notices = new Notices();
        await using var app = await BotApplication.StartAsync(
            notices.Register,
            api =>
            {
                api.GlobalPerSecond = 10;
                api.GlobalBurst = 10;
            },
            new Dictionary<string, string?> { ["Bot:Sending:GlobalPerSecond"] = "9" });
        var readers = Enumerable.Range(0, 30).Select(i => app.User(3500 + i, "R" + i, "en")).ToList();

        await notices.StartedIn(app);
        notices.Queue(readers.Select(r => r.Id));
        await app.Get<JobRunner>().RunNow(Notices.JobName);

        foreach (var reader in readers)
        {
            await reader.NextMessage(TimeSpan.FromSeconds(20));
        }

        Assert.Equal(0, app.Api.Stats.TooManyRequests);
    }

    [Fact]
    public async Task ABulkBacklog_DoesNotHoldUpReplies()
    {
        var notices = new Notices();
        await using var app = await BotApplication.StartAsync(notices.Register, settings: new Dictionary<string, string?> { ["Bot:Sending:GlobalPerSecond"] = "1" });
        var readers = Enumerable.Range(0, 30).Select(i => app.User(3600 + i, "R" + i, "en")).ToList();
        await notices.StartedIn(app);
        notices.Queue(readers.Select(r => r.Id));
        await app.Get<JobRunner>().RunNow(Notices.JobName);
        var user = app.User(3650, "Aigerim", "ru");

        await user.SendText("/start");
        await user.NextMessage();

        // At 1/s the thirty notices take half a minute; the reply did not queue behind them.
        Assert.True(readers.Count(r => app.Api.Messages(r.Id).Count > 0) < readers.Count);
    }

    [Fact]
    public async Task ABulk429_PausesTheBulkLane_NotTheReplies()
    {
        var notices = new Notices();
        await using var app = await BotApplication.StartAsync(notices.Register);
        var first = app.User(3700, "First", "en");
        var second = app.User(3701, "Second", "en");
        app.Api.Faults.Next429(1, retryAfterSeconds: 60);

        await notices.StartedIn(app);
        notices.Queue([first.Id]);
        await app.Get<JobRunner>().RunNow(Notices.JobName);
        await ReceivingTests.Until(() => app.Logs.Messages.Any(m => m.Contains("asked to wait 60 s", StringComparison.Ordinal)));
        await notices.StartedIn(app);
        notices.Queue([second.Id]);
        await app.Get<JobRunner>().RunNow(Notices.JobName);
        var user = app.User(3750, "Aigerim", "ru");
        await user.SendText("/start");
        await user.NextMessage();

        Assert.Empty(app.Api.Messages(first.Id));
        Assert.Empty(app.Api.Messages(second.Id));
    }

    [Fact]
    public async Task AnEditThatTelegramRefuses_IsSentAsANewMessage()
    {
        await using var app = await BotApplication.StartAsync();
        var user = app.User(3400, "Aigerim", "ru");
        await user.SendText("/start");
        await user.NextMessage();
        var sender = app.Get<Senate.Bot.Telegram.OutboundSender>();

        var (outcome, messageId) = await sender.Send(
            new Senate.Bot.Storage.OutboxMessage { ChatId = user.Id, Text = "<b>Новый</b> текст", EditMessageId = 424242 },
            _ => null,
            CancellationToken.None);

        Assert.Equal(Senate.Bot.Telegram.SendOutcome.Sent, outcome);
        Assert.Equal("Новый текст", (await user.NextMessage()).Text);
        Assert.NotEqual(424242, messageId);
    }

    [Fact]
    public async Task AReplyStillOwedWhenTheBotStops_IsSentOnceAfterTheRestart()
    {
        await using var app = await BotApplication.StartAsync();
        var user = await app.ReadyUser(3300);
        var shown = app.Api.Messages(user.Id).Count;
        app.Api.Faults.Next429(1, retryAfterSeconds: 600, forChats: chat => chat == user.Id);

        await user.SendText("/help");
        await ReceivingTests.Until(() => app.Api.Stats.TooManyRequests == 1);
        var owed = await app.Get<DatabaseWriter>().Run(app.Get<OutboxStore>().Pending);
        await app.RestartAsync();
        var reply = await user.NextMessage(TimeSpan.FromSeconds(15));
        await app.Get<Senate.Bot.Telegram.OutboxDispatcher>().WaitIdle(TimeSpan.FromSeconds(10));

        // The reply waited in the outbox's pages (a reply to the user's own update), and went once, after the restart.
        Assert.Equal(OutboxLane.Interactive, Assert.Single(owed).Lane);
        Assert.Equal(0, await app.Get<DatabaseWriter>().Run(() => app.Get<BotDatabase>().Database.GetCollection("outbox").Count()));
        Assert.False(string.IsNullOrEmpty(reply.Text));
        Assert.Equal(shown + 1, app.Api.Messages(user.Id).Count);
        Assert.Empty(await app.Get<DatabaseWriter>().Run(app.Get<OutboxStore>().Pending));
    }

    [Fact]
    public async Task ATransientServerError_IsRetried()
    {
        await using var app = await BotApplication.StartAsync();
        var user = app.User(3200, "Aigerim", "ru");
        app.Api.Faults.Next5xx(2);

        await user.SendText("/start");

        Assert.Contains("Выберите язык", (await user.NextMessage(TimeSpan.FromSeconds(15))).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChatWaitingOutA429_DoesNotHoldUpOtherChats()
    {
        await using var app = await BotApplication.StartAsync();
        var slow = app.User(3300, "Slow", "ru");
        var fast = app.User(3301, "Fast", "ru");
        app.Api.Faults.Next429(1, retryAfterSeconds: 60);

        await slow.SendText("/start");
        await ReceivingTests.Until(() => app.Api.Stats.TooManyRequests == 1);
        await fast.SendText("/start");
        await fast.NextMessage();

        // The slow chat waits a minute; the other chat's reply did not wait with it.
        Assert.Empty(app.Api.Messages(slow.Id));
    }
}
