using Senate.Bot.Domain.Tests.Texts;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using static Senate.Bot.Domain.Tests.Concerns.ConcernHarness;

namespace Senate.Bot.Domain.Tests.Concerns;

public sealed class StaffActionTests
{
    private static (ConcernHarness Bot, Concern Concern) Filed(Language authorLanguage = Language.Kk)
    {
        var bot = new ConcernHarness();
        bot.User(Citizen, authorLanguage, "Айгерим");
        bot.FileConcern(Citizen);
        return (bot, bot.Store.All.Single());
    }

    private static Turn Staff(ConcernHarness bot, string data, long staff = Moderator, StaffRole role = StaffRole.Moderator) =>
        bot.InGroup(staff, new ButtonInput(data), role);

    private static Reply ToAuthor(Turn turn) => turn.Replies.Single(r => r.ChatId == Citizen);

    [Fact]
    public void Accept_InTheStaffChat_NotifiesTheAuthorInTheirLanguage_AndUpdatesThePost()
    {
        var (bot, concern) = Filed(Language.Kk);

        var turn = Staff(bot, $"c:s:a:{concern.Id}");

        var stored = bot.Store.Get(concern.Id)!;
        Assert.Equal(ConcernStatus.Accepted, stored.Status);
        var entry = stored.History.Last();
        Assert.Equal((ConcernEvent.Accepted, Moderator, "Модератор"), (entry.Event, entry.StaffId!.Value, entry.StaffName));
        var notice = ToAuthor(turn);
        Assert.Equal(Language.Kk, notice.Language);
        Assert.Equal(ConcernTexts.NotifyAccepted, notice.Text.Key);
        Assert.Contains("қарауға қабылданды", Plain(notice.Text, Language.Kk), StringComparison.Ordinal);
        var post = ReplyWith(turn, ConcernTexts.StaffCard);
        Assert.Equal((StaffChatId, $"concern:{concern.Id}", Language.Ru), (post.ChatId!.Value, post.EditTag, post.Language!.Value));
        Assert.DoesNotContain(post.Buttons.SelectMany(r => r), b => b.Label.Key == ConcernTexts.StaffAccept);
        Assert.Equal(ConcernTexts.StaffDone, turn.Toast!.Key);
    }

    [Fact]
    public void Answer_StaffRepliesToThePost_TheTextReachesTheCitizenWordForWord()
    {
        var (bot, concern) = Filed(Language.En);
        const string answer = "The akimat has scheduled an inspection of the plant for 20 May.";

        var turn = bot.Answer(Moderator, concern, answer);

        var stored = bot.Store.Get(concern.Id)!;
        Assert.Equal((ConcernStatus.Answered, answer), (stored.Status, stored.Answer));
        Assert.Equal(WorkingMorning.UtcDateTime, stored.AnsweredUtc);
        var notice = ToAuthor(turn);
        Assert.Equal((ConcernTexts.NotifyAnswered, Language.En), (notice.Text.Key, notice.Language!.Value));
        Assert.Contains(answer, Plain(notice.Text, Language.En), StringComparison.Ordinal);
        Assert.Equal(ConcernTexts.StaffDone, turn.Toast!.Key);
        Assert.True(ReplyWith(turn, ConcernTexts.AnswerSentPreview).EditPressedMessage);
    }

    [Fact]
    public void Answer_ButtonInTheGroup_AsksForAReplyToATaggedPrompt()
    {
        var (bot, concern) = Filed();

        var turn = Staff(bot, $"c:s:n:{concern.Id}");

        var prompt = ReplyWith(turn, ConcernTexts.AskAnswerReply);
        Assert.Equal($"concern-ans:{concern.Id}", prompt.Tag);
        Assert.Equal(ConcernStatus.New, bot.Store.Get(concern.Id)!.Status);
        turn = bot.InGroup(Moderator, new ReplyToBotInput(78, prompt.Tag, "Жауап: тексеру 20 мамырда болады."), StaffRole.Moderator);
        Assert.True(Has(turn, ConcernTexts.AnswerPreview));
        turn = bot.PressInGroup(Moderator, turn, ConcernTexts.AnswerSend);
        Assert.Equal(ConcernTexts.NotifyAnswered, ToAuthor(turn).Text.Key);
    }

    [Fact]
    public void Answer_EmptyOrTooLong_IsRefusedAndNothingChanges()
    {
        var (bot, concern) = Filed();

        Assert.True(Has(bot.InGroup(Moderator, new ReplyToBotInput(1, $"concern:{concern.Id}", "  "), StaffRole.Moderator), ConcernTexts.AnswerEmpty));
        Assert.True(Has(bot.InGroup(Moderator, new ReplyToBotInput(1, $"concern:{concern.Id}", "Принято."), StaffRole.Moderator), CommonTexts.TextTooShort));
        Assert.True(Has(bot.InGroup(Moderator, new ReplyToBotInput(1, $"concern:{concern.Id}", new string('x', 3501)), StaffRole.Moderator), CommonTexts.TextTooLong));
        Assert.Equal(ConcernStatus.New, bot.Store.Get(concern.Id)!.Status);
        Assert.Null(bot.Store.Get(concern.Id)!.AnswerDraft);
    }

    [Fact]
    public void Forward_ReplyWithTheBody_RecordsItAndTellsTheCitizen()
    {
        var (bot, concern) = Filed(Language.Ru);
        var prompt = ReplyWith(Staff(bot, $"c:s:f:{concern.Id}"), ConcernTexts.AskForwardReply);
        Assert.Equal($"concern-fwd:{concern.Id}", prompt.Tag);

        var turn = bot.InGroup(Moderator, new ReplyToBotInput(5, prompt.Tag, "Акимат Атырауской области"), StaffRole.Moderator);

        var stored = bot.Store.Get(concern.Id)!;
        Assert.Equal((ConcernStatus.Forwarded, "Акимат Атырауской области"), (stored.Status, stored.ForwardedTo));
        Assert.Equal("Акимат Атырауской области", stored.History.Last().Note);
        Assert.Contains("Акимат Атырауской области", Plain(ToAuthor(turn).Text, Language.Ru), StringComparison.Ordinal);
    }

    [Fact]
    public void Reject_WithAReason_TellsTheCitizenTheReasonInTheirLanguage()
    {
        var (bot, concern) = Filed(Language.Kk);
        var reasons = Staff(bot, $"c:s:r:{concern.Id}");
        var menu = Assert.Single(reasons.Replies);
        Assert.True(menu.EditPressedMessage);

        var turn = bot.InGroup(Moderator, new ButtonInput(ButtonOf(reasons, b => b.Label.Key == ConcernTexts.ReasonNotCompetence).Data), StaffRole.Moderator);

        var stored = bot.Store.Get(concern.Id)!;
        Assert.Equal((ConcernStatus.Rejected, RejectReason.NotCompetence), (stored.Status, stored.RejectReason!.Value));
        var notice = ToAuthor(turn);
        Assert.Equal(ConcernTexts.NotifyRejected, notice.Text.Key);
        Assert.Contains("Сенаттың құзыретіне жатпайды", Plain(notice.Text, Language.Kk), StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_LinksToTheOriginal_AndCountsTheAuthorAsItsSupporter()
    {
        var bot = new ConcernHarness();
        bot.FileConcern(OtherCitizen, description: "Первое обращение: дым от завода ночью, дышать невозможно.");
        bot.FileConcern(Citizen, description: "Второе обращение: дым от завода ночью, нечем дышать совсем.");
        var original = bot.Store.All.Single(c => c.AuthorId == OtherCitizen);
        var duplicate = bot.Store.All.Single(c => c.AuthorId == Citizen);
        var prompt = ReplyWith(Staff(bot, $"c:s:d:{duplicate.Id}"), ConcernTexts.AskDuplicateReply);

        Assert.True(Has(bot.InGroup(Moderator, new ReplyToBotInput(1, prompt.Tag, "SB-2026-999999"), StaffRole.Moderator), ConcernTexts.DuplicateNotFound));
        Assert.True(Has(bot.InGroup(Moderator, new ReplyToBotInput(1, prompt.Tag, duplicate.Number), StaffRole.Moderator), ConcernTexts.DuplicateSelf));
        var turn = bot.InGroup(Moderator, new ReplyToBotInput(1, prompt.Tag, " " + original.Number.ToLowerInvariant() + " "), StaffRole.Moderator);

        var stored = bot.Store.Get(duplicate.Id)!;
        Assert.Equal((ConcernStatus.Rejected, RejectReason.Duplicate, original.Id), (stored.Status, stored.RejectReason!.Value, stored.DuplicateOfId!.Value));
        Assert.Equal([Citizen], bot.Store.Get(original.Id)!.SupporterIds);
        Assert.Equal((duplicate.Number, original.Number), (ToAuthor(turn).Text.Arg("number"), ToAuthor(turn).Text.Arg("original")));
        Assert.Contains(turn.Replies, r => r.EditTag == $"concern:{original.Id}");
    }

    [Fact]
    public void StaffChatMessages_AreInTheStaffChatsLanguage_WhoeverPressed()
    {
        var (bot, concern) = Filed();
        bot.User(Moderator, Language.En, "Moderator");

        var menu = Assert.Single(Staff(bot, $"c:s:r:{concern.Id}").Replies);
        var prompt = ReplyWith(Staff(bot, $"c:s:f:{concern.Id}"), ConcernTexts.AskForwardReply);

        Assert.Equal(Language.Ru, menu.Language);
        Assert.Equal(Language.Ru, prompt.Language);
    }

    [Fact]
    public void RejectReasonDuplicate_AsksForTheOriginalsNumber()
    {
        var (bot, concern) = Filed();

        var turn = Staff(bot, $"c:s:rr:{concern.Id}:dp");

        Assert.Equal($"concern-dup:{concern.Id}", ReplyWith(turn, ConcernTexts.AskDuplicateReply).Tag);
    }

    [Fact]
    public void Close_OnlyAfterAnAnswer()
    {
        var (bot, concern) = Filed(Language.Ru);

        var refused = Staff(bot, $"c:s:x:{concern.Id}");
        Assert.Equal(ConcernTexts.StaffNotPossible, refused.Toast!.Key);
        Assert.Equal(ConcernStatus.New, bot.Store.Get(concern.Id)!.Status);

        bot.Answer(Moderator, concern, "Ответ: проверка назначена на июнь.");
        var turn = Staff(bot, $"c:s:x:{concern.Id}");

        Assert.Equal(ConcernStatus.Closed, bot.Store.Get(concern.Id)!.Status);
        Assert.Equal(ConcernTexts.NotifyClosed, ToAuthor(turn).Text.Key);
        Assert.Equal([ConcernTexts.StaffNote, ConcernTexts.StaffBan], ReplyWith(turn, ConcernTexts.StaffCard).Buttons.SelectMany(r => r).Select(b => b.Label.Key));
    }

    [Fact]
    public void EveryChange_IsKeptInTheHistory_WhoWhenWhat()
    {
        var (bot, concern) = Filed();
        Staff(bot, $"c:s:a:{concern.Id}");
        bot.Clock.Advance(TimeSpan.FromHours(1));
        bot.InGroup(Admin, new ReplyToBotInput(1, $"concern-fwd:{concern.Id}", "Минэкологии"), StaffRole.Admin);
        bot.Clock.Advance(TimeSpan.FromHours(1));
        bot.Answer(Moderator, concern, "Проверка назначена на 20 мая.");
        Staff(bot, $"c:s:x:{concern.Id}");

        var history = bot.Store.Get(concern.Id)!.History;

        Assert.Equal(
            [ConcernEvent.Submitted, ConcernEvent.Accepted, ConcernEvent.Forwarded, ConcernEvent.Answered, ConcernEvent.Closed],
            history.Select(h => h.Event));
        Assert.Equal([null, Moderator, Admin, Moderator, Moderator], history.Select(h => h.StaffId));
        Assert.Equal(WorkingMorning.UtcDateTime.AddHours(1), history[2].AtUtc);
    }

    [Fact]
    public void StaffButton_PressedByACitizen_IsRefusedAndNothingChanges()
    {
        var (bot, concern) = Filed();
        var updates = bot.Store.Updates;

        var inGroup = Staff(bot, $"c:s:a:{concern.Id}", OtherCitizen, StaffRole.None);
        var inPrivate = bot.Data(OtherCitizen, $"c:s:x:{concern.Id}");
        var editorOnly = Staff(bot, $"c:s:rr:{concern.Id}:sp", OtherCitizen, StaffRole.Editor);

        Assert.Equal(CommonTexts.NotAllowed, inGroup.Toast!.Key);
        Assert.Empty(inGroup.Replies);
        Assert.Equal(CommonTexts.NotAllowed, inPrivate.Toast!.Key);
        Assert.Equal(CommonTexts.NotAllowed, editorOnly.Toast!.Key);
        Assert.Equal(ConcernStatus.New, bot.Store.Get(concern.Id)!.Status);
        Assert.Equal(updates, bot.Store.Updates);
    }

    [Fact]
    public void ReplyToThePost_ByANonStaffMember_IsRefused()
    {
        var (bot, concern) = Filed();

        var turn = bot.InGroup(OtherCitizen, new ReplyToBotInput(1, $"concern:{concern.Id}", "Я тоже так думаю"), StaffRole.None);

        Assert.True(Has(turn, CommonTexts.NotAllowed));
        Assert.Null(bot.Store.Get(concern.Id)!.Answer);
    }

    [Fact]
    public void ReplyToAnUntaggedOrForeignMessage_IsNotTheFeatures()
    {
        var (bot, _) = Filed();

        Assert.Empty(bot.InGroup(Moderator, new ReplyToBotInput(1, null, "hello"), StaffRole.Moderator).Replies);
        Assert.Empty(bot.InGroup(Moderator, new ReplyToBotInput(1, "event:3", "hello"), StaffRole.Moderator).Replies);
    }

    [Fact]
    public void PrivateCard_ForwardAsksInAFlow_AndRefreshesTheCard()
    {
        var (bot, concern) = Filed();
        var card = bot.Send(Admin, new CommandInput("concern", concern.Number), StaffRole.Admin);
        Assert.Equal(concern.PhotoFileIds, ReplyWith(card, ConcernTexts.StaffCard).Album);

        var turn = bot.Press(Admin, card, ConcernTexts.StaffForward, StaffRole.Admin);
        Assert.True(Has(turn, ConcernTexts.AskForwardPrivate));
        Assert.True(Has(bot.Text(Admin, "x", StaffRole.Admin), CommonTexts.TextTooShort));
        turn = bot.Text(Admin, "Министерство экологии", StaffRole.Admin);

        Assert.Equal(("Министерство экологии", ConcernStatus.Forwarded), (bot.Store.Get(concern.Id)!.ForwardedTo, bot.Store.Get(concern.Id)!.Status));
        Assert.False(bot.RecordOf(Admin).IsActive);
        Assert.Contains(turn.Replies, r => r.EditTag == $"concern:{concern.Id}");
    }

    [Fact]
    public void PrivateCard_Accept_EditsThePressedCardAndThePost()
    {
        var (bot, concern) = Filed();
        var card = bot.Send(Admin, new CommandInput("concern", concern.Number), StaffRole.Admin);

        var turn = bot.Press(Admin, card, ConcernTexts.StaffAccept, StaffRole.Admin);

        Assert.Contains(turn.Replies, r => r.EditPressedMessage && r.Text.Key == ConcernTexts.StaffCard);
        Assert.Contains(turn.Replies, r => r.EditTag == $"concern:{concern.Id}");
    }

    [Fact]
    public void WithoutAStaffChat_NothingIsPostedButCitizensAreStillTold()
    {
        var bot = new ConcernHarness(staffChat: false);
        var submitted = bot.FileConcern(Citizen);
        var concern = bot.Store.All.Single();

        var turn = bot.Data(Admin, $"c:s:a:{concern.Id}", StaffRole.Admin);

        Assert.DoesNotContain(submitted.Replies, r => r.ChatId is not null);
        Assert.Equal(ConcernTexts.NotifyAccepted, ToAuthor(turn).Text.Key);
        Assert.DoesNotContain(turn.Replies, r => r.EditTag is not null);
    }

    [Fact]
    public void StaffCard_OfTheLongestConcern_FitsTelegramsLimit()
    {
        var bot = new ConcernHarness();
        bot.FileConcern(Citizen, description: string.Concat(Enumerable.Repeat("Очень длинное описание проблемы. ", 100))[..3000], settlement: new string('С', 100));
        var concern = bot.Store.All.Single();
        for (var i = 0; i < 6; i++)
        {
            bot.InGroup(Moderator, new ReplyToBotInput(1, $"concern-fwd:{concern.Id}", new string('О', 200)), StaffRole.Moderator);
        }

        // The harness checks every reply against 4096 characters; the answer is the longest allowed.
        var turn = bot.Answer(Moderator, concern, new string('Ж', 3500));

        Assert.True(Has(turn, ConcernTexts.StaffCard));
        Assert.True(Has(bot.Send(Citizen, new ButtonInput($"c:v:{concern.Id}")), ConcernTexts.Card));
    }
}
