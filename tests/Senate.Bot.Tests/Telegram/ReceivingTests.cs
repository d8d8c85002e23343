using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Senate.Bot.Storage;
using Senate.Bot.Tests.Support;

namespace Senate.Bot.Tests.Telegram;

/// <summary>Receiving under faults: updates nobody can decode, Telegram restarting its ids, a database that fails.</summary>
public sealed class ReceivingTests
{
    private const string FutureForward =
        """{"message_id":1,"date":1764590000,"chat":{"id":8001,"type":"private","first_name":"Aigerim"},"from":{"id":8001,"is_bot":false,"first_name":"Aigerim"},"text":"fwd","forward_origin":{"type":"time_traveller","date":1764590000}}""";

    [Fact]
    public async Task AnUpdateThatCannotBeDecoded_IsLoggedOnceKeptAndConfirmed_AndTheUpdatesAfterItAreAnswered()
    {
        await using var app = await BotApplication.StartAsync();
        var user = app.User(8001, "Aigerim", "ru");

        var bad = app.Api.PostRawUpdate("message", FutureForward);
        await user.SendText("/start");

        Assert.Contains("Выберите язык", (await user.NextMessage()).Text, StringComparison.Ordinal);
        await Until(() => app.Api.PendingUpdates == 0);
        Assert.Single(app.Logs.Messages, m => m.Contains($"Update {bad} (message) cannot be decoded", StringComparison.Ordinal));
        var kept = Assert.Single(await app.Get<DatabaseWriter>().Run(app.Get<RejectedUpdateStore>().All));
        Assert.Equal(bad, kept.UpdateId);
        Assert.Equal("message", kept.Kind);
        Assert.Contains("time_traveller", kept.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterTelegramRestartsItsIds_AChatThatWroteBefore_IsAnsweredAgain_AndTheOffsetFollows()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var app = await BotApplication.StartAsync(services => services.AddSingleton<TimeProvider>(time));
        var user = await app.ReadyUser(8101);
        for (var i = 0; i < 5; i++)
        {
            await user.SendText("/help");
            await user.NextMessage();
        }

        await Until(() => app.Api.PendingUpdates == 0);

        // A week without updates: Telegram may then start again from a lower id.
        time.Advance(TimeSpan.FromDays(8));
        app.Api.RestartUpdateIds(1);
        var restarted = await user.SendText("/help");
        var newcomer = app.User(8102, "Ivan", "ru");
        await newcomer.SendText("/help");

        Assert.True(restarted < 5, "The local server restarted its ids.");
        Assert.StartsWith("Бот работает", (await user.NextMessage()).Text, StringComparison.Ordinal);
        await newcomer.NextMessage();
        await Until(() => app.Api.PendingUpdates == 0);
    }

    [Fact]
    public async Task ALowerIdSoonAfter_IsARedelivery_AndHasNoSecondEffect()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var app = await BotApplication.StartAsync(services => services.AddSingleton<TimeProvider>(time));
        var user = app.User(8201, "Aigerim", "ru");
        var first = await user.SendText("/help");
        await user.NextMessage();
        await user.SendText("/help");
        await user.NextMessage();
        await Until(() => app.Api.PendingUpdates == 0);

        // A day later (within the window Telegram keeps updates) the first comes back.
        time.Advance(TimeSpan.FromDays(1));
        app.Api.Redeliver(first);
        await user.SendText("/language");
        await user.WaitFor(m => m.HasButton("English"));

        Assert.Equal(3, app.Api.Messages(user.Id).Count);
    }

    [Fact]
    public async Task WhenEveryWriteFails_HandlingAndTheApologyBoth_TheUpdateIsGivenUpConfirmedAndTheBotStillStops()
    {
        await using var app = await BotApplication.StartAsync();
        var user = app.User(8301, "Aigerim", "ru");
        await user.SendText("/help");
        await user.NextMessage();
        await Until(() => app.Api.PendingUpdates == 0);

        // The disk goes: every unit of work fails from now on, the apology's too.
        app.Get<BotDatabase>().Database.Dispose();
        var lost = await user.SendText("/help");

        await Until(() => app.Api.PendingUpdates == 0, TimeSpan.FromSeconds(30));
        Assert.Contains(app.Logs.Messages, m => m.Contains($"Update {lost} of chat {user.Id} failed 3 times", StringComparison.Ordinal));
        await app.StopHostAsync();
    }

    internal static async Task Until(Func<bool> condition, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (!condition())
        {
            await Task.Delay(10, cts.Token);
        }
    }
}
