using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Deliveries;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Tests.Texts;

namespace Senate.Bot.Domain.Tests.Digests;

public sealed class DigestReaderTests
{
    private const long Aigerim = 501;
    private const long Ivan = 502;

    [Fact]
    public void Subscriptions_ToggleInPlace_AndAreStoredOnlyWhenSaved()
    {
        var bot = new DigestBot();
        bot.User(Aigerim, Language.Kk);

        var screen = bot.Press(Aigerim, DigestsFeature.SubscriptionsData);
        screen = bot.Press(Aigerim, screen, "Атырау");
        screen = bot.Press(Aigerim, screen, "Астана");

        Assert.True(Assert.Single(screen).EditPressedMessage);
        Assert.Contains("✅ Атырау", DigestBot.Render(bot.Button(screen, Aigerim, "Атырау").Label, Language.Kk), StringComparison.Ordinal);
        Assert.Null(bot.Subscriptions.Get(Aigerim));
        var saved = bot.Press(Aigerim, screen, "Сақтау");
        var subscription = bot.Subscriptions.Get(Aigerim)!;
        Assert.Equal(["astana", "atyrau"], subscription.RegionIds);
        Assert.Equal(DigestFrequency.Immediately, subscription.Frequency);
        Assert.Contains("Атырау", DigestBot.Render(Assert.Single(saved).Text, Language.Kk), StringComparison.Ordinal);
    }

    [Fact]
    public void ANewDigest_ReachesEachSubscriberOnce_InTheirLanguage_OrInAnotherWithANote()
    {
        var bot = new DigestBot();
        bot.User(Aigerim, Language.Kk);
        bot.User(Ivan, Language.Ru);
        bot.Subscriptions.Save(DigestSubscription.None(Aigerim).WithRegions(["atyrau", "astana"], bot.Now.UtcDateTime));
        bot.Subscriptions.Save(DigestSubscription.None(Ivan).WithRegions(["abai"], bot.Now.UtcDateTime));
        var both = bot.Publish(DigestSamples.Content("atyrau") with { RegionIds = ["atyrau", "astana"] });

        var sent = bot.Deliver();

        var toAigerim = Assert.Single(sent);
        Assert.Equal(Aigerim, toAigerim.ChatId);
        Assert.Contains("Жайық өзені", DigestBot.Html(toAigerim, Language.Kk), StringComparison.Ordinal);
        Assert.Equal(DigestDelivery.Delivered, bot.Digests.Get(both.Id)!.Delivery);
        Assert.Empty(bot.Deliver());

        bot.Publish(DigestSamples.Content("atyrau", Language.Ru));
        var russian = Assert.Single(bot.Deliver());
        Assert.Contains("Река Жайык", DigestBot.Html(russian, Language.Kk), StringComparison.Ordinal);
        Assert.True(russian.Text.Contains(DigestTexts.ShownIn(Language.Ru)), "A Kazakh reader is told the digest is in Russian.");
    }

    [Fact]
    public void Delivery_GoesOnInBatches_SkipsWhoBlockedTheBot_AndNoOneGetsItTwice()
    {
        var bot = new DigestBot();
        long[] readers = [601, 602, 603, 604, 605];
        foreach (var id in readers)
        {
            bot.User(id, Language.Ru);
            bot.Subscriptions.Save(DigestSubscription.None(id).WithRegions(["atyrau"], bot.Now.UtcDateTime));
        }

        bot.UserOf(603).BlockedBotUtc = bot.Now.UtcDateTime;
        bot.Publish(DigestSamples.Content());

        Assert.Empty(bot.Feature.Deliver(bot.Now));
        var batches = bot.Run.Batches(batch: 2).Select(b => b.Select(i => i.UserId).ToList()).ToList();
        Assert.Empty(bot.Feature.Deliver(bot.Now));

        Assert.Equal([[601, 602], [604, 605]], batches);
        Assert.Equal(DigestDelivery.Delivered, Assert.Single(bot.Digests.All).Delivery);
        var delivery = Assert.Single(bot.Deliveries.All);
        Assert.Equal((DeliveryStatus.Completed, 4, 4), (delivery.Status, delivery.Total, delivery.Sent));
        Assert.Empty(bot.Run.All());
    }

    [Fact]
    public void Delivery_ReadsTheDigestOncePerBatch_AndEachReaderGetsTheirLanguage()
    {
        var bot = new DigestBot();
        var languages = new[] { Language.Kk, Language.Ru, Language.En, Language.Kk, Language.Ru, Language.En };
        for (var i = 0; i < languages.Length; i++)
        {
            bot.User(621 + i, languages[i]);
            bot.Subscriptions.Save(DigestSubscription.None(621 + i).WithRegions(["atyrau"], bot.Now.UtcDateTime));
        }

        bot.Publish(DigestSamples.Content("atyrau", Language.Kk, Language.Ru, Language.En));
        Assert.Empty(bot.Feature.Deliver(bot.Now));
        bot.Run.Start();
        var delivery = Assert.Single(bot.Deliveries.All);
        var reads = bot.Digests.Reads;
        var items = new Domain.Deliveries.Deliveries(bot.Deliveries, bot, [bot.Feature.DeliverySource]).NextBatch(delivery.Id, 6, bot.Now.UtcDateTime);

        Assert.Equal(1, bot.Digests.Reads - reads);
        Assert.Equal(Enumerable.Range(621, 6).Select(i => (long)i), items.Select(i => i.Reply.ChatId!.Value));
        for (var i = 0; i < languages.Length; i++)
        {
            var title = DigestSamples.Version(languages[i]).Title;
            Assert.True(DigestBot.Html(items[i].Reply, Language.Ru).Contains(title, StringComparison.Ordinal), $"Reader {621 + i} gets the {languages[i]} version.");
        }
    }

    [Fact]
    public void Delivery_SkipsWhoUnsubscribedBeforeTheirTurn()
    {
        var bot = new DigestBot();
        foreach (var id in new long[] { 611, 612 })
        {
            bot.User(id, Language.Ru);
            bot.Subscriptions.Save(DigestSubscription.None(id).WithRegions(["atyrau"], bot.Now.UtcDateTime));
        }

        bot.Publish(DigestSamples.Content());
        Assert.Empty(bot.Feature.Deliver(bot.Now));
        bot.Run.Start();
        bot.Subscriptions.Save(bot.Subscriptions.Get(612)!.Without("atyrau", bot.Now.UtcDateTime));
        var sent = bot.Run.All(batch: 1);

        Assert.Equal([611L], sent.Select(r => r.ChatId!.Value));
        var delivery = Assert.Single(bot.Deliveries.All);
        Assert.Equal((2, 1, 1, DeliveryStatus.Completed), (delivery.Total, delivery.Sent, delivery.Skipped, delivery.Status));
        Assert.Equal(DeliveryOutcome.Skipped, bot.Deliveries.RecipientOf(delivery.Id, 612)!.Outcome);
    }

    [Fact]
    public void UnsubscribeUnderADigest_IsOneTap_ChangingOnlyTheButtons()
    {
        var bot = new DigestBot();
        bot.User(Ivan, Language.Ru);
        bot.Subscriptions.Save(DigestSubscription.None(Ivan).WithRegions(["atyrau", "abai"], bot.Now.UtcDateTime));
        bot.Publish(DigestSamples.Content());
        var digest = Assert.Single(bot.Deliver());

        var tapped = bot.Press(Ivan, [digest], "Отписаться");

        Assert.Equal(["abai"], bot.Subscriptions.Get(Ivan)!.RegionIds);
        var edit = Assert.Single(tapped);
        Assert.True(edit.ButtonsOnly && edit.EditPressedMessage);
        Assert.Contains(edit.Buttons.SelectMany(r => r), b => DigestBot.Render(b.Label, Language.Ru).Contains("Подписаться снова", StringComparison.Ordinal));
        Assert.Contains("больше не будут", DigestBot.Render(bot.LastToast!, Language.Ru), StringComparison.Ordinal);
        bot.Press(Ivan, tapped, "Подписаться снова");
        Assert.Equal(["abai", "atyrau"], bot.Subscriptions.Get(Ivan)!.RegionIds);
    }

    [Fact]
    public void WeeklyRollup_ComesOnMondayAt10_OnceAndOnlyWithDigests()
    {
        var bot = new DigestBot();
        bot.User(Aigerim, Language.Kk);
        bot.User(Ivan, Language.Ru);
        var week = WeeklyRollup.LatestDue(new DateTimeOffset(2026, 3, 4, 6, 0, 0, TimeSpan.Zero), DigestSamples.Astana);
        foreach (var (id, region) in new[] { (Aigerim, "atyrau"), (Ivan, "abai") })
        {
            bot.Subscriptions.Save(DigestSubscription.None(id).WithRegions([region], bot.Now.UtcDateTime).WithFrequency(DigestFrequency.Weekly, week, bot.Now.UtcDateTime));
        }

        bot.Publish(DigestSamples.Content("atyrau"), new DateTimeOffset(2026, 3, 4, 6, 0, 0, TimeSpan.Zero));
        Assert.Empty(bot.Deliver());
        var mondayBefore = new DateTimeOffset(2026, 3, 9, 9, 59, 0, TimeSpan.FromHours(5));
        var mondayAt = new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.FromHours(5));

        Assert.Empty(bot.Feature.SendRollups(mondayBefore));
        var rollups = bot.Feature.SendRollups(mondayAt);
        Assert.Empty(bot.Feature.SendRollups(mondayAt.AddHours(2)));

        var rollup = Assert.Single(rollups);
        Assert.Equal(Aigerim, rollup.ChatId);
        Assert.Contains("Жайық өзені", DigestBot.Html(rollup, Language.Kk), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 3, 9), bot.Subscriptions.Get(Ivan)!.LastRollupWeek);
    }

    [Fact]
    public void Archive_PagesNewestFirst_FiltersByRegion_AndOpensADigest()
    {
        var bot = new DigestBot();
        bot.User(Ivan, Language.Ru);
        for (var day = 1; day <= 4; day++)
        {
            bot.Publish(DigestSamples.Content(day % 2 == 0 ? "abai" : "atyrau") with { MeetingDate = new DateOnly(2026, 2, day) }, bot.Now.AddMinutes(day));
        }

        var first = Assert.Single(bot.Press(Ivan, DigestsFeature.ArchiveData(0, null)));
        var second = Assert.Single(bot.Press(Ivan, first.Buttons.SelectMany(r => r).Single(b => b.Label.Key == CommonTexts.NextPage).Data));
        var abai = Assert.Single(bot.Press(Ivan, DigestsFeature.ArchiveData(0, "abai")));

        Assert.Equal(["04.02.2026", "03.02.2026", "02.02.2026"], Dates(bot, first));
        Assert.Equal(["01.02.2026"], Dates(bot, second));
        Assert.Equal(["04.02.2026", "02.02.2026"], Dates(bot, abai));
        Assert.True(first.EditPressedMessage && second.EditPressedMessage);
        var opened = bot.Press(Ivan, [first], "04.02.2026");
        Assert.Contains("Река Жайык", DigestBot.Html(opened[0], Language.Ru), StringComparison.Ordinal);
    }

    [Fact]
    public void AWithdrawnOrForgedDigest_IsRefusedWithAToast()
    {
        var bot = new DigestBot();
        bot.User(Ivan, Language.Ru);
        var digest = bot.Publish(DigestSamples.Content());
        digest.Withdraw(DigestBot.Editor, bot.Now.UtcDateTime);
        bot.Digests.Update(digest);

        Assert.Empty(bot.Press(Ivan, DigestsFeature.ViewData(digest.Id)));
        Assert.Equal(DigestTexts.NotFound, bot.LastToast?.Key);
        Assert.Empty(bot.Press(Ivan, DigestsFeature.ViewData(987654)));
        Assert.Empty(bot.Press(Ivan, "d:v:-5"));
        Assert.Empty(bot.Press(Ivan, "d:u:1:nowhere"));
        Assert.Equal(CommonTexts.ButtonUnknown, bot.LastToast?.Key);
    }

    [Fact]
    public void DeepLink_OpensTheDigest()
    {
        var bot = new DigestBot();
        bot.User(Ivan, Language.En);
        var digest = bot.Publish(DigestSamples.Content("atyrau", Language.En));

        var replies = bot.Command(Ivan, "start", DigestsFeature.DeepLinkPayload(digest.Id));

        Assert.Contains("The Zhaiyk river", DigestBot.Html(Assert.Single(replies), Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_FindsAndOpens_OrSaysNothingWasFound()
    {
        var bot = new DigestBot();
        bot.User(Ivan, Language.Ru);
        bot.Publish(DigestSamples.Content());

        bot.Press(Ivan, DigestsFeature.Prefix + ":q");
        var found = Assert.Single(bot.Text(Ivan, "обмеление"));
        bot.Press(Ivan, [found], "Искать снова");
        var none = Assert.Single(bot.Text(Ivan, "космодром"));

        Assert.True(found.Text.Contains(DigestTexts.SearchFound));
        Assert.Contains(found.Buttons.SelectMany(r => r), b => b.Data.StartsWith("d:v:", StringComparison.Ordinal));
        Assert.True(none.Text.Contains(DigestTexts.SearchNone));
        Assert.False(bot.Record(Ivan).IsActive);
    }

    [Fact]
    public void ALongDigest_GoesInParts_AndWithAPhotoTheTextFollowsIt_NothingCut()
    {
        var bot = new DigestBot();
        bot.User(Ivan, Language.Ru);
        var paragraph = string.Concat(Enumerable.Repeat("Сенаторы обсудили обмеление реки Жайык и загрязнение воздуха. ", 20));
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, 5));
        var long1 = bot.Publish(DigestSamples.Content("atyrau", Language.Ru) with { Versions = [new DigestVersion(Language.Ru, "Длинный обзор", FormattedText.Plain(text))] });
        var withPhoto = bot.Publish(long1.Content with { Photo = new DigestPhoto("photo-file", null) });

        var parts = bot.Press(Ivan, DigestsFeature.ViewData(long1.Id));
        var photoFirst = bot.Press(Ivan, DigestsFeature.ViewData(withPhoto.Id));

        Assert.True(parts.Count >= 2);
        Assert.Empty(parts[0].Buttons);
        Assert.NotEmpty(parts[^1].Buttons);
        const string sentence = "Сенаторы обсудили обмеление реки Жайык и загрязнение воздуха.";
        var rendered = parts.Select(p => DigestBot.Render(p.Text, Language.Ru)).ToList();
        Assert.Equal(100, rendered.Sum(part => Occurrences(part, sentence)));
        Assert.All(rendered, part => Assert.True(part.Length <= 4096));
        Assert.Equal(AttachmentKind.Photo, photoFirst[0].Attachment?.Kind);
        Assert.Contains("Длинный обзор", DigestBot.Render(photoFirst[0].Text, Language.Ru), StringComparison.Ordinal);
        Assert.True(photoFirst.Count >= 3);
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static List<string> Dates(DigestBot bot, Reply screen) =>
        [.. screen.Buttons.SelectMany(r => r).Where(b => b.Data.StartsWith("d:v:", StringComparison.Ordinal)).Select(b => DigestBot.Render(b.Label, Language.Ru)[..10])];
}
