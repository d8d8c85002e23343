using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Tests.Texts;
using static Senate.Bot.Domain.Tests.Concerns.ConcernHarness;

namespace Senate.Bot.Domain.Tests.Concerns;

public sealed class ConcernFlowTests
{
    [Theory]
    [InlineData(Language.Kk)]
    [InlineData(Language.Ru)]
    [InlineData(Language.En)]
    public void FileConcern_WholeFormInEachLanguage_RegistersItAndSendsReceiptAndStaffPost(Language language)
    {
        var bot = new ConcernHarness();
        bot.User(Citizen, language, "Aigerim");

        var turn = bot.FileConcern(Citizen);

        var concern = Assert.Single(bot.Store.All);
        Assert.Equal("SB-2026-000001", concern.Number);
        Assert.Equal(Citizen, concern.AuthorId);
        Assert.Equal(language, concern.AuthorLanguage);
        Assert.Equal(("atyrau", "Атырау", "ecology"), (concern.RegionId, concern.Settlement, concern.CategoryId));
        Assert.Equal(["photo-1001-0", "photo-1001-1"], concern.PhotoFileIds);
        Assert.Equal((47.1167, 51.8833), (concern.Latitude!.Value, concern.Longitude!.Value));
        Assert.False(concern.Anonymous);
        Assert.Equal(("Aigerim Тестова", "+7 701 123 45 67"), (concern.ContactName, concern.ContactPhone));
        Assert.Equal(WorkingMorning.UtcDateTime, concern.ConsentUtc);
        Assert.Equal(ConcernStatus.New, concern.Status);
        Assert.Equal(ConcernEvent.Submitted, Assert.Single(concern.History).Event);
        Assert.False(bot.RecordOf(Citizen).IsActive);

        var receipt = ReplyWith(turn, ConcernTexts.Receipt);
        Assert.Null(receipt.ChatId);
        Assert.True(receipt.RemoveKeyboard);
        Assert.Equal("SB-2026-000001", receipt.Text.Arg("number"));
        Assert.Equal(new DateOnly(2026, 6, 3), receipt.Text.Arg("due"));
        Assert.Contains("SB-2026-000001", Plain(receipt.Text, language), StringComparison.Ordinal);

        var post = ReplyWith(turn, ConcernTexts.StaffCard);
        Assert.Equal(StaffChatId, post.ChatId);
        Assert.Equal(Language.Ru, post.Language);
        Assert.Equal($"concern:{concern.Id}", post.Tag);
        Assert.Equal(concern.PhotoFileIds, post.Album);
        Assert.Equal((47.1167, 51.8833), post.Location);
        Assert.Contains(post.Buttons.SelectMany(r => r), b => b.Label.Key == ConcernTexts.StaffAccept && b.Data == $"c:s:a:{concern.Id}");
    }

    [Fact]
    public void FileConcern_Anonymous_StoresNoContactAndSaysItIsASignal()
    {
        var bot = new ConcernHarness();

        var turn = bot.FileConcern(Citizen, anonymous: true, photos: 0, location: false, settlement: null);

        var concern = Assert.Single(bot.Store.All);
        Assert.True(concern.Anonymous);
        Assert.Null(concern.ContactPhone);
        Assert.Null(concern.ConsentUtc);
        Assert.Null(concern.Settlement);
        Assert.Empty(concern.PhotoFileIds);
        Assert.Null(concern.Latitude);
        Assert.True(ReplyWith(turn, ConcernTexts.Receipt).Text.Contains(ConcernTexts.ReceiptAnonymous));
        Assert.Empty(ReplyWith(turn, ConcernTexts.StaffCard).Album);
    }

    [Fact]
    public void Anonymous_ExplainsWhatItMeansBeforeSubmitting()
    {
        var bot = new ConcernHarness();
        var turn = ToConsent(bot);

        turn = bot.Press(Citizen, turn, ConcernTexts.ConsentAnonymous);

        Assert.True(Has(turn, ConcernTexts.AnonymousExplain));
        Assert.Contains("не рассматривают анонимные обращения", Plain(ReplyWith(turn, ConcernTexts.AnonymousExplain).Text, Language.Ru), StringComparison.Ordinal);
        turn = bot.Press(Citizen, turn, ConcernTexts.AnonymousGiveContact);
        Assert.True(Has(turn, ConcernTexts.Consent));
    }

    [Fact]
    public void Consent_NamesOperatorDataPurposePeriodAndThirdParties()
    {
        var bot = new ConcernHarness();

        var text = Plain(ReplyWith(ToConsent(bot), ConcernTexts.Consent).Text, Language.Ru);

        Assert.Contains("Сенат Парламента Республики Казахстан", text, StringComparison.Ordinal);
        Assert.Contains("имя и номер телефона", text, StringComparison.Ordinal);
        Assert.Contains("Цель", text, StringComparison.Ordinal);
        Assert.Contains("Срок", text, StringComparison.Ordinal);
        Assert.Contains("Третьим лицам", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Description_Sticker_ExplainsAndAsksAgain()
    {
        var bot = new ConcernHarness();
        ToDescription(bot);

        var turn = bot.Send(Citizen, new UnsupportedInput("sticker"));

        Assert.Equal([CommonTexts.WantText, ConcernTexts.AskDescription], Pieces(Assert.Single(turn.Replies).Text));
    }

    [Fact]
    public void Description_VoiceThenPhoto_EachExplained()
    {
        var bot = new ConcernHarness();
        ToDescription(bot);

        Assert.True(Has(bot.Send(Citizen, new UnsupportedInput("voice")), CommonTexts.WantText));
        var turn = bot.Send(Citizen, new PhotoInput("f", "u", "caption"));

        Assert.Equal([ConcernTexts.PhotoNotYet, ConcernTexts.AskDescription], Pieces(Assert.Single(turn.Replies).Text));
    }

    [Fact]
    public void Description_TooShort_ExplainsTheWindow()
    {
        var bot = new ConcernHarness();
        ToDescription(bot);

        var turn = bot.Text(Citizen, "Нет воды");

        var reply = Assert.Single(turn.Replies);
        Assert.Equal([CommonTexts.TextTooShort, ConcernTexts.AskDescription], Pieces(reply.Text));
        Assert.Equal((8, 20, 3000), (reply.Text.Arg("length"), reply.Text.Arg("min"), reply.Text.Arg("max")));
    }

    [Fact]
    public void Description_TooLong_ExplainsTheLimit()
    {
        var bot = new ConcernHarness();
        ToDescription(bot);

        var turn = bot.Text(Citizen, new string('а', 3001));

        var reply = Assert.Single(turn.Replies);
        Assert.Equal([CommonTexts.TextTooLong, ConcernTexts.AskDescription], Pieces(reply.Text));
        Assert.Equal((3001, 3000), (reply.Text.Arg("length"), reply.Text.Arg("max")));
    }

    [Fact]
    public void Photos_SixthPhoto_IsRefusedPolitely()
    {
        var bot = new ConcernHarness();
        ToPhotos(bot);
        for (var i = 0; i < 5; i++)
        {
            bot.Send(Citizen, new PhotoInput($"p{i}", $"u{i}", null));
        }

        var turn = bot.Send(Citizen, new PhotoInput("p6", "u6", null));

        var refused = Assert.Single(turn.Replies);
        Assert.Equal([ConcernTexts.PhotoLimit, ConcernTexts.PhotosReceived], Pieces(refused.Text));
        Assert.Equal(5, refused.Text.Piece(ConcernTexts.PhotosReceived).Arg("count"));
        bot.Press(Citizen, turn, ConcernTexts.PhotosDone);
        turn = bot.Send(Citizen, new LocationInput(1, 2));
        turn = bot.Press(Citizen, turn, ConcernTexts.ConsentAnonymous);
        turn = bot.Press(Citizen, turn, ConcernTexts.AnonymousConfirm);
        Assert.Equal(5, ReplyWith(turn, ConcernTexts.Review).Text.Arg("photos"));
    }

    [Fact]
    public void Photos_TextOrImageFile_Explained()
    {
        var bot = new ConcernHarness();
        ToPhotos(bot);

        Assert.True(Has(bot.Text(Citizen, "вот фото"), CommonTexts.WantPhoto));
        var turn = bot.Send(Citizen, new DocumentInput("doc", "IMG_1.jpg", "image/jpeg", null));

        Assert.Equal([CommonTexts.PhotoAsFile, ConcernTexts.AskPhotos], Pieces(Assert.Single(turn.Replies).Text));
    }

    [Fact]
    public void Photos_RemoveAll_StartsAgainFromNone()
    {
        var bot = new ConcernHarness();
        ToPhotos(bot);
        var turn = bot.Send(Citizen, new PhotoInput("p1", "u1", null));

        Assert.Equal(1, ReplyWith(turn, ConcernTexts.PhotosReceived).Text.Arg("count"));
        turn = bot.Press(Citizen, turn, ConcernTexts.PhotosRemove);

        var ask = Sent(turn)[^1];
        Assert.Equal(ConcernTexts.AskPhotos, ask.Text.Key);
        Assert.Contains(ask.Buttons.SelectMany(r => r), b => b.Label.Key == CommonTexts.Skip);
        Assert.DoesNotContain(ask.Buttons.SelectMany(r => r), b => b.Label.Key == ConcernTexts.PhotosRemove);
    }

    [Fact]
    public void Region_TextWhereButtonsAreExpected_AsksToUseButtons()
    {
        var bot = new ConcernHarness();
        bot.Data(Citizen, "c:new");

        var turn = bot.Text(Citizen, "помогите пожалуйста");

        var hint = Assert.Single(turn.Replies);
        Assert.Equal([CommonTexts.NotAnOption, CommonTexts.UseButtonsAbove], Pieces(hint.Text));
        Assert.Empty(hint.Buttons);
    }

    [Theory]
    [InlineData("Атырау", "atyrau")]
    [InlineData("атырауская область", "atyrau")]
    [InlineData("Шығыс Қазақстан облысы", "east-kazakhstan")]
    [InlineData("г. Алматы", "almaty")]
    [InlineData("Almaty Region", "almaty-region")]
    public void Region_TypedName_IsRecognised(string typed, string expected)
    {
        var bot = new ConcernHarness();
        bot.Data(Citizen, "c:new");

        var turn = bot.Text(Citizen, typed);

        var ask = ReplyWith(turn, ConcernTexts.AskSettlement);
        Assert.Equal(Regions.Find(expected)!.Name, ask.Text.Arg("region"));
    }

    [Fact]
    public void Region_Grid_PairsShortNamesAndKeepsLongOnesAlone()
    {
        var bot = new ConcernHarness();

        var reply = ReplyWith(bot.Data(Citizen, "c:new"), ConcernTexts.AskRegion);

        var regionRows = reply.Buttons.Where(row => row.All(b => b.Data.Contains(":r:", StringComparison.Ordinal))).ToList();
        Assert.Equal(20, regionRows.Sum(row => row.Count));
        // Two to a row, in the seed's order; the three long Russian names ("Западно-Казахстанская"…) get a row each.
        Assert.True(regionRows.Count <= 13, $"{regionRows.Count} rows is not compact.");
        Assert.All(regionRows.SelectMany(row => row), b => Assert.True(Plain(b.Label, Language.Ru).Length <= 22));
        Assert.All(regionRows.Where(row => row.Count == 2).SelectMany(row => row), b => Assert.True(Plain(b.Label, Language.Ru).Length <= 18));
    }

    [Fact]
    public void Region_AlmatyCityAndRegion_StayDistinctInEveryLanguage()
    {
        var bot = new ConcernHarness();
        var reply = ReplyWith(bot.Data(Citizen, "c:new"), ConcernTexts.AskRegion);
        var buttons = reply.Buttons.SelectMany(row => row).ToList();

        foreach (var language in Languages.All)
        {
            var city = Plain(buttons.Single(b => b.Data.EndsWith(":r:almaty", StringComparison.Ordinal)).Label, language);
            var region = Plain(buttons.Single(b => b.Data.EndsWith(":r:almaty-region", StringComparison.Ordinal)).Label, language);
            Assert.NotEqual(city, region);
        }
    }

    [Fact]
    public void Settlement_TooShortOrSticker_Explained_SkipWorks()
    {
        var bot = new ConcernHarness();
        var turn = bot.Data(Citizen, "c:new");
        bot.PressData(Citizen, turn, ":r:atyrau");

        Assert.True(Has(bot.Text(Citizen, "А"), CommonTexts.TextTooShort));
        Assert.True(Has(bot.Send(Citizen, new UnsupportedInput("sticker")), CommonTexts.WantText));
        turn = bot.Text(Citizen, "  Кульсары ");

        Assert.True(Has(turn, ConcernTexts.AskCategory));
    }

    [Fact]
    public void Category_TextOrPhotoWhereButtonsAreExpected_AsksToUseButtons()
    {
        var bot = new ConcernHarness();
        var turn = bot.Data(Citizen, "c:new");
        turn = bot.PressData(Citizen, turn, ":r:atyrau");
        bot.Press(Citizen, turn, CommonTexts.Skip);

        Assert.True(Has(bot.Text(Citizen, "плохо всё"), CommonTexts.NotAnOption));
        Assert.True(Has(bot.Send(Citizen, new PhotoInput("f", "u", null)), CommonTexts.UnsupportedMessage));
        turn = bot.Text(Citizen, "Экология и воздух");
        Assert.True(Has(turn, ConcernTexts.AskDescription));
    }

    [Fact]
    public void Location_TextInstead_Explained()
    {
        var bot = new ConcernHarness();
        var turn = ToPhotos(bot);
        turn = bot.Press(Citizen, turn, CommonTexts.Skip);
        var ask = ReplyWith(turn, ConcernTexts.AskLocation);
        Assert.Equal(KeyRequest.Location, Assert.Single(Assert.Single(ask.Keyboard!.Rows)).Request);

        turn = bot.Text(Citizen, "ул. Абая 5");

        var hint = Assert.Single(turn.Replies);
        Assert.Equal([CommonTexts.WantLocation, ConcernTexts.AskLocation], Pieces(hint.Text));
        Assert.NotNull(hint.Keyboard);
    }

    [Fact]
    public void Contact_SomeoneElses_IsRefused_OwnAccepted()
    {
        var bot = new ConcernHarness();
        var turn = bot.Press(Citizen, ToConsent(bot), ConcernTexts.ConsentAgree);
        Assert.Equal(KeyRequest.Contact, Assert.Single(Assert.Single(ReplyWith(turn, ConcernTexts.AskContact).Keyboard!.Rows)).Request);

        turn = bot.Send(Citizen, new ContactInput("77770000000", "Мама", null, 555));
        Assert.Equal([CommonTexts.NotOwnContact, ConcernTexts.AskContact], Pieces(Assert.Single(turn.Replies).Text));
        turn = bot.Send(Citizen, new ContactInput("77770000001", "Визитка", null, null));
        Assert.True(Has(turn, CommonTexts.NotOwnContact));
        Assert.True(Has(bot.Text(Citizen, "87011234567"), CommonTexts.WantContact));

        turn = bot.Send(Citizen, new ContactInput("+77011234567", "Айгерим", null, Citizen));
        var review = ReplyWith(turn, ConcernTexts.Review);
        Assert.True(review.RemoveKeyboard);
        Assert.Equal("Айгерим, +7 701 123 45 67", Plain((Text)review.Text.Arg("contact")!, Language.Ru));
    }

    [Fact]
    public void StaleButton_FromAnEarlierStep_IsToldAndTheStepAskedAgain()
    {
        var bot = new ConcernHarness();
        var regionTurn = bot.Data(Citizen, "c:new");
        bot.PressData(Citizen, regionTurn, ":r:atyrau");

        var turn = bot.PressData(Citizen, regionTurn, ":r:abai");

        Assert.Equal(CommonTexts.ButtonStale, turn.Toast!.Key);
        Assert.Empty(turn.Replies);
        Assert.Equal("settlement", bot.RecordOf(Citizen).State);
    }

    [Fact]
    public void Review_EditDescriptionAndRegion_ReturnToReviewWithTheNewValues()
    {
        var bot = new ConcernHarness();
        var review = ToReview(bot);

        var turn = bot.Press(Citizen, review, ConcernTexts.EditDescription);
        Assert.True(Has(turn, ConcernTexts.AskDescription));
        turn = bot.Text(Citizen, "Новое описание: в посёлке нет воды уже третью неделю.");
        var again = ReplyWith(turn, ConcernTexts.Review);
        Assert.Equal("Новое описание: в посёлке нет воды уже третью неделю.", again.Text.Arg("description"));

        turn = bot.Press(Citizen, turn, ConcernTexts.EditRegion);
        turn = bot.PressData(Citizen, turn, ":r:mangystau");
        Assert.Equal(Regions.Find("mangystau")!.Name, ReplyWith(turn, ConcernTexts.Review).Text.Arg("region"));

        turn = bot.Press(Citizen, turn, ConcernTexts.EditContact);
        turn = bot.Press(Citizen, turn, ConcernTexts.ConsentAnonymous);
        turn = bot.Press(Citizen, turn, ConcernTexts.AnonymousConfirm);
        Assert.Equal(ConcernTexts.ContactAnonymous, KeyOf(ReplyWith(turn, ConcernTexts.Review).Text.Arg("contact")));

        bot.Press(Citizen, turn, ConcernTexts.Submit);
        var concern = Assert.Single(bot.Store.All);
        Assert.Equal("mangystau", concern.RegionId);
        Assert.True(concern.Anonymous);
        Assert.Null(concern.ContactPhone);
    }

    [Fact]
    public void Review_EditPhotosAndLocation_ReturnToReview()
    {
        var bot = new ConcernHarness();
        var turn = bot.Press(Citizen, ToReview(bot), ConcernTexts.EditPhotos);
        turn = bot.Send(Citizen, new PhotoInput("extra", "extra-u", null));
        turn = bot.Press(Citizen, turn, ConcernTexts.PhotosDone);
        Assert.Equal(1, ReplyWith(turn, ConcernTexts.Review).Text.Arg("photos"));

        turn = bot.Press(Citizen, turn, ConcernTexts.EditLocation);
        turn = bot.Press(Citizen, turn, ConcernTexts.NoLocationButton);

        Assert.Equal(ConcernTexts.NotGiven, KeyOf(ReplyWith(turn, ConcernTexts.Review).Text.Arg("location")));
    }

    [Fact]
    public void Review_Text_AsksToUseButtons()
    {
        var bot = new ConcernHarness();
        ToReview(bot);

        var turn = bot.Text(Citizen, "отправляй");

        Assert.Equal([CommonTexts.NotAnOption, CommonTexts.UseButtonsAbove], Pieces(Assert.Single(turn.Replies).Text));
    }

    [Fact]
    public void Cancel_DiscardsTheDraftAndStoresNothing()
    {
        var bot = new ConcernHarness();
        var turn = bot.Press(Citizen, ToReview(bot), CommonTexts.CancelButton);

        Assert.True(Has(turn, CommonTexts.Cancelled));
        Assert.False(bot.RecordOf(Citizen).IsActive);
        Assert.Empty(bot.Store.All);
    }

    [Fact]
    public void Restart_InTheMiddleOfTheForm_ContinuesWhereItStopped()
    {
        var bot = new ConcernHarness();
        ToPhotos(bot);
        bot.Send(Citizen, new PhotoInput("before-restart", "u", null));

        bot.Restart();
        var turn = bot.Send(Citizen, new PhotoInput("after-restart", "u2", null));

        Assert.Equal(2, ReplyWith(turn, ConcernTexts.PhotosReceived).Text.Arg("count"));
    }

    [Fact]
    public void Banned_User_IsToldPolitelyAndNothingIsStored()
    {
        var bot = new ConcernHarness();
        bot.UserOf(Citizen).Banned = true;

        var turn = bot.Data(Citizen, "c:new");

        Assert.Equal([CommonTexts.Banned], turn.Replies.Select(r => r.Text.Key));
        Assert.False(bot.RecordOf(Citizen).IsActive);
        Assert.Empty(bot.Store.All);
    }

    [Fact]
    public void Menu_OffersReportAndMyConcerns()
    {
        var bot = new ConcernHarness();

        var turn = bot.Send(Citizen, new CommandInput("menu", string.Empty));

        var data = turn.Replies.SelectMany(r => r.Buttons.SelectMany(row => row)).Select(b => b.Data).ToList();
        Assert.Contains("c:new", data);
        Assert.Contains("c:my", data);
    }

    internal static Turn ToDescription(ConcernHarness bot, long user = Citizen, string region = "atyrau", string category = "ecology")
    {
        var turn = bot.Data(user, "c:new");
        turn = bot.PressData(user, turn, ":r:" + region);
        turn = bot.Press(user, turn, CommonTexts.Skip);
        return bot.PressData(user, turn, ":k:" + category);
    }

    internal static Turn ToPhotos(ConcernHarness bot, long user = Citizen)
    {
        ToDescription(bot, user);
        var turn = bot.Text(user, "Во дворе дома уже месяц не вывозят мусор, контейнеры переполнены.");
        Assert.True(Has(turn, ConcernTexts.AskPhotos));
        return turn;
    }

    internal static Turn ToConsent(ConcernHarness bot, long user = Citizen)
    {
        var turn = bot.Press(user, ToPhotos(bot, user), CommonTexts.Skip);
        return bot.Press(user, turn, ConcernTexts.NoLocationButton);
    }

    internal static Turn ToReview(ConcernHarness bot, long user = Citizen)
    {
        var turn = bot.Press(user, ToConsent(bot, user), ConcernTexts.ConsentAgree);
        return bot.Send(user, new ContactInput("77011234567", "Айгерим", null, user));
    }
}
