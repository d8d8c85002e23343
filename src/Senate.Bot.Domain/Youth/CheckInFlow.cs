using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Youth;

/// <summary>
/// Check-in at the door: staff send codes one after another and each is checked in at once, until the stop button
/// or /cancel. The editor role is checked again at every code.
/// </summary>
internal sealed class CheckInFlow(ConversationRecord record, YouthContext youth) : Form<CheckInFlow.Nothing>(record)
{
    public const string Name = "youth.checkin";

    public override string Flow => Name;

    public override TextKey Title => YouthTexts.CheckInFlowTitle;

    public static void Begin(Turn turn, YouthContext youth)
    {
        var flow = new CheckInFlow(turn.Conversation, youth);
        flow.FreshDraft();
        turn.Begin(flow);
    }

    protected override void Define(FormBuilder<Nothing> form) =>
        form.Ask("code", YouthTexts.CheckInAsk, Answers.Text(1, 64), (f, code) =>
            {
                YouthStaffFeature.CheckIn(f.Turn, youth, code);
                return Go.Quiet;
            })
            .Or(YouthTexts.CheckInStopButton, f =>
            {
                f.Say(YouthTexts.CheckInStopped);
                return Go.Done;
            });

    protected override bool CanContinue(FormContext<Nothing> form)
    {
        if (form.Turn.Can(StaffRole.Editor))
        {
            return true;
        }

        form.Say(CommonTexts.NotAllowed);
        return false;
    }

    /// <summary>The check-in flow keeps nothing but its state.</summary>
    internal sealed class Nothing;
}
