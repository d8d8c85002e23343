using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Privacy;

/// <summary>The consent being withdrawn.</summary>
internal sealed class WithdrawDraft
{
    public long ConsentId { get; set; }
}

/// <summary>
/// Withdrawing a consent: one screen saying what it does for that consent (a concern's contact is erased; a
/// registration is cancelled if the event is still to come, its details erased, the saved details deleted), then
/// "Withdraw" or Cancel. The consent must still be the user's and active at the press.
/// </summary>
internal sealed class WithdrawFlow(ConversationRecord record, PrivacyFeature privacy) : Form<WithdrawDraft>(record)
{
    public const string Name = "privacy.withdraw";

    public override string Flow => Name;

    public override TextKey Title => PrivacyTexts.WithdrawTitle;

    protected override bool StartsAtReview => true;

    /// <summary>Sets the consent before <see cref="Conversation.Start"/>.</summary>
    public WithdrawFlow For(long consentId)
    {
        FreshDraft().ConsentId = consentId;
        return this;
    }

    protected override void Define(FormBuilder<WithdrawDraft> form) =>
        form.Reviewed(Explain, _ => PrivacyTexts.WithdrawSubmit, f =>
        {
            privacy.Withdraw(f.Turn, privacy.Own(f.Turn, f.Draft.ConsentId)!);
            return Go.Done;
        });

    protected override bool CanContinue(FormContext<WithdrawDraft> form)
    {
        if (privacy.Own(form.Turn, form.Draft.ConsentId) is { IsActive: true })
        {
            return true;
        }

        form.Say(PrivacyTexts.ConsentGone);
        return false;
    }

    private Text Explain(FormContext<WithdrawDraft> form)
    {
        var consent = privacy.Own(form.Turn, form.Draft.ConsentId)!;
        return (consent.Scope switch
        {
            ConsentScopes.ConcernContact => PrivacyTexts.WithdrawConcernContact,
            ConsentScopes.YouthRegistration => PrivacyTexts.WithdrawRegistration,
            _ => PrivacyTexts.WithdrawOther,
        }).With(new { subject = consent.Subject });
    }
}
