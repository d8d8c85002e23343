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
}

/// <summary>
/// "Add information" to one's open concern: a text or a photo (with an optional caption), shown back for
/// confirmation, then added and passed on to staff. Ownership and openness are checked at every step.
/// </summary>
internal sealed class ConcernAdditionFlow(ConversationRecord record, ConcernContext context, ConcernDesk desk) : Form<ConcernAdditionDraft>(record)
{
    public const string Name = "concern-add";

    public override string Flow => Name;

    public override TextKey Title => ConcernTexts.AdditionTitle;

    /// <summary>Sets the concern before <see cref="Conversation.Start"/>.</summary>
    public ConcernAdditionFlow For(long concernId)
    {
        var draft = FreshDraft();
        draft.ConcernId = concernId;
        return this;
    }

    protected override void Define(FormBuilder<ConcernAdditionDraft> form)
    {
        form.Ask("what", f => ConcernTexts.AddAsk.With(new { number = Number(f.Draft), min = ConcernDesk.AdditionMinLength, max = ConcernDesk.AdditionMaxLength }), Answers.TextOrPhoto(ConcernDesk.AdditionMinLength, ConcernDesk.AdditionMaxLength), (d, what) => (d.Text, d.PhotoFileId) = (what.Text, what.PhotoFileId))
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
                desk.AddInformation(f.Turn, context.Store.Get(f.Draft.ConcernId)!, f.Draft.Text, f.Draft.PhotoFileId);
                return Go.Done;
            });
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
