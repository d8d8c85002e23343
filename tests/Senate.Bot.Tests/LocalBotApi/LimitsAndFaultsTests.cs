using System.Diagnostics;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.ReplyMarkups;

namespace Senate.Bot.Tests.LocalBotApi;

public sealed class LimitsAndFaultsTests
{
    [Fact]
    public async Task PerChatLimit_BurstExceeded_Gets429WithRetryAfter_OtherChatsUnaffected()
    {
        await using var api = await LocalBotApiHarness.StartAsync(o => (o.PerChatPerSecond, o.PerChatBurst) = (1, 3));
        var user = api.Server.User(1001, "Aigerim", "kk");
        var other = api.Server.User(1002, "Ivan");
        for (var i = 0; i < 3; i++)
        {
            await api.Bot.SendMessage(user.Id, $"burst {i}");
        }

        var limited = await Assert.ThrowsAsync<ApiRequestException>(() => api.Bot.SendMessage(user.Id, "one too many"));
        await api.Bot.SendMessage(other.Id, "another chat is fine");

        Assert.Equal(429, limited.ErrorCode);
        Assert.NotNull(limited.Parameters?.RetryAfter);
        Assert.InRange(limited.Parameters!.RetryAfter!.Value, 1, 2);
        Assert.Equal(1, api.Server.Stats.TooManyRequests);
        Assert.Equal(1, api.Server.Stats.LimitExceeded);
        Assert.Equal(3, api.Server.Stats.MaxPerChatInAnySecond);
        Assert.Equal(3, api.Server.Messages(user.Id).Count);
    }

    [Fact]
    public async Task GlobalLimit_Exceeded_Gets429()
    {
        await using var api = await LocalBotApiHarness.StartAsync(o => (o.GlobalPerSecond, o.GlobalBurst) = (2, 2));
        var users = Enumerable.Range(1, 3).Select(i => api.Server.User(2000 + i, $"U{i}")).ToList();

        await api.Bot.SendMessage(users[0].Id, "1");
        await api.Bot.SendMessage(users[1].Id, "2");
        var limited = await Assert.ThrowsAsync<ApiRequestException>(() => api.Bot.SendMessage(users[2].Id, "3"));

        Assert.Equal(429, limited.ErrorCode);
        Assert.Equal(2, api.Server.Stats.MaxGlobalInAnySecond);
    }

    [Fact]
    public async Task LimitsNotEnforced_CallsSucceedButAreCounted()
    {
        await using var api = await LocalBotApiHarness.StartAsync(o => (o.EnforceLimits, o.PerChatBurst) = (false, 1));
        var user = api.Server.User(1001, "Aigerim", "kk");

        await api.Bot.SendMessage(user.Id, "1");
        await api.Bot.SendMessage(user.Id, "2");

        Assert.Equal(1, api.Server.Stats.LimitExceeded);
        Assert.Equal(0, api.Server.Stats.TooManyRequests);
        Assert.Equal(2, api.Server.Stats.SentTo(user.Id));
    }

    [Fact]
    public async Task AnswerCallbackQueryAndGetUpdates_AreNotCountedAgainstSendingLimits()
    {
        await using var api = await LocalBotApiHarness.StartAsync(o => o.PerChatBurst = 1);
        var user = api.Server.User(1001, "Aigerim", "kk");
        var sent = await api.Bot.SendMessage(user.Id, "1", replyMarkup: new InlineKeyboardMarkup(
            InlineKeyboardButton.WithCallbackData("x", "x")));

        var queries = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            queries.Add(await user.PressData(sent.Id, "x"));
        }

        foreach (var query in queries)
        {
            await api.Bot.AnswerCallbackQuery(query);
        }

        await api.Poll();

        Assert.Equal(0, api.Server.Stats.LimitExceeded);
        Assert.Equal(3, api.Server.Stats.Requests("answerCallbackQuery"));
    }

    [Fact]
    public async Task Next429_InjectsTooManyRequestsForTheNextSendingCalls()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1001, "Aigerim", "kk");
        api.Server.Faults.Next429(1, 7);

        var injected = await Assert.ThrowsAsync<ApiRequestException>(() => api.Bot.SendMessage(user.Id, "1"));
        await api.Bot.SendMessage(user.Id, "2");

        Assert.Equal(429, injected.ErrorCode);
        Assert.Equal(7, injected.Parameters!.RetryAfter);
        Assert.Equal("Too Many Requests: retry after 7", injected.Message);
    }

    [Fact]
    public async Task Block_Gets403UntilUnblocked()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1003, "John", "en");
        api.Server.Faults.Block(user.Id);

        var blocked = await Assert.ThrowsAsync<ApiRequestException>(() => api.Bot.SendMessage(user.Id, "hello"));
        api.Server.Faults.Unblock(user.Id);
        await api.Bot.SendMessage(user.Id, "welcome back");

        Assert.Equal(403, blocked.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", blocked.Message);
        Assert.Equal(1, api.Server.Stats.Forbidden);
    }

    [Fact]
    public async Task Next5xx_FailsTheNextSendingCallsWithTheStatus()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1002, "Ivan");
        api.Server.Faults.Next5xx(1, 503);

        var failed = await Assert.ThrowsAsync<ApiRequestException>(() => api.Bot.SendMessage(user.Id, "1"));
        await api.Bot.SendMessage(user.Id, "2");

        Assert.Equal(503, failed.ErrorCode);
        Assert.Equal(1, api.Server.Stats.ServerErrors);
        Assert.Single(api.Server.Messages(user.Id));
    }

    [Fact]
    public async Task NextNetworkError_DropsTheConnection()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1002, "Ivan");
        api.Server.Faults.NextNetworkError(1);

        await Assert.ThrowsAsync<RequestException>(() => api.Bot.SendMessage(user.Id, "1"));
        await api.Bot.SendMessage(user.Id, "2");

        Assert.Equal("2", Assert.Single(api.Server.Messages(user.Id)).Text);
    }

    [Fact]
    public async Task Delay_SlowsSendingCallsWhileSet()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1002, "Ivan");
        api.Server.Faults.Delay(TimeSpan.FromMilliseconds(300));

        var watch = Stopwatch.StartNew();
        await api.Bot.SendMessage(user.Id, "slow");
        var slow = watch.Elapsed;
        api.Server.Faults.Delay(TimeSpan.Zero);
        await api.Bot.GetMe();

        Assert.True(slow >= TimeSpan.FromMilliseconds(280), $"took {slow}");
    }
}
