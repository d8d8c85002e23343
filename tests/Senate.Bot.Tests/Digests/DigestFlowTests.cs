using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Senate.Bot.Digests;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Domain.Texts;
using FormattedText = Senate.Bot.Domain.Texts.FormattedText;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Storage;
using Senate.Bot.Tests.Support;
using Senate.Bot.Workers;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Senate.Bot.Tests.Digests;

/// <summary>
/// Meeting digests end to end through the local Bot API: subscribing, delivery in the reader's language, one-tap
/// unsubscribe, the weekly roll-up across a restart, the archive and search, and an editor's /newdigest with formatting,
/// previews, publishing now and at a set time.
/// </summary>
public sealed class DigestFlowTests : IAsyncLifetime
{
    // Wednesday 4 March 2026, 11:00 in Astana.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 4, 6, 0, 0, TimeSpan.Zero));
    private BotApplication _app = null!;

    public async Task InitializeAsync() => _app = await BotApplication.StartAsync(services => services.AddSingleton<TimeProvider>(_time));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AKazakhReader_SubscribedToTwoRegions_GetsADigestForBothOnce_InKazakh_AndARussianOnlyOneWithANote()
    {
        var reader = await _app.ReadyUser(8101, "Қазақша", "kk");
        await Subscribe(reader, "Өңірлердегі кездесулер", "Жазылым", "Сақтау", "Атырау", "Астана");
        Assert.Equal(["astana", "atyrau"], _app.Get<SubscriptionStore>().Get(reader.Id)!.RegionIds);
        await reader.SendText("/settings");
        var settings = await reader.WaitFor(m => m.Text?.Contains("Кездесулер шолулары", StringComparison.Ordinal) == true);
        Assert.Contains("Астана, Атырау — бірден", settings.Text, StringComparison.Ordinal);
        Assert.True(settings.HasButton("Жазылым"));

        await Publish(Content(["atyrau", "astana"], Language.Kk, Language.Ru));
        await Publish(Content(["atyrau"], Language.Ru));
        await _app.Get<JobRunner>().RunNow("digest-delivery");

        var kazakh = await reader.WaitFor(m => m.Text?.Contains("Жайық өзені", StringComparison.Ordinal) == true);
        var russian = await reader.WaitFor(m => m.Text?.Contains("Река Жайык", StringComparison.Ordinal) == true);
        Assert.Contains("орыс тілінде көрсетілді", russian.Text, StringComparison.Ordinal);
        await _app.Get<JobRunner>().RunNow("digest-delivery");
        await Settle(reader);
        Assert.Single(reader.Transcript, m => m.Text?.Contains("Жайық өзені", StringComparison.Ordinal) == true);
        Assert.True(kazakh.HasButton("Атырау"));
    }

    [Fact]
    public async Task UnsubscribingUnderADigest_IsOneTap_TheTextStays_OnlyTheButtonChanges()
    {
        var reader = await _app.ReadyUser(8102);
        await Subscribe(reader, "Встречи в регионах", "Подписка", "Сохранить", "Атырауская", "Абай");
        await Publish(Content(["atyrau"], Language.Ru));
        await _app.Get<JobRunner>().RunNow("digest-delivery");
        var digest = await reader.WaitFor(m => m.HasButton("Отписаться"));

        var answer = await reader.WaitForAnswer(await reader.Press(digest, "Отписаться"));

        Assert.Contains("больше не будут", answer.Text, StringComparison.Ordinal);
        var edited = await reader.WaitFor(m => m.MessageId == digest.MessageId && m.HasButton("Подписаться снова"));
        Assert.Equal(digest.Text, edited.Text);
        Assert.Equal(["abai"], _app.Get<SubscriptionStore>().Get(reader.Id)!.RegionIds);
    }

    [Fact]
    public async Task TheWeeklyRollup_ComesOnMondayAt10_OnceEvenAcrossARestart()
    {
        var reader = await _app.ReadyUser(8103);
        await Subscribe(reader, "Встречи в регионах", "Подписка", "Сохранить", "Атырауская", "раз в неделю");
        await Publish(Content(["atyrau"], Language.Ru));
        await _app.Get<JobRunner>().RunNow("digest-delivery");

        _time.SetUtcNow(new DateTimeOffset(2026, 3, 9, 4, 59, 0, TimeSpan.Zero));
        await _app.Get<JobRunner>().RunNow("digest-rollup");
        _time.SetUtcNow(new DateTimeOffset(2026, 3, 9, 5, 0, 0, TimeSpan.Zero));
        await _app.Get<JobRunner>().RunNow("digest-rollup");
        var rollup = await reader.WaitFor(m => m.Text?.Contains("Встречи за неделю", StringComparison.Ordinal) == true);
        await _app.RestartAsync();
        await _app.Get<JobRunner>().RunNow("digest-rollup");
        await Settle(reader);

        Assert.Contains("Река Жайык", rollup.Text, StringComparison.Ordinal);
        Assert.Single(reader.Transcript, m => m.Text?.Contains("Встречи за неделю", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(reader.Transcript, m => m.FromBot && m.Text?.StartsWith("Река Жайык", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task TheArchive_PagesInPlace_FiltersByRegion_AndSearchFindsWordForms()
    {
        for (var day = 1; day <= 7; day++)
        {
            await Publish(Content([day % 2 == 0 ? "abai" : "atyrau"], Language.Ru) with { MeetingDate = new DateOnly(2026, 2, day) });
        }

        var reader = await _app.ReadyUser(8104);
        await reader.SendText("/menu");
        var menu = await reader.NextMessage();
        await reader.Press(menu, "Встречи в регионах");
        await reader.Press(await reader.WaitFor(m => m.MessageId == menu.MessageId && m.HasButton("Архив")), "Архив");
        var first = await reader.WaitFor(m => m.MessageId == menu.MessageId && m.HasButton("07.02.2026"));
        Assert.False(first.HasButton("01.02.2026"));
        await reader.Press(first, "➡️");
        var second = await reader.WaitFor(m => m.MessageId == menu.MessageId && m.HasButton("01.02.2026"));
        Assert.Contains(second.InlineButtons.SelectMany(r => r), b => b.Text.StartsWith("01.01.2024", StringComparison.Ordinal));
        await reader.Press(second, "По региону");
        await reader.Press(await reader.WaitFor(m => m.MessageId == menu.MessageId && m.HasButton("Абай")), "Абай");
        var abai = await reader.WaitFor(m => m.MessageId == menu.MessageId && m.HasButton("06.02.2026"));
        Assert.Equal(3, abai.InlineButtons.SelectMany(r => r).Count(b => b.Text.Contains(".02.2026", StringComparison.Ordinal)));

        await reader.Press(abai, "06.02.2026");
        await reader.WaitFor(m => m.MessageId != menu.MessageId && m.Text?.StartsWith("Река Жайык", StringComparison.Ordinal) == true);

        await reader.SendText("/menu");
        var again = await reader.WaitFor(m => m.MessageId > menu.MessageId && m.HasButton("Встречи в регионах"));
        await reader.Press(again, "Встречи в регионах");
        await reader.Press(await reader.WaitFor(m => m.MessageId == again.MessageId && m.HasButton("Поиск")), "Поиск");
        await reader.WaitFor(m => m.Text?.Contains("Напишите слово", StringComparison.Ordinal) == true);
        await reader.SendText("экологии");
        var found = await reader.WaitFor(m => m.Text?.Contains("экологии", StringComparison.Ordinal) == true && m.InlineButtons.Count > 0);
        Assert.Contains(found.InlineButtons.SelectMany(r => r), b => b.Text.Contains("Атырау", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEnglishSearch_FindsAPluralForm_AndOpensIt()
    {
        var reader = await _app.ReadyUser(8105, "English", "en");
        await reader.SendText("/menu");
        var menu = await reader.NextMessage();
        await reader.Press(menu, "Meetings in the regions");
        await reader.Press(await reader.WaitFor(m => m.MessageId == menu.MessageId && m.HasButton("Search")), "Search");
        await reader.WaitFor(m => m.Text?.Contains("Type a word", StringComparison.Ordinal) == true);
        await reader.SendText("rivers");

        var found = await reader.WaitFor(m => m.Text?.Contains("rivers", StringComparison.Ordinal) == true && m.InlineButtons.Count > 0);
        await reader.Press(found, "Atyrau");
        var digest = await reader.WaitFor(m => m.Text?.Contains("Zhaiyk", StringComparison.Ordinal) == true && m.MessageId > found.MessageId);
        Assert.Contains("Source:", reader.Transcript.Last(m => m.FromBot).Text, StringComparison.Ordinal);
        Assert.NotNull(digest);
    }

    [Fact]
    public async Task AnEditorsDigest_KeepsBold_IsPreviewed_PublishedAndDelivered_AndOthersAreRefused()
    {
        var reader = await _app.ReadyUser(8106);
        await Subscribe(reader, "Встречи в регионах", "Подписка", "Сохранить", "Атырауская");
        var editor = await _app.ReadyUser(BotApplication.AdminId);

        await editor.SendText("/newdigest");
        var skip = await editor.WaitFor(m => m.HasButton("Без этого языка"));
        await editor.Press(skip, "Без этого языка");
        await editor.WaitFor(m => m.Text?.Contains("на русском", StringComparison.Ordinal) == true && m.MessageId > skip.MessageId);
        await editor.SendText("Река Жайык");
        await editor.WaitFor(m => m.Text?.Contains("текст обзора", StringComparison.Ordinal) == true);
        await editor.SendFormatted("Сенаторы обсудили обмеление реки.", new MessageEntity { Type = MessageEntityType.Bold, Offset = 0, Length = 8 });
        await editor.Press(await editor.WaitFor(m => m.Text?.Contains("на английском", StringComparison.Ordinal) == true), "Без этого языка");
        await editor.Press(await editor.WaitFor(m => m.HasButton("Сегодня")), "Сегодня");
        var regions = await editor.WaitFor(m => m.HasButton("Атырауская"));
        await editor.Press(regions, "Атырауская");
        await editor.Press(await editor.WaitFor(m => m.MessageId == regions.MessageId && m.HasButton("Готово")), "Готово");
        await editor.Press(await editor.WaitFor(m => m.HasButton("Без фото")), "Без фото");
        await editor.Press(await editor.WaitFor(m => m.HasButton("Опубликовать сейчас")), "Опубликовать сейчас");

        var review = await editor.WaitFor(m => m.HasButton("📢 Опубликовать") && !m.HasButton("сейчас"));
        var preview = editor.Transcript.Last(m => m.FromBot && m.Html?.Contains("<b>Сенаторы</b>", StringComparison.Ordinal) == true);
        Assert.True(preview.MessageId < review.MessageId);
        Assert.Contains("Получат сразу: 1", review.Text, StringComparison.Ordinal);

        var outsider = await _app.ReadyUser(8107);
        await outsider.SendText("/newdigest");
        await outsider.WaitFor(m => m.Text?.StartsWith("Такой команды нет", StringComparison.Ordinal) == true);
        var forged = await outsider.WaitForAnswer(await outsider.PressData(outsider.LastBotMessage!.MessageId, "ds:p:1"));
        Assert.NotNull(forged.Text);

        await editor.Press(review, "📢 Опубликовать");
        await editor.WaitFor(m => m.Text?.Contains("опубликован", StringComparison.Ordinal) == true);
        await _app.Get<JobRunner>().RunNow("digest-delivery");
        var delivered = await reader.WaitFor(m => m.Text?.StartsWith("Река Жайык", StringComparison.Ordinal) == true);
        Assert.Contains("<b>Сенаторы</b> обсудили", delivered.Html, StringComparison.Ordinal);
        Assert.Equal(DigestStatus.Published, _app.Get<DigestStore>().Find(new DigestFilter { Statuses = [DigestStatus.Published] }, 0, 10).Items[0].Status);
    }

    [Fact]
    public async Task AScheduledDigest_IsPublishedAtItsTime_AndTheEditorIsTold()
    {
        var editor = await _app.ReadyUser(BotApplication.AdminId);
        var draft = Digest.NewDraft(Content(["atyrau"], Language.Ru), editor.Id, _time.GetUtcNow().UtcDateTime);
        draft.Schedule(new DateTime(2026, 3, 5, 4, 0, 0, DateTimeKind.Utc), _time.GetUtcNow().UtcDateTime);
        await _app.Get<DatabaseWriter>().Run(() => _app.Get<DigestStore>().Insert(draft));

        _time.SetUtcNow(new DateTimeOffset(2026, 3, 5, 3, 59, 0, TimeSpan.Zero));
        await _app.Get<JobRunner>().RunNow("digest-publishing");
        Assert.Equal(DigestStatus.Scheduled, _app.Get<DigestStore>().Get(draft.Id)!.Status);
        _time.SetUtcNow(new DateTimeOffset(2026, 3, 5, 4, 0, 0, TimeSpan.Zero));
        await _app.Get<JobRunner>().RunNow("digest-publishing");

        var told = await editor.WaitFor(m => m.Text?.Contains("по расписанию", StringComparison.Ordinal) == true);
        Assert.Equal(DigestStatus.Published, _app.Get<DigestStore>().Get(draft.Id)!.Status);
        Assert.True(told.HasButton("Карточка"));
    }

    private static DigestContent Content(IReadOnlyList<string> regions, params Language[] languages) => new()
    {
        MeetingDate = new DateOnly(2026, 3, 3),
        RegionIds = [.. regions],
        Versions = [.. languages.Select(l => l switch
        {
            Language.Kk => new DigestVersion(l, "Жайық өзені", FormattedText.Plain("Сенаторлар Жайық өзенінің тартылуын талқылады.")),
            Language.Ru => new DigestVersion(l, "Река Жайык", FormattedText.Plain("Сенаторы обсудили обмеление реки Жайык.")),
            _ => new DigestVersion(l, "The Zhaiyk river", FormattedText.Plain("Senators discussed the shallowing of the Zhaiyk river.")),
        })],
    };

    private async Task<Digest> Publish(DigestContent content)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var digest = Digest.NewDraft(content, BotApplication.AdminId, now);
        await _app.Get<DatabaseWriter>().Run(() =>
        {
            var store = _app.Get<DigestStore>();
            store.Insert(digest);
            digest.Publish(now);
            store.Update(digest);
        });
        return digest;
    }

    /// <summary>Opens the subscriptions from the menu, presses each of <paramref name="toggles"/> in place, then saves.</summary>
    private static async Task Subscribe(LocalUser reader, string hub, string subscriptions, string save, params string[] toggles)
    {
        await reader.SendText("/menu");
        var menu = await reader.WaitFor(m => m.HasButton(hub));
        await reader.Press(menu, hub);
        await reader.Press(await reader.WaitFor(m => m.MessageId == menu.MessageId && m.HasButton(subscriptions)), subscriptions);
        var screen = await reader.WaitFor(m => m.MessageId == menu.MessageId && m.HasButton(save));
        foreach (var toggle in toggles)
        {
            var before = screen.Edited;
            await reader.Press(screen, toggle);
            screen = await reader.WaitFor(m => m.MessageId == menu.MessageId && m.Edited > before);
        }

        await reader.Press(screen, save);
        await reader.WaitFor(m => m.MessageId == menu.MessageId && m.Text?.Contains('✅', StringComparison.Ordinal) == true);
    }

    /// <summary>Waits until the bot has answered a /help sent now, so everything queued before it has arrived.</summary>
    private static async Task Settle(LocalUser user)
    {
        var count = user.Transcript.Count;
        await user.SendText("/help");
        await user.WaitFor(m => m.FromBot && user.Transcript.Count > count + 1 && m == user.Transcript[^1]);
    }
}
