using System.Text.Json;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Domain.Texts;
using static Senate.Bot.Domain.Tests.Digests.DigestSamples;

namespace Senate.Bot.Domain.Tests.Digests;

public sealed class DigestTests
{
    [Fact]
    public void Publish_ADraft_PutsItInTheArchiveWithDeliveryDue()
    {
        var digest = Digest.NewDraft(Content(), createdBy: 7, Now);

        digest.Publish(Now.AddMinutes(5));

        Assert.Equal(DigestStatus.Published, digest.Status);
        Assert.Equal(Now.AddMinutes(5), digest.PublishedUtc);
        Assert.Equal(DigestDelivery.Pending, digest.Delivery);
        Assert.False(digest.Can(DigestAction.Publish));
        Assert.True(digest.Can(DigestAction.Correct));
    }

    [Fact]
    public void Schedule_ThenUnschedule_ThenPublish_FollowsTheLifecycle()
    {
        var digest = Digest.NewDraft(Content(), 7, Now);

        digest.Schedule(Now.AddHours(3), Now);
        Assert.Equal((DigestStatus.Scheduled, Now.AddHours(3)), (digest.Status, digest.ScheduledUtc!.Value));
        digest.Schedule(Now.AddHours(4), Now);
        digest.Unschedule(Now);
        Assert.Equal(DigestStatus.Draft, digest.Status);
        Assert.Null(digest.ScheduledUtc);
        digest.Publish(Now);

        Assert.Equal(DigestStatus.Published, digest.Status);
    }

    [Fact]
    public void Schedule_InThePast_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Digest.NewDraft(Content(), 7, Now).Schedule(Now, Now));

    [Fact]
    public void Publish_IncompleteContent_IsRefused()
    {
        var digest = Digest.NewDraft(Content() with { Versions = [] }, 7, Now);

        Assert.Throws<ArgumentException>(() => digest.Publish(Now));
        Assert.Equal(DigestStatus.Draft, digest.Status);
    }

    [Fact]
    public void MovesNotAllowed_Throw_AndChangeNothing()
    {
        var published = Digest.NewDraft(Content(), 7, Now);
        published.Publish(Now);
        var withdrawn = Digest.NewDraft(Content(), 7, Now);
        withdrawn.Withdraw(7, Now);

        Assert.Throws<InvalidOperationException>(() => published.Edit(Content("astana"), Now));
        Assert.Throws<InvalidOperationException>(() => published.Schedule(Now.AddDays(1), Now));
        Assert.Throws<InvalidOperationException>(() => Digest.NewDraft(Content(), 7, Now).Correct(Content("astana"), 7, Now));
        Assert.Throws<InvalidOperationException>(() => withdrawn.Publish(Now));
        Assert.Throws<InvalidOperationException>(() => withdrawn.Withdraw(7, Now));
        Assert.Equal(("atyrau", DigestStatus.Withdrawn), (published.Content.RegionIds[0], withdrawn.Status));
    }

    [Fact]
    public void Correct_RecordsWhatChangedByWhomAndWhy()
    {
        var digest = Digest.NewDraft(Content(), 7, Now);
        digest.Publish(Now);
        var ru = Version(Language.Ru);
        var corrected = digest.Content with
        {
            Versions = [Version(Language.Kk), ru with { Text = FormattedText.Plain("Сенаторы обсудили обмеление реки Жайык (Урал).") }, Version(Language.En)],
            RegionIds = ["atyrau", "west-kazakhstan"],
        };

        var correction = digest.Correct(corrected, by: 9, Now.AddDays(1), "Урал");

        Assert.Equal(new DigestCorrection(Now.AddDays(1), 9, DigestChanges.Text | DigestChanges.Languages | DigestChanges.Regions, "Урал"), correction);
        Assert.Equal([correction!], digest.Corrections);
        Assert.Equal(corrected, digest.Content);
        Assert.Equal(Now.AddDays(1), digest.LastCorrectedUtc());
    }

    [Fact]
    public void Correct_WithTheSameContent_RecordsNothing()
    {
        var digest = Digest.NewDraft(Content(), 7, Now);
        digest.Publish(Now);

        Assert.Null(digest.Correct(Content(), 9, Now.AddDays(1)));
        Assert.Empty(digest.Corrections);
        Assert.Null(digest.LastCorrectedUtc());
    }

    [Fact]
    public void MarkDelivered_OnlyOnceAndOnlyWhenPublished()
    {
        var digest = Digest.NewDraft(Content(), 7, Now);
        Assert.Throws<InvalidOperationException>(() => digest.MarkDelivered(Now));
        digest.Publish(Now);

        digest.MarkDelivered(Now.AddSeconds(1));

        Assert.Equal((DigestDelivery.Delivered, Now.AddSeconds(1)), (digest.Delivery, digest.DeliveredUtc!.Value));
        Assert.Throws<InvalidOperationException>(() => digest.MarkDelivered(Now));
    }

    [Fact]
    public void FromSeed_IsPublishedHistory_NeverDelivered_AndUnchangedUntilStaffChangeIt()
    {
        var digest = Digest.FromSeed("seed-1", Content(), Now.AddYears(-2), Now);

        Assert.Equal((DigestStatus.Published, DigestDelivery.Never), (digest.Status, digest.Delivery));
        Assert.False(digest.ChangedSinceSeed());
        digest.Correct(Content("astana"), 9, Now);
        Assert.True(digest.ChangedSinceSeed());

        var withdrawn = Digest.FromSeed("seed-2", Content(), Now, Now);
        withdrawn.Withdraw(9, Now);
        Assert.True(withdrawn.ChangedSinceSeed());
        Assert.False(Digest.NewDraft(Content(), 7, Now).ChangedSinceSeed());
    }

    [Theory]
    [InlineData(new[] { Language.Kk, Language.Ru, Language.En }, Language.En, Language.En)]
    [InlineData(new[] { Language.Kk, Language.Ru }, Language.En, Language.Ru)]
    [InlineData(new[] { Language.Kk, Language.En }, Language.Ru, Language.Kk)]
    [InlineData(new[] { Language.En }, Language.Kk, Language.En)]
    public void Best_ReadersLanguage_ElseRussianKazakhEnglish(Language[] present, Language reader, Language shown) =>
        Assert.Equal(shown, Content("atyrau", present).Best(reader).Language);

    [Fact]
    public void Problems_ExplainEachMistake()
    {
        var content = new DigestContent
        {
            RegionIds = ["national", "atyrau", "atlantis", "atlantis"],
            Versions = [Version(Language.Ru), Version(Language.Ru) with { Title = "line\nbreak" }, new(Language.En, " ", FormattedText.Plain(" "))],
            Photo = new DigestPhoto(null, null),
        };

        var problems = content.Problems(Regions);

        Assert.Equal(
            [
                new(DigestProblemKind.MeetingDateMissing),
                new(DigestProblemKind.NationalWithRegions),
                new(DigestProblemKind.RegionRepeated, RegionId: "atlantis"),
                new(DigestProblemKind.RegionUnknown, RegionId: "atlantis"),
                new(DigestProblemKind.LanguageRepeated, Language.Ru),
                new(DigestProblemKind.TitleInvalid, Language.Ru),
                new(DigestProblemKind.TitleInvalid, Language.En),
                new DigestProblem(DigestProblemKind.TextEmpty, Language.En),
                new(DigestProblemKind.PhotoWithoutImage),
            ],
            problems);
        Assert.Equal("TitleInvalid (ru)", problems[5].ToString());
        Assert.Empty(Content("national").Problems(Regions));
        Assert.Empty(Content("shymkent", Language.En).Problems(Regions));
    }

    [Fact]
    public void Fingerprint_IsStable_FollowsWhatReadersSee_AndIgnoresAnUploadedSeedImagesFileId()
    {
        var content = Content() with { Photo = new DigestPhoto(null, "atyrau.jpg") };

        Assert.Equal(content.Fingerprint(), (Content() with { Photo = new DigestPhoto(null, "atyrau.jpg") }).Fingerprint());
        Assert.Equal(32, content.Fingerprint().Length);
        Assert.Equal(content.Fingerprint(), (content with { Photo = new DigestPhoto("AgACAgIAAx", "atyrau.jpg") }).Fingerprint());
        Assert.NotEqual(content.Fingerprint(), (content with { MeetingDate = content.MeetingDate.AddDays(1) }).Fingerprint());
        Assert.NotEqual(content.Fingerprint(), (content with { Versions = [Version(Language.Kk)] }).Fingerprint());
        var bold = content.Versions[0] with { Text = new FormattedText(content.Versions[0].Text.Text, [new(SpanKind.Bold, 0, 5)]) };
        Assert.NotEqual(content.Fingerprint(), (content with { Versions = [bold, content.Versions[1]] }).Fingerprint());
    }

    [Fact]
    public void HasFingerprint_KnowsBothKinds_AndTheSha256OfADatabaseMadeBefore()
    {
        var content = Content();
        var other = Content("shymkent", Language.En);

        Assert.True(content.HasFingerprint(content.Fingerprint()));
        Assert.True(content.HasFingerprint(Sha256FingerprintOfContent));
        Assert.False(other.HasFingerprint(Sha256FingerprintOfContent));
        Assert.False(content.HasFingerprint(other.Fingerprint()));
        Assert.False(content.HasFingerprint(null));
        Assert.False(content.HasFingerprint(string.Empty));
    }

    [Fact]
    public void UpgradeSeedFingerprint_RewritesTheSha256OfAnUnchangedDigest_AndLeavesAChangedOneTellingItsChange()
    {
        var unchanged = Digest.FromSeed("seed-1", Content(), Now, Now);
        unchanged.SeedFingerprint = Sha256FingerprintOfContent;
        var corrected = Digest.FromSeed("seed-2", Content(), Now, Now);
        corrected.SeedFingerprint = Sha256FingerprintOfContent;
        corrected.Correct(Content("astana"), 9, Now);

        Assert.False(unchanged.ChangedSinceSeed());
        Assert.True(unchanged.UpgradeSeedFingerprint());
        Assert.Equal(Content().Fingerprint(), unchanged.SeedFingerprint);
        Assert.False(unchanged.ChangedSinceSeed());
        Assert.False(unchanged.UpgradeSeedFingerprint());

        Assert.True(corrected.ChangedSinceSeed());
        Assert.False(corrected.UpgradeSeedFingerprint());
        Assert.Equal(Sha256FingerprintOfContent, corrected.SeedFingerprint);
        Assert.True(corrected.ChangedSinceSeed());
    }

    [Fact]
    public void Content_Json_RoundTrip_KeepsEverything()
    {
        var content = Content("atyrau", Language.Kk, Language.Ru, Language.En) with
        {
            Photo = new DigestPhoto("AgACAgIAAx", null),
            Source = new DigestSource { Name = new LocalizedString("Сенат", "Сенат", "Senate"), Url = "https://senate.parlam.kz" },
        };

        var back = JsonSerializer.Deserialize<DigestContent>(JsonSerializer.Serialize(content));

        Assert.Equal(content, back);
    }
}
