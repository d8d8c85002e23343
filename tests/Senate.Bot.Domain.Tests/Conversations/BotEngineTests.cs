using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using Senate.Bot.Tests.Shared;

namespace Senate.Bot.Domain.Tests.Conversations;

public sealed class BotEngineTests
{
    private readonly SurveyFeature _survey = new();

    private EngineHarness Harness(string? languageCode = "ru", StaffRole role = StaffRole.None) => new([_survey], languageCode, role);

    [Theory]
    [InlineData("kk", Language.Kk)]
    [InlineData("ru", Language.Ru)]
    [InlineData("en-US", Language.En)]
    [InlineData(null, Language.Ru)]
    [InlineData("de", Language.Ru)]
    public void Start_FirstTime_OffersThreeLanguagesWithTheUsersOnePreselected(string? tag, Language expected)
    {
        var bot = Harness(tag);

        var replies = bot.Command("start");

        var offer = Assert.Single(replies);
        Assert.Equal(CommonTexts.ChooseLanguage, offer.Text.Key);
        var labels = offer.Buttons.SelectMany(r => r).Select(b => bot.Render(b.Label)).ToList();
        Assert.Equal(["Қазақша", "Русский", "English"], labels.Select(l => l.Replace("✅ ", string.Empty, StringComparison.Ordinal)));
        Assert.Single(labels, l => l.StartsWith('✅'));
        Assert.StartsWith("✅", labels[Languages.All.ToList().IndexOf(expected)], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Қазақша", Language.Kk, "Сәлеметсіз бе")]
    [InlineData("Русский", Language.Ru, "Здравствуйте")]
    [InlineData("English", Language.En, "Hello")]
    public void ChoosingALanguage_SetsItAndGreetsInIt(string label, Language language, string greeting)
    {
        var bot = Harness();
        bot.Command("start");

        var replies = bot.PressLabel(label);

        Assert.Equal(language, bot.User.Language);
        Assert.True(bot.User.LanguageChosen);
        Assert.Equal([CommonTexts.LanguageSet, CommonTexts.Welcome, CommonTexts.MenuTitle], EngineHarness.Keys(replies));
        Assert.True(replies[0].EditPressedMessage, "The language picker becomes the confirmation, so its buttons go.");
        Assert.StartsWith(greeting, bot.Render(replies[1].Text), StringComparison.Ordinal);
    }

    [Fact]
    public void LanguageCommand_SwitchesWithoutLosingTheFlowInProgress()
    {
        var bot = Harness();
        bot.Command("start");
        bot.PressLabel("Русский");
        bot.Command("survey");

        bot.Command("language");
        var replies = bot.PressLabel("English");

        Assert.Equal(Language.En, bot.User.Language);
        Assert.Equal("survey", bot.Record.Flow);
        Assert.Equal([CommonTexts.LanguageSet, CommonTexts.CommandStart], EngineHarness.Keys(replies));
        Assert.Contains("Language: English", bot.Render(replies[0].Text), StringComparison.Ordinal);
    }

    [Fact]
    public void AnythingBeforeTheLanguageIsChosen_OffersTheLanguagesAgain()
    {
        var bot = Harness();

        Assert.Equal([CommonTexts.ChooseLanguage], EngineHarness.Keys(bot.Text("hello")));
        Assert.Equal([CommonTexts.ChooseLanguage], EngineHarness.Keys(bot.Command("survey")));
        Assert.False(bot.User.LanguageChosen);
    }

    [Fact]
    public void ACommandBeforeTheLanguage_IsCarriedOutRightAfterTheChoice()
    {
        var bot = Harness("kk");
        bot.Command("survey");

        var replies = bot.PressLabel("Қазақша");

        Assert.Equal([CommonTexts.LanguageSet, CommonTexts.CommandStart], EngineHarness.Keys(replies));
        Assert.Equal("survey", bot.Record.Flow);
        Assert.Null(bot.User.PendingAction);
    }

    [Fact]
    public void AButtonPressedBeforeTheLanguage_IsCarriedOutRightAfterTheChoice()
    {
        var bot = Harness("en");
        bot.Press("sv:start");

        var replies = bot.PressLabel("English");

        Assert.Equal([CommonTexts.LanguageSet, CommonTexts.CommandStart], EngineHarness.Keys(replies));
        Assert.Equal("survey", bot.Record.Flow);
    }

    [Fact]
    public void LanguageCommand_MarksTheCurrentLanguage()
    {
        var bot = Ready();

        var offer = Assert.Single(bot.Command("language"));

        var labels = offer.Buttons.SelectMany(r => r).Select(b => bot.Render(b.Label)).ToList();
        Assert.Equal(["Қазақша", "✅ Русский", "English"], labels);
    }

    [Fact]
    public void Settings_ShowsTheLanguageWithAButtonToChangeIt()
    {
        var bot = Ready();

        var settings = Assert.Single(bot.Command("settings"));

        Assert.Equal([CommonTexts.SettingsTitle, CommonTexts.SettingsLanguage], EngineHarness.Keys([settings]));
        Assert.Contains("Язык: Русский", bot.Render(settings.Text), StringComparison.Ordinal);
        var offer = bot.PressLabel(bot.Render(CommonTexts.MenuLanguage));
        Assert.Equal(CommonTexts.ChooseLanguage, Assert.Single(offer).Text.Key);
        Assert.Contains(BotEngine.EngineCommands, c => c.Name == "settings");
    }

    [Fact]
    public void DeepLinkBeforeTheLanguage_IsOpenedRightAfterTheChoice()
    {
        var bot = Harness("kk");
        bot.Command("start", "survey_1");

        bot.PressLabel("Қазақша");

        Assert.Equal("survey", bot.Record.Flow);
        Assert.Null(bot.User.PendingAction);
    }

    [Fact]
    public void UnknownDeepLink_SaysSoAndShowsTheMenu()
    {
        var bot = Ready();

        var replies = bot.Command("start", "nothing_here");

        Assert.Equal([CommonTexts.DeepLinkUnknown, CommonTexts.MenuTitle], EngineHarness.Keys(replies));
    }

    [Fact]
    public void Flow_RunsToTheEndAcrossInputs()
    {
        var bot = Ready();
        bot.PressLabel(bot.Render(CommonTexts.Confirm));

        bot.Text("Aigerim");
        bot.PressLabel(bot.Render(CommonTexts.Yes));

        Assert.Equal((42L, "Aigerim", "yes"), Assert.Single(_survey.Submitted));
        Assert.False(bot.Record.IsActive);
    }

    [Fact]
    public void Cancel_InAFlow_DiscardsItAndShowsTheMenu()
    {
        var bot = Ready();
        bot.Command("survey");
        bot.Text("Aigerim");

        var replies = bot.Command("cancel");

        Assert.Equal([CommonTexts.Cancelled, CommonTexts.MenuTitle], EngineHarness.Keys(replies));
        Assert.True(Assert.Single(replies).RemoveKeyboard);
        Assert.False(bot.Record.IsActive);
        Assert.Empty(_survey.Submitted);
    }

    [Fact]
    public void Cancel_WithNothingInProgress_SaysSo()
    {
        var bot = Ready();

        Assert.Equal([CommonTexts.NothingToCancel, CommonTexts.MenuTitle], EngineHarness.Keys(bot.Command("cancel")));
    }

    [Fact]
    public void ButtonFromAnEarlierStep_IsOnlyAToast()
    {
        var bot = Ready();
        bot.Command("survey");
        bot.Text("Aigerim");
        var yes = bot.LastTurn.Replies[^1].Buttons[0][0].Data;
        bot.Command("cancel");
        bot.Command("survey");
        bot.Text("Ivan");

        var replies = bot.Press(yes);

        Assert.Empty(replies);
        Assert.Equal(CommonTexts.ButtonStale, bot.LastTurn.Toast?.Key);
        Assert.Empty(_survey.Submitted);
    }

    [Theory]
    [InlineData("~zzzz:yes")]
    [InlineData("~")]
    [InlineData("sv:delete-everything")]
    [InlineData("nope:1")]
    [InlineData("")]
    [InlineData("lang:xx")]
    public void ForgedButtons_AreAnsweredWithAToastAndChangeNothing(string data)
    {
        var bot = Ready();
        bot.Command("survey");
        bot.Text("Aigerim");
        var state = bot.Record.State;

        var replies = bot.Press(data);

        Assert.Empty(replies);
        Assert.NotNull(bot.LastTurn.Toast);
        Assert.Equal(state, bot.Record.State);
        Assert.Empty(_survey.Submitted);
    }

    [Fact]
    public void StepButtonWithoutAFlow_IsUnknown()
    {
        var bot = Ready();

        var replies = bot.Press("~abcd:yes");

        Assert.Empty(replies);
        Assert.Equal(CommonTexts.ButtonUnknown, bot.LastTurn.Toast?.Key);
    }

    [Fact]
    public void IdleDraft_IsDiscardedAndTheUserToldNextTime()
    {
        var bot = Ready();
        bot.Command("survey");
        bot.Now += TimeSpan.FromHours(25);

        var replies = bot.Text("Aigerim");

        Assert.Equal([CommonTexts.DraftExpired, CommonTexts.UseMenu, CommonTexts.MenuTitle], EngineHarness.Keys(replies));
        Assert.False(bot.Record.IsActive);
    }

    [Fact]
    public void Menu_DuringAFlow_OffersToContinueIt()
    {
        var bot = Ready();
        bot.Command("survey");

        var menu = Assert.Single(bot.Command("menu"));
        Assert.Equal(CommonTexts.MenuUnfinished, menu.Text.Key);

        var replies = bot.PressLabel(bot.Render(CommonTexts.MenuContinue));
        Assert.Equal([CommonTexts.CommandStart], EngineHarness.Keys(replies));
        Assert.Equal("survey", bot.Record.Flow);
    }

    [Fact]
    public void StartingAnotherFlow_TellsThatTheOldOneWasClosed()
    {
        var bot = Ready();
        bot.Command("survey");
        bot.Text("Aigerim");

        var replies = bot.Command("survey");

        Assert.Equal(CommonTexts.FlowReplaced, replies[0].Text.Key);
        Assert.Equal("name", bot.Record.State);
    }

    [Fact]
    public void ANewFlowReplacingAnother_StartsFromAnEmptyDraft()
    {
        var bot = Ready();
        bot.Command("survey");
        bot.Text("Aigerim");

        bot.Command("survey");
        bot.Text("Ivan");
        bot.PressLabel(bot.Render(CommonTexts.Yes));

        Assert.Equal((42L, "Ivan", "yes"), Assert.Single(_survey.Submitted));
        Assert.DoesNotContain("Aigerim", bot.Record.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public void StaffCommand_ForACitizen_IsUnknownAndNotRun()
    {
        var bot = Ready();

        Assert.Equal([CommonTexts.CommandUnknown], EngineHarness.Keys(bot.Command("secret")));
        Assert.Equal([CommonTexts.CommandUnknown], EngineHarness.Keys(bot.Command("nosuchcommand")));
    }

    [Fact]
    public void StaffCommand_ForAnAdmin_Runs_AndHelpListsIt()
    {
        var bot = Ready(StaffRole.Admin);

        Assert.Equal([CommonTexts.HelpStaff], EngineHarness.Keys(bot.Command("secret")));
        var help = Assert.Single(bot.Command("help"));
        Assert.Contains("/secret — ", bot.Render(help.Text), StringComparison.Ordinal);
        Assert.DoesNotContain("/secret", bot.Render(Assert.Single(Ready().Command("help")).Text), StringComparison.Ordinal);
    }

    [Fact]
    public void BannedUser_IsToldPolitelyAndNothingRuns()
    {
        var bot = Ready();
        bot.User.Banned = true;

        Assert.Equal([CommonTexts.Banned], EngineHarness.Keys(bot.Command("survey")));
        Assert.False(bot.Record.IsActive);
    }

    [Fact]
    public void TextOutsideAFlow_PointsToTheMenu()
    {
        var bot = Ready();

        Assert.Equal([CommonTexts.UseMenu, CommonTexts.MenuTitle], EngineHarness.Keys(bot.Text("hello?")));
    }

    [Fact]
    public void Menu_IsBuiltFromTheFeaturesThatExist()
    {
        var bot = new EngineHarness([], "en");
        bot.Command("start");
        bot.PressLabel("English");

        var menu = Assert.Single(bot.Command("menu"));
        Assert.Equal(CommonTexts.MenuEmpty, menu.Text.Key);
        Assert.Equal([CommonTexts.MenuSettings], menu.Buttons.SelectMany(r => r).Select(b => b.Label.Key));
    }

    [Fact]
    public void Engine_RefusesTwoFeaturesWithOneButtonPrefix() =>
        Assert.Throws<ArgumentException>(() => new BotEngine([new SurveyFeature(), new SurveyFeature()], TimeSpan.FromHours(1)));

    private EngineHarness Ready(StaffRole role = StaffRole.None)
    {
        var bot = Harness("ru", role);
        bot.Command("start");
        bot.PressLabel("Русский");
        return bot;
    }
}
