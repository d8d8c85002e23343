using System.Text;
using System.Text.Json;
using Senate.Bot.Deliveries;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Staff;
using Senate.Bot.Domain.Deliveries;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Storage;
using Senate.Bot.Tests.Support;
using Senate.Bot.Tests.Telegram;

namespace Senate.Bot.Tests.Broadcasts;

/// <summary>
/// A broadcast's delivery through the local Bot API: people who blocked the bot skipped and marked, a 429 obeyed by the
/// bulk lane while replies keep flowing, pause, resume and cancel from the progress message, a restart in the middle
/// (nobody missed), and a recall deleting every message an album left.
/// </summary>
public sealed class BroadcastDeliveryTests
{
    [Fact]
    public async Task SomeoneWhoBlockedTheBot_IsMarked_ReportedInTheFile_AndNotCountedAgain()
    {
        await using var app = await BotApplication.StartAsync();
        var readers = await BroadcastSteps.People(app, 8901, 4, regionId: "atyrau");
        app.Api.Faults.Block(readers[1].Id);
        var editor = await app.ReadyUser(BotApplication.AdminId);

        await BroadcastSteps.Send(editor, await ToAtyrau(editor, "Первое объявление."));
        var report = await BroadcastSteps.Eventually(editor, "✅ Рассылка №1 завершена");

        Assert.Equal(BotMessageKind.Document, report.Kind);
        Assert.Contains("заблокировали бота: 1", report.Text, StringComparison.Ordinal);
        Assert.Contains(readers[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Encoding.UTF8.GetString(report.FileBytes!), StringComparison.Ordinal);
        Assert.NotNull((await app.Get<DatabaseWriter>().Run(() => app.Get<UserStore>().Get(readers[1].Id)))!.BlockedBotUtc);
        Assert.All(readers.Where((_, i) => i != 1), r => Assert.Single(BroadcastSteps.Got(app, r, "Первое объявление.")));

        var hub = await BroadcastSteps.ToAudience(editor, false, () => editor.SendText("Второе объявление."));
        hub = await BroadcastSteps.Narrow(editor, hub, "Регионы", "Атырау");
        Assert.Contains("Получателей: 3", hub.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A429_PausesTheBulkLaneForItsRetryAfter_WhileAUsersReplyStillComesAtOnce()
    {
        await using var app = await BotApplication.StartAsync();
        var readers = await BroadcastSteps.People(app, 8701, 20, regionId: "atyrau");
        var asking = await app.ReadyUser(8799);
        var editor = await app.ReadyUser(BotApplication.AdminId);
        var review = await ToAtyrau(editor, "Объявление под ограничением.");
        app.Api.Faults.Next429(1, 3, chat => readers.Any(r => r.Id == chat));

        await BroadcastSteps.Send(editor, review);
        await ReceivingTests.Until(() => app.Api.Stats.TooManyRequests >= 1);
        var limited = app.Api.Stats.Calls.First(c => c.Status == 429);
        await asking.SendText("/help");
        await asking.NextMessage();
        var reply = app.Api.Stats.Calls.Last(c => c.ChatId == asking.Id && c.Status == 200);
        await BroadcastSteps.Eventually(editor, "✅ Рассылка №1 завершена");

        Assert.True(reply.At < limited.At.AddSeconds(3), $"The reply came {(reply.At - limited.At).TotalSeconds:0.00} s after the 429.");
        var duringPause = app.Api.Stats.Calls.Where(c => readers.Any(r => r.Id == c.ChatId) && c.At > limited.At.AddSeconds(0.2) && c.At < limited.At.AddSeconds(3)).ToList();
        Assert.Empty(duringPause);
        Assert.All(readers, r => Assert.Single(BroadcastSteps.Got(app, r, "Объявление под ограничением.")));
    }

    [Fact]
    public async Task PauseStopsHandingItOver_ResumeFinishesIt_AndNobodyGetsItTwice()
    {
        await using var app = await BotApplication.StartAsync(settings: new Dictionary<string, string?> { ["Bot:Sending:GlobalPerSecond"] = "5" });
        var readers = await BroadcastSteps.People(app, 8601, 30, regionId: "atyrau");
        var editor = await app.ReadyUser(BotApplication.AdminId);
        var progress = await BroadcastSteps.Send(editor, await ToAtyrau(editor, "Пауза и продолжение."));
        await ReceivingTests.Until(() => Received(app, readers) >= 3 && editor.Transcript.Any(m => m.MessageId == progress.MessageId && m.HasButton("Пауза")));

        var toast = await editor.WaitForAnswer(await editor.Press(progress, "Пауза"));
        var paused = await BroadcastSteps.Until(app, 1, d => d.Status == DeliveryStatus.Paused && d.Done == d.Queued);
        await BroadcastSteps.Eventually(editor, "📣 Рассылка №1 · ⏸ на паузе");

        Assert.Contains("Пауза", toast.Text, StringComparison.Ordinal);
        Assert.Equal(paused.Sent, Received(app, readers));
        Assert.True(paused.Sent < readers.Count, $"All {paused.Sent} were sent before the pause took effect.");
        await editor.WaitForAnswer(await editor.Press(progress, "Продолжить"));
        await BroadcastSteps.Until(app, 1, d => d.Status == DeliveryStatus.Completed);
        Assert.All(readers, r => Assert.Single(BroadcastSteps.Got(app, r, "Пауза и продолжение.")));
    }

    [Fact]
    public async Task Cancel_StopsIt_ThoseWhoGotItKeepIt_AndTheReportSaysHowMany()
    {
        await using var app = await BotApplication.StartAsync(settings: new Dictionary<string, string?> { ["Bot:Sending:GlobalPerSecond"] = "5" });
        var readers = await BroadcastSteps.People(app, 8651, 30, regionId: "atyrau");
        var editor = await app.ReadyUser(BotApplication.AdminId);
        var progress = await BroadcastSteps.Send(editor, await ToAtyrau(editor, "Отменённое объявление."));
        await ReceivingTests.Until(() => Received(app, readers) >= 3 && editor.Transcript.Any(m => m.MessageId == progress.MessageId && m.HasButton("Отменить рассылку")));

        await editor.Press(progress, "Отменить рассылку");
        var ask = await editor.WaitFor(m => m.MessageId == progress.MessageId && m.HasButton("Да, отменить"));
        await editor.WaitForAnswer(await editor.Press(ask, "Да, отменить"));
        var cancelled = await BroadcastSteps.Until(app, 1, d => d.Status == DeliveryStatus.Cancelled && d.Reported);
        var report = await BroadcastSteps.Eventually(editor, "❌ Рассылка №1 отменена");

        Assert.Equal(cancelled.Sent, Received(app, readers));
        Assert.True(cancelled.Sent < readers.Count);
        Assert.Contains($"Отправлено до отмены: {cancelled.Sent}", report.Text, StringComparison.Ordinal);
        Assert.All(readers, r => Assert.True(BroadcastSteps.Got(app, r, "Отменённое объявление.").Count <= 1));
    }

    [Fact]
    public async Task TheHostStoppedAndStartedInTheMiddle_FinishesTheBroadcast_WithNobodyMissed()
    {
        await using var app = await BotApplication.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Bot:Sending:GlobalPerSecond"] = "5",
            ["Bot:Sending:MaxUnrecorded"] = "4",
        });
        var readers = await BroadcastSteps.People(app, 8551, 30, regionId: "atyrau");
        var editor = await app.ReadyUser(BotApplication.AdminId);
        await BroadcastSteps.Send(editor, await ToAtyrau(editor, "Объявление через перезапуск."));
        await ReceivingTests.Until(() => Received(app, readers) >= 8);

        await app.RestartAsync();
        var done = await BroadcastSteps.Until(app, 1, d => d.Status == DeliveryStatus.Completed);
        await BroadcastSteps.Eventually(editor, "✅ Рассылка №1 завершена");

        Assert.Equal(30, done.Sent);
        Assert.All(readers, r => Assert.NotEmpty(BroadcastSteps.Got(app, r, "Объявление через перезапуск.")));
        var again = readers.Sum(r => BroadcastSteps.Got(app, r, "Объявление через перезапуск.").Count - 1);
        Assert.True(again <= 4, $"{again} people got it twice; at most the 4 sends that may be unrecorded at a stop.");
    }

    [Fact]
    public async Task Recall_DeletesEveryMessageItSent_AnAlbumsToo()
    {
        await using var app = await BotApplication.StartAsync();
        var readers = await BroadcastSteps.People(app, 8801, 3, regionId: "atyrau");
        var editor = await app.ReadyUser(BotApplication.AdminId);
        var hub = await BroadcastSteps.ToAudience(editor, false, async () =>
        {
            await editor.SendAlbum([("a.jpg", ConcernSteps.Jpeg), ("b.jpg", ConcernSteps.Jpeg)], "Альбом, который отзовут");
            await editor.Press(await editor.WaitFor(m => m.HasButton("Продолжить")), "Продолжить");
        });
        var progress = await BroadcastSteps.Send(editor, await BroadcastSteps.ToReview(editor, await BroadcastSteps.Narrow(editor, hub, "Регионы", "Атырау")));
        await BroadcastSteps.Eventually(editor, "✅ Рассылка №1 завершена");
        await ReceivingTests.Until(() => editor.Transcript.Any(m => m.MessageId == progress.MessageId && m.HasButton("Отозвать")));

        await editor.Press(progress, "Отозвать");
        await editor.Press(await editor.WaitFor(m => m.MessageId == progress.MessageId && m.HasButton("Да, отозвать")), "Да, отозвать");
        var report = await BroadcastSteps.Eventually(editor, "↩️ Рассылка №1 отозвана");

        Assert.Contains("удалена из 3 чатов", report.Text, StringComparison.Ordinal);
        Assert.All(readers, r => Assert.All(app.Api.Messages(r.Id), m => Assert.True(m.Deleted)));
        Assert.All(readers, r => Assert.Equal(2, app.Api.Messages(r.Id).Count));
        await BroadcastSteps.Eventually(editor, "📣 Рассылка №1 · ↩️ отозвана");
    }

    [Fact]
    public async Task Broadcasts_ListsItWithItsAudienceCountsAndEditor_MyDataShowsIt_AndForgetErasesTheRecord()
    {
        await using var app = await BotApplication.StartAsync();
        var readers = await BroadcastSteps.People(app, 8951, 3, regionId: "atyrau");
        app.Api.Faults.Block(readers[2].Id);
        var editor = await app.ReadyUser(BotApplication.AdminId);
        await BroadcastSteps.Send(editor, await ToAtyrau(editor, "Объявление для списка."));
        await BroadcastSteps.Eventually(editor, "✅ Рассылка №1 завершена");

        await editor.SendText("/broadcasts");
        var list = await editor.WaitFor(m => m.Text?.StartsWith("📋 Объявления", StringComparison.Ordinal) == true);
        Assert.Contains("№1", list.Text, StringComparison.Ordinal);
        Assert.Contains("Атырауская область", list.Text, StringComparison.Ordinal);
        Assert.Contains("доставлено 2 из 3", list.Text, StringComparison.Ordinal);
        Assert.Contains("заблокировали бота 1", list.Text, StringComparison.Ordinal);
        Assert.Contains(editor.FirstName, list.Text, StringComparison.Ordinal);
        await editor.Press(list, "№1 ·");
        var card = await editor.WaitFor(m => m.MessageId == list.MessageId && m.Text?.StartsWith("📣 Рассылка №1", StringComparison.Ordinal) == true);
        Assert.True(card.HasButton("Отозвать"));
        var audit = await app.Get<DatabaseWriter>().Run(() => app.Get<AuditStore>().Find(new AuditFilter(), 0, 10));
        Assert.Contains(audit, e => e.Action == AuditAction.BroadcastSent && e.Subject == "broadcast 1" && e.ActorId == BotApplication.AdminId);

        var reader = readers[0];
        await reader.SendText("/mydata");
        var file = await reader.WaitFor(m => m.Kind == BotMessageKind.Document);
        using (var json = JsonDocument.Parse(file.DocumentBytes!))
        {
            var received = Assert.Single(json.RootElement.GetProperty("deliveries").EnumerateArray());
            Assert.Equal("Broadcast 1", received.GetProperty("delivery").GetString());
            Assert.Equal("Sent", received.GetProperty("result").GetString());
        }

        await reader.SendText("/forget");
        await reader.Press(await reader.WaitFor(m => m.HasButton("🗑 Да, удалить мои данные")), "🗑 Да, удалить мои данные");
        await reader.WaitFor(m => m.Text?.StartsWith("Ваши данные удалены", StringComparison.Ordinal) == true);
        Assert.Empty(await app.Get<DatabaseWriter>().Run(() => app.Get<DeliveryStore>().OfUser(reader.Id)));
        Assert.Single(await app.Get<DatabaseWriter>().Run(() => app.Get<DeliveryStore>().OfUser(readers[1].Id)));
    }

    [Fact]
    public async Task AScheduledBroadcastCancelledBeforeItsTime_SendsNothing_AndCountsTheWholeAudienceAsNotSent()
    {
        await using var app = await BotApplication.StartAsync();
        var readers = await BroadcastSteps.People(app, 8971, 3, regionId: "atyrau");
        var editor = await app.ReadyUser(BotApplication.AdminId);
        var hub = await BroadcastSteps.ToAudience(editor, false, () => editor.SendText("Объявление на завтра."));
        hub = await BroadcastSteps.Narrow(editor, hub, "Регионы", "Атырау");
        await editor.Press(hub, "Готово —");
        await editor.Press(await editor.WaitFor(m => m.HasButton("В заданное время") && m.MessageId > hub.MessageId), "В заданное время");
        var astana = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddDays(1), TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty"));
        await editor.SendText("завтра утром");
        await editor.WaitFor(m => m.Text?.Contains("Не удалось разобрать. Напишите так:", StringComparison.Ordinal) == true);
        await editor.SendText(astana.AddDays(-2).ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await editor.WaitFor(m => m.Text?.Contains("Это время уже прошло", StringComparison.Ordinal) == true);
        await editor.SendText(astana.ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await editor.Press(await editor.WaitFor(m => m.HasButton("Не закреплять")), "Не закреплять");
        var review = await editor.WaitFor(m => m.HasButton("🗓 Запланировать"));
        await editor.Press(review, "🗓 Запланировать");
        var card = await editor.WaitFor(m => m.MessageId > review.MessageId && m.Text?.StartsWith("📣 Рассылка №1 · 🗓 запланирована", StringComparison.Ordinal) == true);
        Assert.Contains("Атырауская область — 3", card.Text, StringComparison.Ordinal);

        await editor.Press(card, "Отменить рассылку");
        var ask = await editor.WaitFor(m => m.MessageId == card.MessageId && m.HasButton("Да, отменить"));
        Assert.Contains("3 чел.", ask.Text, StringComparison.Ordinal);
        await editor.Press(ask, "Да, отменить");
        var report = await BroadcastSteps.Eventually(editor, "❌ Рассылка №1 отменена");
        var cancelled = await BroadcastSteps.Eventually(editor, "📣 Рассылка №1 · ❌ отменена");

        Assert.Contains("не отправлено: 3", report.Text, StringComparison.Ordinal);
        Assert.Contains("Атырауская область — 3", cancelled.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Осталось", cancelled.Text, StringComparison.Ordinal);
        Assert.All(readers, r => Assert.Empty(app.Api.Messages(r.Id)));
        await editor.SendText("/broadcasts");
        var list = await editor.WaitFor(m => m.Text?.StartsWith("📋 Объявления", StringComparison.Ordinal) == true);
        Assert.Contains("доставлено 0 из 3", list.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransientFailures_AreRetried_ThenCountedAsFailed_AndListedInTheFile()
    {
        await using var app = await BotApplication.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Bot:Sending:MaxAttempts"] = "2",
            ["Bot:Sending:RetryDelay"] = "00:00:00.050",
        });
        var readers = await BroadcastSteps.People(app, 8981, 3, regionId: "atyrau");
        var editor = await app.ReadyUser(BotApplication.AdminId);
        var hub = await BroadcastSteps.ToAudience(editor, false, () => editor.SendPhoto(ConcernSteps.Jpeg, "Фото, которое не дойдёт"));
        var review = await BroadcastSteps.ToReview(editor, await BroadcastSteps.Narrow(editor, hub, "Регионы", "Атырау"));
        // Every reader's photo meets a 502, each attempt (the editor's own messages are texts and go).
        app.Api.Faults.FailMethod("sendPhoto", 6);

        await BroadcastSteps.Send(editor, review);
        var report = await BroadcastSteps.Eventually(editor, "✅ Рассылка №1 завершена");

        Assert.Contains("не доставлено: 3", report.Text, StringComparison.Ordinal);
        var csv = Encoding.UTF8.GetString(report.FileBytes!);
        Assert.All(readers, r => Assert.Contains(r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), csv, StringComparison.Ordinal));
        // The editor's preview, then two attempts for each reader.
        Assert.Equal(1 + 6, app.Api.Stats.Requests("sendPhoto"));
        Assert.All(readers, r => Assert.Empty(app.Api.Messages(r.Id)));
    }

    private static int Received(BotApplication app, IEnumerable<LocalUser> readers) => readers.Count(r => app.Api.Messages(r.Id).Count > 0);

    /// <summary>A text for everyone in Atyrau region, up to the review.</summary>
    private static async Task<BotMessage> ToAtyrau(LocalUser editor, string text)
    {
        var hub = await BroadcastSteps.ToAudience(editor, false, () => editor.SendText(text));
        return await BroadcastSteps.ToReview(editor, await BroadcastSteps.Narrow(editor, hub, "Регионы", "Атырау"));
    }
}
