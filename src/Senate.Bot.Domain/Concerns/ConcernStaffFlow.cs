using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>The draft of a staff member's text for a concern.</summary>
internal sealed class ConcernStaffDraft
{
    public long ConcernId { get; set; }

    public StaffTextKind Kind { get; set; }

    public string? Text { get; set; }
}

/// <summary>
/// In a staff member's private chat, asks for the text an action needs (the answer, the body, the original's number,
/// a note, a question to the author, the reason for a ban) and applies it. An answer is shown as the citizen will
/// read it, with "Send" and "Edit", and a ban is confirmed, before either is done. In the staff chat the same is done
/// by replying to the bot's prompt instead (see <see cref="ConcernsFeature.OnGroupInput"/>). The role and the
/// concern's region are checked again for every input.
/// </summary>
internal sealed class ConcernStaffFlow(ConversationRecord record, ConcernContext context, ConcernDesk desk) : Form<ConcernStaffDraft>(record)
{
    public const string Name = "concern-staff";

    public override string Flow => Name;

    public override TextKey Title => ConcernTexts.StaffInputTitle;

    /// <summary>Sets the concern and what is asked before <see cref="Conversation.Start"/>.</summary>
    public ConcernStaffFlow For(long concernId, StaffTextKind kind)
    {
        var draft = FreshDraft();
        draft.ConcernId = concernId;
        draft.Kind = kind;
        return this;
    }

    protected override void Define(FormBuilder<ConcernStaffDraft> form)
    {
        form.Ask("text", Question, Answers.Text(1, ConcernDesk.AnswerMaxLength), Take)
            .Changes(ConcernTexts.AnswerEdit);
        form.Reviewed(Preview, f => f.Draft.Kind == StaffTextKind.Ban ? ConcernTexts.BanConfirm : ConcernTexts.AnswerSend, f =>
        {
            desk.ApplyStaffText(f.Turn, Concern(f), f.Draft.Kind, f.Draft.Text!);
            return Go.Done;
        });
    }

    /// <summary>The role, and the right to the concern's region, are checked again at every input.</summary>
    protected override bool CanContinue(FormContext<ConcernStaffDraft> form)
    {
        if (context.Store.Get(form.Draft.ConcernId) is { } concern && ConcernDesk.Allowed(form.Turn, concern))
        {
            return true;
        }

        form.Say(CommonTexts.NotAllowed);
        return false;
    }

    private Concern Concern(FormContext<ConcernStaffDraft> form) => context.Store.Get(form.Draft.ConcernId)!;

    /// <summary>An answer and a ban go to the review first; anything else is done at once.</summary>
    private Go Take(FormContext<ConcernStaffDraft> form, string text)
    {
        var concern = Concern(form);
        if (desk.StaffTextProblem(concern, form.Draft.Kind, text) is { } problem)
        {
            return Go.Retry(problem);
        }

        if (form.Draft.Kind is StaffTextKind.Answer or StaffTextKind.Ban)
        {
            form.Draft.Text = text;
            return Go.Next;
        }

        desk.ApplyStaffText(form.Turn, concern, form.Draft.Kind, text);
        return Go.Done;
    }

    private Text Question(FormContext<ConcernStaffDraft> form)
    {
        var concern = Concern(form);
        var language = Text.In(concern.AuthorLanguage, CommonTexts.LanguageName);
        return form.Draft.Kind switch
        {
            StaffTextKind.Answer => ConcernTexts.AskAnswerPrivate.With(new { number = concern.Number, language, min = ConcernDesk.AnswerMinLength }),
            StaffTextKind.Forward => ConcernTexts.AskForwardPrivate.With(new { number = concern.Number }),
            StaffTextKind.Note => ConcernTexts.AskNotePrivate.With(new { number = concern.Number }),
            StaffTextKind.Question => ConcernTexts.AskQuestionPrivate.With(new { number = concern.Number, language }),
            StaffTextKind.Ban => ConcernTexts.AskBanPrivate.With(new { number = concern.Number }),
            _ => ConcernTexts.AskDuplicatePrivate.With(new { number = concern.Number }),
        };
    }

    /// <summary>The answer exactly as the citizen will get it, in their language; or the ban to confirm.</summary>
    private Text Preview(FormContext<ConcernStaffDraft> form)
    {
        var concern = Concern(form);
        return form.Draft.Kind == StaffTextKind.Ban
            ? ConcernTexts.BanPreview.With(new { number = concern.Number, reason = form.Draft.Text ?? string.Empty })
            : ConcernDesk.AnswerPreview(concern, form.Draft.Text ?? string.Empty);
    }
}
