using Senate.Bot.Domain.Tests.Texts;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using static Senate.Bot.Domain.Tests.Concerns.ConcernHarness;

namespace Senate.Bot.Domain.Tests.Concerns;

public sealed class SimilarAndLimitsTests
{
    private const string Smoke = "Из трубы нефтеперерабатывающего завода по ночам идёт чёрный дым, дышать невозможно.";

    private static Concern Open(ConcernHarness bot, long author, string description, string region = "atyrau", string category = "ecology", int supporters = 0, ConcernStatus status = ConcernStatus.New, int daysAgo = 3) =>
        bot.Store.Seed(new Concern
        {
            AuthorId = author,
            AuthorLanguage = Language.Ru,
            RegionId = region,
            CategoryId = category,
            Description = description,
            Status = status,
            SupportCount = supporters,
            SupporterIds = [.. Enumerable.Range(0, supporters).Select(i => 5000L + i)],
            RegisteredUtc = WorkingMorning.UtcDateTime.AddDays(-daysAgo),
            RegistrationDate = new DateTime(2026, 5, 8, 0, 0, 0, DateTimeKind.Utc),
            DueDate = new DateTime(2026, 5, 29, 0, 0, 0, DateTimeKind.Utc),
        });

    /// <summary>The numbers of the concerns offered for "me too", in the order of their buttons.</summary>
    private static List<object?> Offered(Turn turn) =>
        [.. ReplyWith(turn, ConcernTexts.SimilarIntro).Buttons.SelectMany(r => r).Where(b => b.Label.Key == ConcernTexts.SimilarSupportButton).Select(b => b.Label.Arg("number"))];

    [Fact]
    public void Similar_OpenConcernsOfTheSameRegionAndCategory_AreOfferedMostRelevantFirst()
    {
        var bot = new ConcernHarness();
        var roads = Open(bot, 2001, "Ночью чёрный дым от завода", category: "roads");
        var elsewhere = Open(bot, 2002, "Ночью чёрный дым от завода", region: "pavlodar");
        var closed = Open(bot, 2003, "Чёрный дым от завода ночью", status: ConcernStatus.Closed);
        var popular = Open(bot, 2004, "Мусор не вывозят с площадки у школы", supporters: 7);
        var relevant = Open(bot, 2005, "Чёрный дым из трубы завода ночами, в квартирах нечем дышать");
        ConcernFlowTests.ToDescription(bot);

        var offered = Offered(bot.Text(Citizen, Smoke));
        Assert.Equal([relevant.Number, popular.Number], offered);
        Assert.DoesNotContain(roads.Number, offered);
        Assert.DoesNotContain(elsewhere.Number, offered);
        Assert.DoesNotContain(closed.Number, offered);
    }

    [Fact]
    public void Similar_WithoutSharedWords_TheMostSupportedThenTheNewest_AndOnlyThree()
    {
        var bot = new ConcernHarness();
        var older = Open(bot, 2001, "Мусор не вывозят", supporters: 2);
        var most = Open(bot, 2002, "Нет воды в доме", supporters: 5);
        var newer = Open(bot, 2003, "Сломан лифт", supporters: 2, daysAgo: 1);
        var sameAsOlder = Open(bot, 2004, "Нет освещения во дворе", supporters: 2);
        var fewest = Open(bot, 2005, "Яма на остановке");
        ConcernFlowTests.ToDescription(bot);

        var offered = Offered(bot.Text(Citizen, Smoke));
        Assert.Equal([most.Number, newer.Number, older.Number], offered);
        Assert.DoesNotContain(sameAsOlder.Number, offered);
        Assert.DoesNotContain(fewest.Number, offered);
    }

    [Fact]
    public void Similar_OwnAndAlreadySupportedConcerns_AreNotOffered()
    {
        var bot = new ConcernHarness();
        Open(bot, Citizen, "Мой старый текст про дым от завода ночью");
        var supported = Open(bot, 2001, "Дым от завода ночью");
        supported.SupporterIds.Add(Citizen);
        supported.SupportCount = 1;
        bot.Store.Update(supported);
        ConcernFlowTests.ToDescription(bot);

        var turn = bot.Text(Citizen, Smoke);

        Assert.False(Has(turn, ConcernTexts.SimilarIntro));
        Assert.True(Has(turn, ConcernTexts.AskPhotos));
    }

    [Fact]
    public void MeToo_CountsTheSupportOnce_UpdatesTheStaffPost_AndEndsTheForm()
    {
        var bot = new ConcernHarness();
        var original = Open(bot, 2001, "Дым от завода ночью, дышать невозможно");
        ConcernFlowTests.ToDescription(bot);
        var turn = bot.Text(Citizen, Smoke);

        turn = bot.Press(Citizen, turn, ConcernTexts.SimilarSupportButton);

        var stored = bot.Store.Get(original.Id)!;
        Assert.Equal(1, stored.SupportCount);
        Assert.Equal([Citizen], stored.SupporterIds);
        Assert.Equal((original.Number, 2), (ReplyWith(turn, ConcernTexts.SupportThanks).Text.Arg("number"), ReplyWith(turn, ConcernTexts.SupportThanks).Text.Arg("people")));
        Assert.Equal($"concern:{original.Id}", ReplyWith(turn, ConcernTexts.StaffCard).EditTag);
        Assert.False(bot.RecordOf(Citizen).IsActive);
        Assert.Single(bot.Store.All);

        // The same person cannot be counted twice, even through a new form.
        ConcernFlowTests.ToDescription(bot);
        turn = bot.Text(Citizen, Smoke + " Опять.");
        Assert.False(Has(turn, ConcernTexts.SimilarIntro));
        Assert.Equal(1, bot.Store.Get(original.Id)!.SupportCount);
    }

    [Fact]
    public void MeToo_ConcernClosedMeanwhile_SaysSoAndOffersToFileOwn()
    {
        var bot = new ConcernHarness();
        var original = Open(bot, 2001, "Дым от завода ночью");
        ConcernFlowTests.ToDescription(bot);
        var offer = bot.Text(Citizen, Smoke);
        var closed = bot.Store.Get(original.Id)!;
        closed.Status = ConcernStatus.Closed;
        bot.Store.Update(closed);

        var turn = bot.Press(Citizen, offer, ConcernTexts.SimilarSupportButton);

        Assert.True(Has(turn, ConcernTexts.SupportClosed));
        Assert.True(Has(turn, ConcernTexts.AskPhotos));
        Assert.Equal(0, bot.Store.Get(original.Id)!.SupportCount);
    }

    [Fact]
    public void MeToo_OneOfTwoClosedMeanwhile_SaysSo_AndOffersTheOtherAlone()
    {
        var bot = new ConcernHarness();
        var closing = Open(bot, 2001, "Дым от завода ночью");
        var open = Open(bot, 2002, "Чёрный дым завода, дышать невозможно");
        ConcernFlowTests.ToDescription(bot);
        var offer = bot.Text(Citizen, Smoke);
        Assert.Equal(2, Offered(offer).Count);
        var closed = bot.Store.Get(closing.Id)!;
        closed.Status = ConcernStatus.Closed;
        bot.Store.Update(closed);

        var turn = bot.PressData(Citizen, offer, "sup:" + closing.Id);

        Assert.True(Has(turn, ConcernTexts.SupportClosed));
        Assert.Equal([open.Number], Offered(turn));
        Assert.Equal(0, bot.Store.Get(closing.Id)!.SupportCount);
    }

    [Fact]
    public void NoFileMine_ContinuesToPhotos()
    {
        var bot = new ConcernHarness();
        Open(bot, 2001, "Дым от завода ночью");
        ConcernFlowTests.ToDescription(bot);

        var turn = bot.Press(Citizen, bot.Text(Citizen, Smoke), ConcernTexts.SimilarOwnButton);

        Assert.True(Has(turn, ConcernTexts.AskPhotos));
    }

    [Fact]
    public void DailyLimit_Reached_RefusesANewFormAtTheStart()
    {
        var bot = new ConcernHarness();
        for (var i = 0; i < 3; i++)
        {
            bot.FileConcern(Citizen, description: $"Проблема номер {i}: в подъезде нет света уже неделю.");
        }

        var turn = bot.Data(Citizen, "c:new");

        Assert.Equal(3, ReplyWith(turn, ConcernTexts.LimitReached).Text.Arg("limit"));
        Assert.False(bot.RecordOf(Citizen).IsActive);
        Assert.Equal(3, bot.Store.All.Count);
    }

    [Fact]
    public void DailyLimit_IsPerAstanaDay_TomorrowIsAllowedAgain()
    {
        var bot = new ConcernHarness(configure: s => s.DailyLimit = 1);
        bot.FileConcern(Citizen);

        Assert.True(Has(bot.Data(Citizen, "c:new"), ConcernTexts.LimitReached));
        bot.Clock.Advance(TimeSpan.FromHours(14)); // 00:30 the next day in Astana
        Assert.True(Has(bot.Data(Citizen, "c:new"), ConcernTexts.AskRegion));
    }

    [Fact]
    public void DailyLimit_ReachedWhileFilling_IsCheckedAgainOnSubmit()
    {
        var bot = new ConcernHarness(configure: s => s.DailyLimit = 1);
        var review = ConcernFlowTests.ToReview(bot);
        var other = Open(bot, Citizen, "Отправлено с другого устройства, пока форма была открыта.");
        other.RegisteredUtc = WorkingMorning.UtcDateTime;
        bot.Store.Update(other);

        var turn = bot.Press(Citizen, review, ConcernTexts.Submit);

        Assert.True(Has(turn, ConcernTexts.LimitReached));
        Assert.Single(bot.Store.All);
    }

    [Fact]
    public void SameText_Twice_IsRefused_EvenWithOtherSpacingAndCase()
    {
        var bot = new ConcernHarness();
        bot.FileConcern(Citizen, description: "В селе нет воды уже третью неделю, возим из соседнего района.");
        ConcernFlowTests.ToDescription(bot);

        var turn = bot.Text(Citizen, "  в селе НЕТ воды уже третью неделю,   возим из соседнего района!! ");

        Assert.Equal("SB-2026-000001", ReplyWith(turn, ConcernTexts.RepeatedText).Text.Arg("number"));
        Assert.Equal([ConcernTexts.RepeatedText, ConcernTexts.AskDescription], Pieces(Assert.Single(turn.Replies).Text));
    }

    [Fact]
    public void SameText_AfterTheWindow_IsAccepted()
    {
        var bot = new ConcernHarness(configure: s => s.RepeatedTextWindow = TimeSpan.FromDays(7));
        bot.FileConcern(Citizen, description: "В селе нет воды уже третью неделю, возим из соседнего района.");
        bot.Clock.Advance(TimeSpan.FromDays(8));
        ConcernFlowTests.ToDescription(bot);

        var turn = bot.Text(Citizen, "В селе нет воды уже третью неделю, возим из соседнего района.");

        Assert.False(Has(turn, ConcernTexts.RepeatedText));
    }

    [Fact]
    public void SameText_FromAnotherPerson_IsNotRefused()
    {
        var bot = new ConcernHarness();
        bot.FileConcern(Citizen, region: "pavlodar", description: "В селе нет воды уже третью неделю, возим из соседнего района.");
        ConcernFlowTests.ToDescription(bot, OtherCitizen);

        var turn = bot.Text(OtherCitizen, "В селе нет воды уже третью неделю, возим из соседнего района.");

        Assert.True(Has(turn, ConcernTexts.AskPhotos));
    }

    [Fact]
    public void Numbers_AreSequentialPerYearOfRegistration()
    {
        var bot = new ConcernHarness(start: new DateTimeOffset(2026, 12, 30, 10, 0, 0, TimeSpan.FromHours(5)));
        bot.FileConcern(Citizen, description: "Первая: на трассе провалился асфальт, машины бьют колёса.");
        bot.FileConcern(OtherCitizen, description: "Вторая: на трассе провалился асфальт, машины бьют колёса.");
        bot.Clock.Advance(TimeSpan.FromDays(2)); // 1 January 2027, a holiday: registered on the next working day, in 2027

        bot.FileConcern(Citizen, description: "Третья: на трассе провалился асфальт, машины бьют колёса.");

        Assert.Equal(["SB-2026-000001", "SB-2026-000002", "SB-2027-000001"], bot.Store.All.OrderBy(c => c.Id).Select(c => c.Number));
    }

    [Fact]
    public void UserOnlyCommandsAndButtonsOfOtherFeatures_AreNotTaken()
    {
        var bot = new ConcernHarness();

        var turn = bot.Data(Citizen, "c:nonsense");

        Assert.Equal(CommonTexts.ButtonUnknown, turn.Toast!.Key);
    }
}
