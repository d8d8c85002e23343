using Senate.Bot.Storage;
using Senate.Bot.Telegram;
using Senate.Bot.Tests.Support;

namespace Senate.Bot.Tests.Telegram;

/// <summary>What the outbox holds and when, and a sending path that never stops a chat.</summary>
public sealed class DeliveryTests
{
    [Fact]
    public async Task ACallbackAnswer_IsNeverWrittenToTheOutbox()
    {
        await using var app = await BotApplication.StartAsync();
        var user = app.User(9301, "Aigerim", "ru");
        await user.SendText("/start");
        var offer = await user.NextMessage();
        app.Api.Faults.FailMethod("answerCallbackQuery", 3);

        var query = await user.Press(offer, "English");
        await ReceivingTests.Until(() => app.Api.Stats.ServerErrors >= 1);
        var owed = await app.Get<DatabaseWriter>().Run(app.Get<OutboxStore>().Pending);

        // The answer is still being retried from memory; the outbox never had it, so a restart cannot send it twice.
        Assert.DoesNotContain(owed, m => m.Kind == OutboxKind.AnswerCallback);
        Assert.NotNull(await user.WaitForAnswer(query));
    }

    [Fact]
    public async Task AnUpdate_IsConfirmedOnlyOnceItsEffectsAreCommitted()
    {
        await using var app = await BotApplication.StartAsync();
        var user = app.User(9302, "Aigerim", "ru");
        using var gate = new ManualResetEventSlim();
        var writer = app.Get<DatabaseWriter>();
        var held = writer.Run(() => gate.Wait(TimeSpan.FromSeconds(30)));

        await user.SendText("/help");
        await ReceivingTests.Until(() => app.Get<ChatScheduler>().InFlight == 1);
        var confirmedWhileHeld = app.Api.PendingUpdates == 0;
        gate.Set();
        await held;
        await user.NextMessage();
        await ReceivingTests.Until(() => app.Api.PendingUpdates == 0);

        Assert.False(confirmedWhileHeld);
    }

    [Fact]
    public async Task WhenSendingThrowsUnexpectedly_TheEntryIsDropped_AndTheChatsNextMessageStillGoes()
    {
        await using var app = await BotApplication.StartAsync();
        var user = app.User(9303, "Aigerim", "ru");
        var dispatcher = app.Get<OutboxDispatcher>();

        dispatcher.Enqueue(
        [
            new OutboxMessage { ChatId = user.Id, Lane = OutboxLane.Interactive, Text = "file", Attachment = new OutboxAttachment { StoredId = "$outbox/missing", FileName = "gone.csv" } },
            new OutboxMessage { ChatId = user.Id, Lane = OutboxLane.Interactive, Text = "after it" },
        ]);

        Assert.Equal("after it", (await user.NextMessage()).Text);
        Assert.Contains(app.Logs.Messages, m => m.Contains($"Delivering a message to chat {user.Id} failed unexpectedly", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoMoreMessagesGoOut_ThanMayBeSentAgainAfterACrash()
    {
        await using var app = await BotApplication.StartAsync(settings: new Dictionary<string, string?> { ["Bot:Sending:MaxUnrecorded"] = "1" });
        var readers = Enumerable.Range(0, 3).Select(i => app.User(9500 + i, "R" + i, "en")).ToList();
        var dispatcher = app.Get<OutboxDispatcher>();

        // Start-up hands over the previous run's entries in the background; with the writer held it could not.
        await dispatcher.Resume();
        using var gate = new ManualResetEventSlim();
        var held = app.Get<DatabaseWriter>().Run(() => gate.Wait(TimeSpan.FromSeconds(30)));

        // Stored entries (ids as the outbox gives them): the first is sent, but its removal cannot commit yet.
        dispatcher.Enqueue(readers.Select((r, i) => new OutboxMessage { Id = 1_000_000 + i, ChatId = r.Id, Lane = OutboxLane.Interactive, Text = "notice" }));
        await ReceivingTests.Until(() => app.Api.Stats.Requests("sendMessage") >= 1);
        var sentWhileUnrecorded = app.Api.Stats.Requests("sendMessage");
        gate.Set();
        await held;

        Assert.Equal(1, sentWhileUnrecorded);
        foreach (var reader in readers)
        {
            await reader.NextMessage();
        }
    }

    [Fact]
    public async Task ADeliveryEngine_CanWaitForRoomInTheBulkLane()
    {
        await using var app = await BotApplication.StartAsync(settings: new Dictionary<string, string?> { ["Bot:Sending:GlobalPerSecond"] = "5" });
        var readers = Enumerable.Range(0, 6).Select(i => app.User(9400 + i, "R" + i, "en")).ToList();
        var dispatcher = app.Get<OutboxDispatcher>();

        dispatcher.Enqueue(readers.Select(r => new OutboxMessage { ChatId = r.Id, Text = "digest" }));
        var room = dispatcher.WaitForBulkRoom(3);
        var waitedAtFirst = !room.IsCompleted;
        await room.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(waitedAtFirst);
        Assert.True(dispatcher.BulkBacklog < 3);
        Assert.True(readers.Count(r => app.Api.Messages(r.Id).Count > 0) >= 4);
    }
}
