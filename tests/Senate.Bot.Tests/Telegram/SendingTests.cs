using Microsoft.Extensions.DependencyInjection;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Tests.Shared;
using Senate.Bot.Tests.Support;

namespace Senate.Bot.Tests.Telegram;

/// <summary>The outbound path against a server that enforces Telegram's limits.</summary>
public sealed class SendingTests
{
    [Fact]
    public async Task ABurstOfReplies_StaysUnderTheServersLimits()
    {
        // The server allows 4/s per chat (burst 4) and 10/s overall (burst 10); the bot is set just under both.
        await using var app = await BotApplication.StartAsync(
            services => services.AddSingleton<Feature>(new SurveyFeature()),
            api =>
            {
                api.PerChatPerSecond = 4;
                api.PerChatBurst = 4;
                api.GlobalPerSecond = 10;
                api.GlobalBurst = 10;
            },
            new Dictionary<string, string?>
            {
                ["Bot:Sending:PerChatPerSecond"] = "3",
                ["Bot:Sending:PerChatBurst"] = "3",
                ["Bot:Sending:GlobalPerSecond"] = "9",
            });
        var users = Enumerable.Range(0, 4).Select(i => app.User(3000 + i, "U" + i, "ru")).ToList();

        foreach (var user in users)
        {
            for (var i = 0; i < 8; i++)
            {
                await user.SendText("/start");
            }
        }

        // Each /start before the language is chosen answers with the language offer: 8 per user, 32 in all,
        // past the server's per-chat burst and its overall burst.
        foreach (var user in users)
        {
            await user.WaitFor(_ => app.Api.Messages(user.Id).Count >= 8, TimeSpan.FromSeconds(20));
        }

        Assert.Equal(0, app.Api.Stats.TooManyRequests);
    }

    [Fact]
    public async Task A429_IsWaitedOutAndTheMessageStillArrives()
    {
        await using var app = await BotApplication.StartAsync();
        var user = app.User(3100, "Aigerim", "ru");
        app.Api.Faults.Next429(1, retryAfterSeconds: 2);
        var started = DateTime.UtcNow;

        await user.SendText("/start");
        var offer = await user.NextMessage(TimeSpan.FromSeconds(15));

        Assert.Contains("Выберите язык", offer.Text, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(1.9));
        Assert.Equal(1, app.Api.Stats.TooManyRequests);
        Assert.Contains(app.Logs.Messages, m => m.Contains("asked to wait 2 s", StringComparison.Ordinal));
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
        app.Api.Faults.Next429(1, retryAfterSeconds: 5);

        await slow.SendText("/start");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (app.Api.Stats.TooManyRequests == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.Equal(1, app.Api.Stats.TooManyRequests);
        Assert.Empty(app.Api.Messages(slow.Id));
        var started = DateTime.UtcNow;
        await fast.SendText("/start");
        await fast.NextMessage(TimeSpan.FromSeconds(10));

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(4));
        await slow.NextMessage(TimeSpan.FromSeconds(15));
    }
}
