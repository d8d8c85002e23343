using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Concerns;

/// <summary>The draft of a staff member's text for a concern.</summary>
internal sealed class ConcernStaffDraft
{
    public long ConcernId { get; set; }

    public StaffTextKind Kind { get; set; }
}

/// <summary>
/// In a staff member's private chat, asks for the text an action needs (the answer, the body, the original's
/// number) and applies it. In the staff chat the same is done by replying to the bot's prompt instead (see
/// <see cref="ConcernsFeature.OnGroupInput"/>). The role is checked again for every input.
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

    protected override void Define(FormBuilder<ConcernStaffDraft> form) =>
        form.Ask("text", Question, Answers.Text(1, ConcernDesk.AnswerMaxLength), (f, text) =>
        {
            var concern = context.Store.Get(f.Draft.ConcernId)!;
            if (desk.StaffTextProblem(concern, f.Draft.Kind, text) is { } problem)
            {
                return Go.Retry(problem);
            }

            desk.ApplyStaffText(f.Turn, concern, f.Draft.Kind, text);
            return Go.Done;
        });

    protected override bool CanContinue(FormContext<ConcernStaffDraft> form)
    {
        if (form.Turn.Can(StaffRole.Moderator) && context.Store.Get(form.Draft.ConcernId) is not null)
        {
            return true;
        }

        form.Say(CommonTexts.NotAllowed);
        return false;
    }

    private Text Question(FormContext<ConcernStaffDraft> form)
    {
        var concern = context.Store.Get(form.Draft.ConcernId)!;
        return form.Draft.Kind switch
        {
            StaffTextKind.Answer => ConcernTexts.AskAnswerPrivate.With(new { number = concern.Number, language = Text.In(concern.AuthorLanguage, CommonTexts.LanguageName) }),
            StaffTextKind.Forward => ConcernTexts.AskForwardPrivate.With(new { number = concern.Number }),
            _ => ConcernTexts.AskDuplicatePrivate.With(new { number = concern.Number }),
        };
    }
}
