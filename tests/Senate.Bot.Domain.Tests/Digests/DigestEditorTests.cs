using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Tests.Texts;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Tests.Digests;

public sealed class DigestEditorTests
{
    private const long Editor = DigestBot.Editor;
    private const long Reader = 701;

    [Fact]
    public void ANewDigest_KeepsTheEditorsFormatting_IsPreviewedInEachLanguage_AndPublishes()
    {
        var bot = new DigestBot();
        bot.User(Reader, Language.Kk);
        bot.Subscriptions.Save(DigestSubscription.None(Reader).WithRegions(["atyrau"], bot.Now.UtcDateTime));
        var bold = new FormattedText("Сенаторлар өзенді талқылады.", [new TextSpan(SpanKind.Bold, 0, 10)]);

        bot.Command(Editor, "newdigest");
        bot.Text(Editor, "Жайық   өзені");
        bot.Send(Editor, new TextInput(bold.Text) { Formatted = bold });
        bot.Text(Editor, "Река Жайык");
        var en = bot.Press(Editor, bot.Text(Editor, "Сенаторы обсудили реку."), "Без этого языка");
        Assert.Contains(en, r => r.Text.Contains(DigestTexts.AskDate));
        var regions = bot.Press(Editor, en, "Сегодня");
        regions = bot.Press(Editor, regions, "Атырауская");
        Assert.True(Assert.Single(regions).EditPressedMessage);
        var photo = bot.Press(Editor, regions, "Готово");
        var when = bot.Press(Editor, photo, "Без фото");
        var review = bot.Press(Editor, when, "Опубликовать сейчас");

        var previews = review.Where(r => r.Language is not null).ToList();
        Assert.Equal([Language.Kk, Language.Ru], previews.Select(r => r.Language!.Value).Distinct());
        Assert.Contains("<b>Сенаторлар</b> өзенді талқылады.", DigestBot.Html(previews[0], Language.Kk), StringComparison.Ordinal);
        Assert.Contains("Жайық өзені", DigestBot.Html(previews[0], Language.Kk), StringComparison.Ordinal);
        Assert.Empty(bot.Digests.All);

        var done = bot.Press(Editor, review, "Опубликовать");
        var digest = Assert.Single(bot.Digests.All);
        Assert.Equal(DigestStatus.Published, digest.Status);
        Assert.Equal(new DateOnly(2026, 3, 4), digest.Content.MeetingDate);
        Assert.Equal(bold, digest.Content.In(Language.Kk)!.Text);
        Assert.True(done[^1].Text.Contains(DigestTexts.PublishedNow));
        var audited = Assert.Single(bot.Audit.All);
        Assert.Equal((AuditAction.DigestPublished, AuditSubjects.Digest(digest.Id), Editor), (audited.Action, audited.Subject, audited.ActorId));
        Assert.False(bot.Record(Editor).IsActive);
        var delivered = Assert.Single(bot.Deliver());
        Assert.Contains("<b>Сенаторлар</b>", DigestBot.Html(delivered, Language.Kk), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAnyLanguage_TheEditorIsTakenBackToKazakh_AndABadTitleIsExplained()
    {
        var bot = new DigestBot();

        var replies = bot.Command(Editor, "newdigest");
        replies = bot.Press(Editor, replies, "Без этого языка");
        replies = bot.Press(Editor, replies, "Без этого языка");
        replies = bot.Press(Editor, replies, "Без этого языка");
        Assert.Contains(replies, r => r.Text.Contains(DigestTexts.OneLanguageNeeded));
        Assert.Equal("titlekk", bot.Record(Editor).State);

        var tooLong = bot.Text(Editor, new string('а', DigestContent.MaxTitleLength + 1));
        Assert.Contains(tooLong, r => r.Text.Contains(DigestTexts.TitleInvalid));
        Assert.Equal("titlekk", bot.Record(Editor).State);
        var photo = bot.Send(Editor, new PhotoInput("p", "pu", null));
        Assert.Equal("titlekk", bot.Record(Editor).State);
        Assert.Single(photo);
    }

    [Fact]
    public void AScheduledDigest_IsPublishedAtItsTime_NotBefore_AndTheEditorIsTold()
    {
        var bot = new DigestBot();
        var replies = WriteUpTo(bot, "В назначенное время");
        var past = bot.Text(Editor, "01.03.2026 10:00");
        Assert.Contains(past, r => r.Text.Contains(DigestTexts.TimeInPast));
        var review = bot.Text(Editor, "05.03.2026 15:30");
        bot.Press(Editor, review, "Запланировать");

        var digest = Assert.Single(bot.Digests.All);
        Assert.Equal(DigestStatus.Scheduled, digest.Status);
        Assert.Equal(new DateTime(2026, 3, 5, 10, 30, 0, DateTimeKind.Utc), digest.ScheduledUtc);
        Assert.Empty(bot.Feature.PublishDue(new DateTimeOffset(2026, 3, 5, 10, 29, 0, TimeSpan.Zero)));
        Assert.Equal(DigestStatus.Scheduled, bot.Digests.Get(digest.Id)!.Status);

        var told = Assert.Single(bot.Feature.PublishDue(new DateTimeOffset(2026, 3, 5, 10, 30, 0, TimeSpan.Zero)));
        Assert.Equal(Editor, told.ChatId);
        Assert.Equal(DigestStatus.Published, bot.Digests.Get(digest.Id)!.Status);
        Assert.Empty(bot.Feature.PublishDue(new DateTimeOffset(2026, 3, 5, 11, 0, 0, TimeSpan.Zero)));
        Assert.NotNull(replies);
        Assert.Equal(
            [(AuditAction.DigestChanged, DigestAudit.Scheduled), (AuditAction.DigestPublished, DigestAudit.OnSchedule)],
            bot.Audit.All.Select(e => (e.Action, e.Details)));
    }

    [Fact]
    public void SomeoneWhoIsNotAnEditor_IsRefused_AndNothingChanges()
    {
        var bot = new DigestBot();
        bot.User(Reader, Language.Ru);
        var draft = Digest.NewDraft(DigestSamples.Content(), Editor, bot.Now.UtcDateTime);
        bot.Digests.Insert(draft);

        // Staff commands do not exist for everyone else.
        Assert.Equal(CommonTexts.CommandUnknown, Assert.Single(bot.Command(Reader, "newdigest")).Text.Key);
        Assert.Empty(bot.Press(Reader, "ds:p:" + draft.Id));
        Assert.Equal(CommonTexts.NotAllowed, bot.LastToast?.Key);
        Assert.Empty(bot.Press(Reader, "ds:wy:" + draft.Id));
        Assert.Equal(DigestStatus.Draft, bot.Digests.Get(draft.Id)!.Status);
        Assert.False(bot.Record(Reader).IsActive);
        Assert.Empty(bot.Audit.All);
    }

    [Fact]
    public void AnEditorWhoLosesTheRole_CannotFinishTheDigest()
    {
        var bot = new DigestBot();
        bot.Command(Editor, "newdigest");
        bot.Text(Editor, "Жайық өзені");
        bot.User(Editor, Language.Ru, StaffRole.None);

        var refused = bot.Text(Editor, "Текст");

        Assert.Equal(CommonTexts.NotAllowed, refused[0].Text.Key);
        Assert.Empty(bot.Digests.All);
    }

    [Fact]
    public void ACorrection_ChangesThePublishedDigest_AndReadersSeeItWasCorrected()
    {
        var bot = new DigestBot();
        bot.User(Reader, Language.Ru);
        var digest = bot.Publish(DigestSamples.Content());
        bot.Now = bot.Now.AddDays(1);

        var card = bot.Press(Editor, DigestStaffFeature.CardData(digest.Id));
        var review = bot.Press(Editor, card, "Исправить");
        Assert.DoesNotContain(review.SelectMany(r => r.Buttons.SelectMany(b => b)), b => DigestBot.Render(b.Label, Language.Ru).Contains("Когда", StringComparison.Ordinal));
        var texts = bot.Press(Editor, review, "Заголовки и тексты");
        texts = bot.Press(Editor, texts, "Оставить как есть");
        texts = bot.Press(Editor, texts, "Оставить как есть");
        texts = bot.Press(Editor, texts, "Оставить как есть");
        var english = bot.Text(Editor, "Сенаторы обсудили обмеление реки Жайык и очистку русла.");
        review = bot.Press(Editor, english, "Без этого языка");
        bot.Press(Editor, review, "Сохранить исправление");

        var corrected = bot.Digests.Get(digest.Id)!;
        Assert.Equal(DigestStatus.Published, corrected.Status);
        Assert.Single(corrected.Corrections);
        Assert.Equal(DigestAudit.Corrected, Assert.Single(bot.Audit.All).Details);
        Assert.Contains("очистку русла", corrected.Content.In(Language.Ru)!.Text.Text, StringComparison.Ordinal);
        var shown = bot.Press(Reader, DigestsFeature.ViewData(digest.Id));
        Assert.Contains("Исправлено 05.03.2026", DigestBot.Html(shown[0], Language.Ru), StringComparison.Ordinal);
        Assert.NotNull(texts);
    }

    [Fact]
    public void Withdrawing_AsksFirst_ThenTheDigestLeavesTheArchive_AndOldButtonsAreRefused()
    {
        var bot = new DigestBot();
        bot.User(Reader, Language.Ru);
        var digest = bot.Publish(DigestSamples.Content());

        var ask = bot.Press(Editor, "ds:w:" + digest.Id);
        Assert.Equal(DigestStatus.Published, bot.Digests.Get(digest.Id)!.Status);
        bot.Press(Editor, ask, "Да, снять");

        Assert.Equal(DigestStatus.Withdrawn, bot.Digests.Get(digest.Id)!.Status);
        Assert.Equal(DigestAudit.Withdrawn, Assert.Single(bot.Audit.All).Details);
        Assert.Empty(bot.Press(Reader, DigestsFeature.ViewData(digest.Id)));
        Assert.Empty(bot.Press(Editor, "ds:wy:" + digest.Id));
        Assert.Equal(DigestTexts.NotNow, bot.LastToast?.Key);
        Assert.Empty(bot.Press(Editor, "ds:p:" + digest.Id));
        Assert.Equal(DigestStatus.Withdrawn, bot.Digests.Get(digest.Id)!.Status);
    }

    [Fact]
    public void TheStaffList_ShowsDraftsAndPublished_AndAPublishButtonPublishesADraft()
    {
        var bot = new DigestBot();
        var draft = Digest.NewDraft(DigestSamples.Content(), Editor, bot.Now.UtcDateTime);
        bot.Digests.Insert(draft);
        bot.Publish(DigestSamples.Content("abai"));

        var list = Assert.Single(bot.Command(Editor, "digests"));
        Assert.Equal(2, list.Buttons.Count);
        var card = bot.Press(Editor, [list], "📝");
        bot.Press(Editor, card, "Опубликовать");

        Assert.Equal(DigestStatus.Published, bot.Digests.Get(draft.Id)!.Status);
        Assert.True(bot.LastToast!.Contains(DigestTexts.PublishedToast));
        Assert.Equal(AuditAction.DigestPublished, Assert.Single(bot.Audit.All).Action);
    }

    /// <summary>Writes a Russian-only digest for Atyrau up to the "when" step and presses <paramref name="when"/>.</summary>
    private static IReadOnlyList<Reply> WriteUpTo(DigestBot bot, string when)
    {
        var replies = bot.Command(Editor, "newdigest");
        replies = bot.Press(Editor, replies, "Без этого языка");
        bot.Text(Editor, "Река Жайык");
        replies = bot.Text(Editor, "Сенаторы обсудили обмеление реки Жайык.");
        replies = bot.Press(Editor, replies, "Без этого языка");
        replies = bot.Text(Editor, "27.02.2026");
        replies = bot.Press(Editor, replies, "Атырауская");
        replies = bot.Press(Editor, replies, "Готово");
        replies = bot.Press(Editor, replies, "Без фото");
        return bot.Press(Editor, replies, when);
    }
}
