using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Youth;
using Senate.Bot.Staff;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Storage;
using Senate.Bot.Tests.Support;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Senate.Bot.Tests.Broadcasts;

/// <summary>
/// An editor's announcements end to end through the local Bot API: composing in two languages or with a photo, an
/// audience by region, programme and event with its exact count, the preview and a test copy, sending; everyone gets
/// one copy in their language; pinning; non-editors refused.
/// </summary>
public sealed class BroadcastFlowTests : IAsyncLifetime
{
    private BotApplication _app = null!;

    public async Task InitializeAsync() => _app = await BotApplication.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task TwoVersions_ToARegion_ArePreviewedCountedTestedAndSent_EachReaderGetsOneCopyInTheirLanguage()
    {
        var kazakh = await BroadcastSteps.People(_app, 8201, 3, Language.Kk, "atyrau");
        var russian = await BroadcastSteps.People(_app, 8211, 2, Language.Ru, "atyrau");
        var english = await BroadcastSteps.People(_app, 8221, 1, Language.En, "atyrau");
        var elsewhere = await BroadcastSteps.People(_app, 8231, 2, Language.Ru, "astana");
        var blocked = await BroadcastSteps.People(_app, 8241, 1, Language.Ru, "atyrau");
        await _app.Get<DatabaseWriter>().Run(() => _app.Get<UserStore>().MarkBlocked(blocked[0].Id, DateTime.UtcNow));
        var editor = await _app.ReadyUser(BotApplication.AdminId);

        var hub = await BroadcastSteps.ToAudience(editor, perLanguage: true, async () =>
        {
            await editor.SendFormatted("Завтра приём граждан в Атырау.", new MessageEntity { Type = MessageEntityType.Bold, Offset = 0, Length = 6 });
            await editor.WaitFor(m => m.Text?.Contains("казахскую", StringComparison.Ordinal) == true);
            await editor.SendText("Ертең Атырауда азаматтарды қабылдау.");
            await editor.Press(await editor.WaitFor(m => m.HasButton("Пропустить") && m.Text?.Contains("английскую", StringComparison.Ordinal) == true), "Пропустить");
        });
        Assert.Contains("Получателей: 9", hub.Text, StringComparison.Ordinal);
        hub = await BroadcastSteps.Narrow(editor, hub, "Регионы", "Атырау");
        Assert.Contains("Получателей: 6", hub.Text, StringComparison.Ordinal);
        Assert.Contains("Атырауская область", hub.Text, StringComparison.Ordinal);
        var review = await BroadcastSteps.ToReview(editor, hub);

        Assert.Contains("Всего получателей: 6", review.Text, StringComparison.Ordinal);
        Assert.True(review.HasButton("📣 Отправить: 6"));
        var preview = editor.Transcript.Last(m => m.FromBot && m.MessageId < review.MessageId && m.Html?.Contains("<b>Завтра</b>", StringComparison.Ordinal) == true);
        Assert.Contains("Версия: русская", editor.Transcript.Single(m => m.MessageId == preview.MessageId - 1).Text, StringComparison.Ordinal);

        var test = await editor.WaitForAnswer(await editor.Press(review, "Пробная копия"));
        Assert.Contains("Пробная копия", test.Text, StringComparison.Ordinal);
        var copy = await editor.WaitFor(m => m.MessageId > review.MessageId && m.Html == "<b>Завтра</b> приём граждан в Атырау.");

        await BroadcastSteps.Send(editor, review);
        await BroadcastSteps.Eventually(editor, "✅ Рассылка №1 завершена");
        var done = await BroadcastSteps.Eventually(editor, "📣 Рассылка №1 · ✅ отправлена");

        Assert.All(russian.Concat(english), r => Assert.Single(BroadcastSteps.Got(_app, r, "приём граждан в Атырау")));
        Assert.All(kazakh, r => Assert.Single(_app.Api.Messages(r.Id), m => m.Text == "Ертең Атырауда азаматтарды қабылдау."));
        Assert.All(russian, r => Assert.Contains("<b>Завтра</b>", BroadcastSteps.Got(_app, r, "Атырау")[0].Html, StringComparison.Ordinal));
        Assert.All(elsewhere.Concat(blocked), r => Assert.Empty(_app.Api.Messages(r.Id)));
        Assert.Contains("Отправлено: 6", done.Text, StringComparison.Ordinal);
        Assert.NotNull(copy);
        var audit = await _app.Get<DatabaseWriter>().Run(() => _app.Get<AuditStore>().Find(new AuditFilter(), 0, 10));
        Assert.Contains(audit, e => e.Action == AuditAction.BroadcastSent && e.Subject == "broadcast 1" && e.ActorId == BotApplication.AdminId);
    }

    [Fact]
    public async Task APhoto_ToAProgrammesParticipantsInARegion_IsPinned_AndGoesToNobodyElse()
    {
        var now = DateTime.UtcNow;
        var school = await YouthSteps.Seed(_app, now, capacity: 10);
        var people = await BroadcastSteps.People(_app, 8301, 5);
        await BroadcastSteps.Register(_app, school, people[0], "atyrau", RegistrationStatus.Confirmed);
        await BroadcastSteps.Register(_app, school, people[1], "atyrau", RegistrationStatus.Waitlisted);
        await BroadcastSteps.Register(_app, school, people[2], "astana", RegistrationStatus.Confirmed);
        await BroadcastSteps.Register(_app, school, people[3], "atyrau", RegistrationStatus.Cancelled);
        var editor = await _app.ReadyUser(BotApplication.AdminId);

        var hub = await BroadcastSteps.ToAudience(editor, perLanguage: false, () =>
            editor.SendPhoto(ConcernSteps.Jpeg, "Школа аналитики: сбор в 10:00", new MessageEntity { Type = MessageEntityType.Italic, Offset = 0, Length = 15 }));
        hub = await BroadcastSteps.Narrow(editor, hub, "Регионы", "Атырау");
        await editor.Press(hub, "Программа");
        await editor.Press(await editor.WaitFor(m => m.MessageId > hub.MessageId && m.HasButton("Школа аналитики")), "Школа аналитики");
        hub = await BroadcastSteps.Hub(editor);
        Assert.Contains("Получателей: 2", hub.Text, StringComparison.Ordinal);
        var review = await BroadcastSteps.ToReview(editor, hub, pin: true);
        await BroadcastSteps.Send(editor, review);
        await BroadcastSteps.Eventually(editor, "✅ Рассылка №1 завершена");

        foreach (var reader in people[..2])
        {
            var photo = Assert.Single(_app.Api.Messages(reader.Id));
            Assert.Equal(BotMessageKind.Photo, photo.Kind);
            Assert.Contains("<i>Школа аналитики</i>", photo.Html, StringComparison.Ordinal);
            Assert.True(photo.Pinned);
        }

        Assert.All(people[2..], r => Assert.Empty(_app.Api.Messages(r.Id)));
    }

    [Fact]
    public async Task AnEventsConfirmedRegistrants_GetAnAlbum_AndTheWaitlistDoesNot()
    {
        var workshop = await YouthSteps.Seed(_app, DateTime.UtcNow, capacity: 2);
        var people = await BroadcastSteps.People(_app, 8401, 4);
        await BroadcastSteps.Register(_app, workshop, people[0], "abai", RegistrationStatus.Confirmed);
        await BroadcastSteps.Register(_app, workshop, people[1], "abai", RegistrationStatus.Confirmed, attended: true);
        await BroadcastSteps.Register(_app, workshop, people[2], "abai", RegistrationStatus.Waitlisted);
        var editor = await _app.ReadyUser(BotApplication.AdminId);

        var hub = await BroadcastSteps.ToAudience(editor, perLanguage: false, async () =>
        {
            await editor.SendAlbum([("a.jpg", ConcernSteps.Jpeg), ("b.mp4", [1, 2, 3]), ("c.jpg", ConcernSteps.Jpeg)], "Фото с семинара");
            await editor.Press(await editor.WaitFor(m => m.HasButton("Продолжить")), "Продолжить");
        });
        await editor.Press(hub, "Мероприятие");
        var events = await editor.WaitFor(m => m.MessageId > hub.MessageId && m.HasButton("Open data workshop"));
        await editor.Press(events, "Open data workshop");
        var statuses = await editor.WaitFor(m => m.MessageId > events.MessageId && m.HasButton("подтверждённые"));
        await editor.Press(statuses, "подтверждённые");
        await editor.WaitFor(m => m.MessageId == statuses.MessageId && m.HasButton("✅ подтверждённые"));
        await editor.Press(statuses, "✅ Готово");
        hub = await BroadcastSteps.Hub(editor);
        Assert.Contains("Получателей: 2", hub.Text, StringComparison.Ordinal);
        var review = await BroadcastSteps.ToReview(editor, hub);
        Assert.Contains("альбом из 3", review.Text, StringComparison.Ordinal);
        await BroadcastSteps.Send(editor, review);
        await BroadcastSteps.Eventually(editor, "✅ Рассылка №1 завершена");

        foreach (var reader in people[..2])
        {
            var album = _app.Api.Messages(reader.Id);
            Assert.Equal([BotMessageKind.Photo, BotMessageKind.Video, BotMessageKind.Photo], album.Select(m => m.Kind));
            Assert.Single(album.Select(m => m.MediaGroupId).Distinct());
            Assert.Equal("Фото с семинара", album[0].Text);
        }

        Assert.All(people[2..], r => Assert.Empty(_app.Api.Messages(r.Id)));
    }

    [Fact]
    public async Task WhatCannotBeBroadcast_IsExplained_AndNothingIsLost()
    {
        var editor = await _app.ReadyUser(BotApplication.AdminId);
        await editor.SendText("/broadcast");
        await editor.Press(await editor.WaitFor(m => m.HasButton("Одно сообщение для всех")), "Одно сообщение для всех");
        var ask = await editor.WaitFor(m => m.Text?.Contains("Пришлите объявление", StringComparison.Ordinal) == true);

        await editor.SendSticker();
        var hint = await editor.WaitFor(m => m.MessageId > ask.MessageId && m.Text?.Contains("Стикеры", StringComparison.Ordinal) == true);
        await editor.SendPhoto(ConcernSteps.Jpeg, new string('а', 1100));
        var tooLong = await editor.WaitFor(m => m.MessageId > hint.MessageId && m.Text?.Contains("1100 символов", StringComparison.Ordinal) == true);
        await editor.SendText("Объявление после ошибок.");

        var hub = await BroadcastSteps.Hub(editor);
        Assert.True(hub.MessageId > tooLong.MessageId);
    }

    [Fact]
    public async Task OnlyEditors_Broadcast_AndAForgedOrStaleButtonGetsOnlyAToast()
    {
        var outsider = await _app.ReadyUser(8501);
        await outsider.SendText("/broadcast");
        await outsider.WaitFor(m => m.Text?.StartsWith("Такой команды нет", StringComparison.Ordinal) == true);
        var forged = await outsider.WaitForAnswer(await outsider.PressData(outsider.LastBotMessage!.MessageId, "bc:x:1:g"));
        Assert.Contains("сотрудникам", forged.Text, StringComparison.Ordinal);

        var editor = await _app.ReadyUser(BotApplication.AdminId);
        await BroadcastSteps.People(_app, 8511, 1);
        var review = await BroadcastSteps.ToReview(editor, await BroadcastSteps.ToAudience(editor, false, () => editor.SendText("Проверка кнопок.")));
        var progress = await BroadcastSteps.Send(editor, review);
        await BroadcastSteps.Eventually(editor, "✅ Рассылка №1 завершена");
        await BroadcastSteps.Eventually(editor, "📣 Рассылка №1 · ✅ отправлена");
        var count = editor.Transcript.Count;
        var stale = await editor.WaitForAnswer(await editor.PressData(progress.MessageId, "bc:p:1:g"));

        Assert.Contains("невозможно", stale.Text, StringComparison.Ordinal);
        Assert.Equal(count, editor.Transcript.Count);
    }
}
