using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Privacy;

/// <summary>
/// <c>/forget</c>: one screen that says plainly what erasing does and what it cannot do (Telegram keeps the messages
/// already in chats), with "Erase my data" and Cancel. Staff cannot erase themselves while they are staff.
/// </summary>
internal sealed class ForgetFlow(ConversationRecord record, PrivacyFeature privacy) : Form<ForgetFlow.Nothing>(record)
{
    public const string Name = "privacy.forget";

    public override string Flow => Name;

    public override TextKey Title => PrivacyTexts.ForgetTitle;

    protected override bool StartsAtReview => true;

    protected override void Define(FormBuilder<Nothing> form) =>
        form.Reviewed(_ => PrivacyTexts.ForgetConfirm, _ => PrivacyTexts.ForgetSubmit, f =>
        {
            privacy.Forget(f.Turn);
            return Go.Done;
        });

    protected override bool CanContinue(FormContext<Nothing> form)
    {
        if (!form.Turn.Access.IsStaff)
        {
            return true;
        }

        form.Say(PrivacyTexts.ForgetStaff);
        return false;
    }

    /// <summary>The confirmation keeps nothing but its state.</summary>
    internal sealed class Nothing;
}
