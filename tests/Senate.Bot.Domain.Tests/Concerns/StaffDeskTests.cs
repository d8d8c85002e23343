using Senate.Bot.Domain.Tests.Texts;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using static Senate.Bot.Domain.Tests.Concerns.ConcernHarness;

namespace Senate.Bot.Domain.Tests.Concerns;

/// <summary>The staff desk: answers previewed before they are sent, additional answers, notes, clarifying questions, region topics.</summary>
public sealed class StaffDeskTests
{
    private const string AnswerText = "Акимат назначил проверку завода на 20 мая, о результатах сообщим.";

    private static (ConcernHarness Bot, Concern Concern) Filed(Language authorLanguage = Language.Kk)
    {
        var bot = new ConcernHarness();
        bot.User(Citizen, authorLanguage, "Айгерим");
        bot.FileConcern(Citizen);
        return (bot, bot.Store.All.Single());
    }

    private static Turn Reply(ConcernHarness bot, string tag, string text) =>
        bot.InGroup(Moderator, new ReplyToBotInput(5, tag, text), StaffRole.Moderator);

    [Fact]
    public void AReplyInTheStaffChat_IsPreviewedInTheCitizensLanguage_AndReachesNobodyUntilSent()
    {
        var (bot, concern) = Filed(Language.Kk);

        var preview = Reply(bot, $"concern:{concern.Id}", AnswerText);

        Assert.DoesNotContain(preview.Replies, r => r.ChatId == Citizen);
        var shown = ReplyWith(preview, ConcernTexts.AnswerPreview);
        Assert.Equal(Language.Ru, shown.Language);
        var rendered = Plain(shown.Text, Language.Ru);
        Assert.Contains("өтінішіңізге жауап", rendered, StringComparison.Ordinal);
        Assert.Contains(AnswerText, rendered, StringComparison.Ordinal);
        Assert.Equal(ConcernStatus.New, bot.Store.Get(concern.Id)!.Status);
        Assert.Equal(AnswerText, bot.Store.Get(concern.Id)!.AnswerDraft!.Text);

        var sent = bot.PressInGroup(Moderator, preview, ConcernTexts.AnswerSend);

        var notice = sent.Replies.Single(r => r.ChatId == Citizen);
        Assert.Equal((ConcernTexts.NotifyAnswered, AnswerText), (notice.Text.Key, notice.Text.Arg("answer")));
        Assert.Equal(ConcernStatus.Answered, bot.Store.Get(concern.Id)!.Status);
        Assert.Null(bot.Store.Get(concern.Id)!.AnswerDraft);
        Assert.Empty(ReplyWith(sent, ConcernTexts.AnswerSentPreview).Buttons);
    }

    [Fact]
    public void AnOlderPreview_CannotSendTheNewerDraft()
    {
        var (bot, concern) = Filed();
        var first = Reply(bot, $"concern:{concern.Id}", AnswerText);
        var edit = bot.PressInGroup(Moderator, first, ConcernTexts.AnswerEdit);
        var prompt = ReplyWith(edit, ConcernTexts.AskAnswerReply);
        var second = Reply(bot, prompt.Tag!, "Исправленный ответ: проверка перенесена на 25 мая.");

        var stale = bot.PressInGroup(Moderator, first, ConcernTexts.AnswerSend);

        Assert.Equal(ConcernTexts.AnswerDraftStale, stale.Toast?.Key);
        Assert.Empty(stale.Replies);
        Assert.Equal(ConcernStatus.New, bot.Store.Get(concern.Id)!.Status);
        var sent = bot.PressInGroup(Moderator, second, ConcernTexts.AnswerSend);
        Assert.Equal("Исправленный ответ: проверка перенесена на 25 мая.", sent.Replies.Single(r => r.ChatId == Citizen).Text.Arg("answer"));
        Assert.Equal(ConcernTexts.AnswerDraftStale, bot.PressInGroup(Moderator, second, ConcernTexts.AnswerSend).Toast?.Key);
    }

    [Fact]
    public void ASecondAnswer_IsAnAdditionalAnswer_KeptBesideTheFirst()
    {
        var (bot, concern) = Filed(Language.Ru);
        bot.Answer(Moderator, concern, AnswerText);

        var turn = bot.Answer(Moderator, concern, "Дополнение: проверка выявила нарушения, завод оштрафован.");

        var stored = bot.Store.Get(concern.Id)!;
        Assert.Equal([ConcernEvent.Answered, ConcernEvent.AdditionalAnswer], stored.History.Where(h => h.StaffId is not null).Select(h => h.Event));
        Assert.Equal(ConcernTexts.NotifyAdditionalAnswer, turn.Replies.Single(r => r.ChatId == Citizen).Text.Key);
        var card = Plain(ReplyWith(bot.Data(Citizen, $"c:v:{concern.Id}"), ConcernTexts.Card).Text, Language.Ru);
        Assert.Contains(AnswerText, card, StringComparison.Ordinal);
        Assert.Contains("Дополнительный ответ", card, StringComparison.Ordinal);
        Assert.Contains("завод оштрафован", card, StringComparison.Ordinal);
    }

    [Fact]
    public void InPrivate_TheAnswerIsReviewedWithSendAndEdit()
    {
        var (bot, concern) = Filed(Language.En);
        var card = bot.Send(Admin, new CommandInput("concern", concern.Number), StaffRole.Admin);
        bot.Press(Admin, card, ConcernTexts.StaffAnswer, StaffRole.Admin);
        Assert.True(Has(bot.Text(Admin, "Too short.", StaffRole.Admin), CommonTexts.TextTooShort));

        var review = bot.Text(Admin, "The akimat has scheduled an inspection.", StaffRole.Admin);
        Assert.True(Has(review, ConcernTexts.AnswerPreview));
        Assert.DoesNotContain(review.Replies, r => r.ChatId == Citizen);
        bot.Press(Admin, review, ConcernTexts.AnswerEdit, StaffRole.Admin);
        review = bot.Text(Admin, "The akimat has scheduled an inspection for 20 May.", StaffRole.Admin);
        var sent = bot.Press(Admin, review, ConcernTexts.AnswerSend, StaffRole.Admin);

        Assert.Equal("The akimat has scheduled an inspection for 20 May.", sent.Replies.Single(r => r.ChatId == Citizen).Text.Arg("answer"));
        Assert.Equal(ConcernStatus.Answered, bot.Store.Get(concern.Id)!.Status);
    }

    [Fact]
    public void ANoteMarkedWithSlashes_StaysInTheHistoryAndTheStaffChat_AndNeverReachesTheCitizen()
    {
        var (bot, concern) = Filed(Language.Ru);

        var turn = Reply(bot, $"concern:{concern.Id}", "// позвонить в акимат до пятницы");

        Assert.DoesNotContain(turn.Replies, r => r.ChatId == Citizen);
        Assert.True(Has(turn, ConcernTexts.NoteAdded));
        var stored = bot.Store.Get(concern.Id)!;
        var note = stored.History.Last();
        Assert.Equal((ConcernEvent.Note, "позвонить в акимат до пятницы", Moderator), (note.Event, note.Note, note.StaffId!.Value));
        Assert.Equal(ConcernStatus.New, stored.Status);
        Assert.Null(stored.AnswerDraft);
        Assert.Contains("позвонить в акимат", Plain(ReplyWith(turn, ConcernTexts.StaffCard).Text, Language.Ru), StringComparison.Ordinal);
        var citizenCard = Plain(ReplyWith(bot.Data(Citizen, $"c:v:{concern.Id}"), ConcernTexts.Card).Text, Language.Ru);
        Assert.DoesNotContain("позвонить", citizenCard, StringComparison.Ordinal);
        Assert.DoesNotContain("заметка", citizenCard, StringComparison.Ordinal);
    }

    [Fact]
    public void ANoteFromTheButton_InTheGroupAndInPrivate()
    {
        var (bot, concern) = Filed();
        var prompt = ReplyWith(bot.InGroup(Moderator, new ButtonInput($"c:s:t:{concern.Id}"), StaffRole.Moderator), ConcernTexts.AskNoteReply);

        Reply(bot, prompt.Tag!, "без двойной косой черты — всё равно заметка");
        bot.Data(Admin, $"c:s:t:{concern.Id}", StaffRole.Admin);
        bot.Text(Admin, "заметка из личного чата", StaffRole.Admin);

        var notes = bot.Store.Get(concern.Id)!.History.Where(h => h.Event == ConcernEvent.Note).Select(h => h.Note);
        Assert.Equal(["без двойной косой черты — всё равно заметка", "заметка из личного чата"], notes);
    }

    [Fact]
    public void AClarifyingQuestion_ReachesTheCitizen_AndTheirAnswerComesBackUnderThePost()
    {
        var (bot, concern) = Filed(Language.Ru);
        var prompt = ReplyWith(bot.InGroup(Moderator, new ButtonInput($"c:s:k:{concern.Id}"), StaffRole.Moderator), ConcernTexts.AskQuestionReply);
        Assert.Equal($"concern-ask:{concern.Id}", prompt.Tag);

        var asked = Reply(bot, prompt.Tag!, "Уточните, пожалуйста, адрес завода?");

        var question = asked.Replies.Single(r => r.ChatId == Citizen);
        Assert.Equal((ConcernTexts.NotifyQuestion, "Уточните, пожалуйста, адрес завода?"), (question.Text.Key, question.Text.Arg("question")));
        Assert.Equal("Уточните, пожалуйста, адрес завода?", bot.Store.Get(concern.Id)!.OpenQuestion);
        var reply = Assert.Single(question.Buttons.SelectMany(r => r));
        var form = bot.Data(Citizen, reply.Data);
        Assert.Contains(form.Replies, r => r.Text.Contains(ConcernTexts.QuestionToAnswer) && r.Text.Contains(ConcernTexts.AddAsk));
        var confirm = bot.Text(Citizen, "Завод на улице Промышленной, 5.");
        var answered = bot.Press(Citizen, confirm, ConcernTexts.AddSend);

        var stored = bot.Store.Get(concern.Id)!;
        Assert.Null(stored.OpenQuestion);
        var addition = Assert.Single(stored.Additions);
        Assert.Equal(("Завод на улице Промышленной, 5.", "Уточните, пожалуйста, адрес завода?"), (addition.Text, addition.Question));
        Assert.Equal(ConcernEvent.QuestionAnswered, stored.History.Last().Event);
        var toStaff = ReplyWith(answered, ConcernTexts.QuestionAnsweredToStaff);
        Assert.Equal((StaffChatId, $"concern:{concern.Id}", "region:atyrau"), (toStaff.ChatId!.Value, toStaff.ReplyToTag, toStaff.Topic!.Key));
    }

    [Fact]
    public void AQuestion_OnAClosedOrAuthorlessConcern_IsNotOffered()
    {
        var (bot, concern) = Filed();
        bot.Answer(Moderator, concern, AnswerText);
        bot.InGroup(Moderator, new ButtonInput($"c:s:x:{concern.Id}"), StaffRole.Moderator);

        var turn = bot.InGroup(Moderator, new ButtonInput($"c:s:k:{concern.Id}"), StaffRole.Moderator);

        Assert.Equal(ConcernTexts.StaffNotPossible, turn.Toast?.Key);
        Assert.Empty(turn.Replies);
    }

    [Fact]
    public void StaffChatPosts_GoToTheRegionsTopic()
    {
        var bot = new ConcernHarness();

        var submitted = bot.FileConcern(Citizen, region: "pavlodar");

        var post = ReplyWith(submitted, ConcernTexts.StaffCard);
        Assert.Equal("region:pavlodar", post.Topic!.Key);
        Assert.Equal("Павлодарская область", Plain(post.Topic.Title, Language.Ru));
        var concern = bot.Store.All.Single();
        var accepted = bot.InGroup(Moderator, new ButtonInput($"c:s:a:{concern.Id}"), StaffRole.Moderator);
        Assert.Equal("region:pavlodar", ReplyWith(accepted, ConcernTexts.StaffCard).Topic!.Key);
    }
}
