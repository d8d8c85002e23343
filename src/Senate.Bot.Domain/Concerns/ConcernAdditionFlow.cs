using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>The draft of an addition: the concern and what the citizen wants to add.</summary>
internal sealed class ConcernAdditionDraft
{
    public long ConcernId { get; set; }

    public string? Text { get; set; }

    public string? PhotoFileId { get; set; }

    /// <summary>True when the addition answers the clarifying question staff asked.</summary>
    public bool AnswersQuestion { get; set; }
}

/// <summary>
/// "Add information" to one's open concern, or answer staff's clarifying question: a text or a photo (with an
/// optional caption), shown back for confirmation, then added and passed on to staff under the concern's post.
/// Ownership and openness are checked at every step.
/// </summary>
internal sealed class ConcernAdditionFlow(ConversationRecord record, ConcernContext context, ConcernDesk desk) : Form<ConcernAdditionDraft>(record)
{
    public const string Name = "concern-add";

    public override string Flow => Name;

    public override TextKey Title => ConcernTexts.AdditionTitle;

    /// <summary>Sets the concern (and whether this answers the open question) before <see cref="Conversation.Start"/>.</summary>
    public ConcernAdditionFlow For(long concernId, bool answersQuestion = false)
    {
        var draft = FreshDraft();
        draft.ConcernId = concernId;
        draft.AnswersQuestion = answersQuestion;
        return this;
    }

    protected override void Define(FormBuilder<ConcernAdditionDraft> form)
    {
        form.Ask("what", Question, Answers.TextOrPhoto(ConcernDesk.AdditionMinLength, ConcernDesk.AdditionMaxLength), (d, what) => (d.Text, d.PhotoFileId) = (what.Text, what.PhotoFileId))
            .Changes(CommonTexts.Back);
        form.Reviewed(
            f => ConcernTexts.AddConfirm.With(new
            {
                number = Number(f.Draft),
                what = Text.Join(" ", [f.Draft.Text is { } text ? Text.Plain(text) : null, f.Draft.PhotoFileId is null ? null : ConcernTexts.PhotoMarker]),
            }),
            _ => ConcernTexts.AddSend,
            f =>
            {
                desk.AddInformation(f.Turn, context.Store.Get(f.Draft.ConcernId)!, f.Draft.Text, f.Draft.PhotoFileId, f.Draft.AnswersQuestion);
                return Go.Done;
            });
    }

    private Text Question(FormContext<ConcernAdditionDraft> form)
    {
        var ask = ConcernTexts.AddAsk.With(new { number = Number(form.Draft), min = ConcernDesk.AdditionMinLength, max = ConcernDesk.AdditionMaxLength });
        return form.Draft.AnswersQuestion && context.Store.Get(form.Draft.ConcernId)?.OpenQuestion is { } question
            ? Text.Paragraphs(ConcernTexts.QuestionToAnswer.With(new { question }), ask)
            : ask;
    }

    /// <summary>The concern must still be the user's and open; otherwise says why.</summary>
    protected override bool CanContinue(FormContext<ConcernAdditionDraft> form)
    {
        var concern = context.Store.Get(form.Draft.ConcernId);
        if (concern is null || concern.AuthorId != form.Turn.User.Id)
        {
            form.Say(ConcernTexts.NotYours);
            return false;
        }

        if (!ConcernLifecycle.IsOpen(concern.Status))
        {
            form.Say(ConcernTexts.NotOpen.With(new { number = concern.Number, status = ConcernFormat.Status(concern.Status) }));
            return false;
        }

        return true;
    }

    private string Number(ConcernAdditionDraft draft) => context.Store.Get(draft.ConcernId)?.Number ?? string.Empty;
}
