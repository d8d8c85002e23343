using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.ReplyMarkups;

namespace Senate.Bot.Tests.LocalBotApi;

public sealed class LimitsAndFaultsTests
{
    [Fact]
    public async Task PerChatLimit_BurstExceeded_Gets429WithRetryAfter_OtherChatsUnaffected_RefillsWithTime()
    {
        var clock = new FakeTimeProvider();
        await using var api = await LocalBotApiHarness.StartAsync(o => (o.PerChatPerSecond, o.PerChatBurst, o.TimeProvider) = (0.5, 3, clock));
        var user = api.Server.User(1001, "Aigerim", "kk");
        var other = api.Server.User(1002, "Ivan");
        for (var i = 0; i < 3; i++)
        {
            await api.Bot.SendMessage(user.Id, $"burst {i}");
        }

        var limited = await Assert.ThrowsAsync<ApiRequestException>(() => api.Bot.SendMessage(user.Id, "one too many"));
        await api.Bot.SendMessage(other.Id, "another chat is fine");
        clock.Advance(TimeSpan.FromSeconds(2));
        await api.Bot.SendMessage(user.Id, "after waiting");

        Assert.Equal(429, limited.ErrorCode);
        Assert.Equal(2, limited.Parameters?.RetryAfter);
        Assert.Equal("Too Many Requests: retry after 2", limited.Message);
        Assert.Equal(1, api.Server.Stats.TooManyRequests);
        Assert.Equal(1, api.Server.Stats.LimitExceeded);
        Assert.Equal(3, api.Server.Stats.MaxPerChatInAnySecond);
        Assert.Equal(4, api.Server.Messages(user.Id).Count);
    }

    [Fact]
    public async Task GlobalLimit_Exceeded_Gets429()
    {
        var clock = new FakeTimeProvider();
        await using var api = await LocalBotApiHarness.StartAsync(o => (o.GlobalPerSecond, o.GlobalBurst, o.TimeProvider) = (2, 2, clock));
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
        await using var api = await LocalBotApiHarness.StartAsync(o => (o.EnforceLimits, o.PerChatBurst, o.TimeProvider) = (false, 1, new FakeTimeProvider()));
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
        await using var api = await LocalBotApiHarness.StartAsync(o => (o.PerChatBurst, o.TimeProvider) = (1, new FakeTimeProvider()));
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
        var clock = new FakeTimeProvider();
        await using var api = await LocalBotApiHarness.StartAsync(o => o.TimeProvider = clock);
        var user = api.Server.User(1002, "Ivan");
        api.Server.Faults.Delay(TimeSpan.FromMilliseconds(300));

        var slow = api.Bot.SendMessage(user.Id, "slow");
        await UpdatesTests.WaitUntil(() => api.Server.Stats.Requests("sendMessage") == 1);
        var heldBack = !slow.IsCompleted && api.Server.Messages(user.Id).Count == 0;
        while (!slow.IsCompleted)
        {
            // The delay runs on the server's clock: it ends only when that clock has moved 300 ms.
            clock.Advance(TimeSpan.FromMilliseconds(300));
            await Task.WhenAny(slow, Task.Delay(20));
        }

        await slow;
        api.Server.Faults.Delay(TimeSpan.Zero);
        await api.Bot.SendMessage(user.Id, "fast");

        Assert.True(heldBack);
        Assert.Equal(2, api.Server.Messages(user.Id).Count);
    }
}
