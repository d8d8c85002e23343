using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using Stateless;

namespace Senate.Bot.Domain.Youth;

/// <summary>
/// Check-in at the door: staff send codes one after another and each is checked in at once, until /cancel or
/// the stop button. The editor role is re-checked at every code.
/// </summary>
internal sealed class CheckInFlow : Conversation<CheckInFlow.Nothing>
{
    public const string Name = "youth.checkin";

    private const string StopData = "stop";

    private readonly YouthContext _youth;
    private readonly StateMachine<State, Trigger> _machine;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<Turn, string> _code;

    public CheckInFlow(ConversationRecord record, YouthContext youth)
        : base(record)
    {
        _youth = youth;
        _machine = CreateMachine<State, Trigger>(State.Waiting);
        _code = _machine.SetTriggerParameters<Turn, string>(Trigger.Code);
        Configure();
    }

    private enum State
    {
        Waiting,
    }

    private enum Trigger
    {
        Code,
    }

    public override string Flow => Name;

    public override TextKey Title => YouthTexts.CheckInFlowTitle;

    public static void Begin(Turn turn, YouthContext youth)
    {
        turn.Conversation.Draft = string.Empty;
        turn.Begin(new CheckInFlow(turn.Conversation, youth));
    }

    public override void Start(Turn turn)
    {
        SetState(nameof(State.Waiting));
        Prompt(turn);
    }

    public override void Prompt(Turn turn) =>
        turn.Say(YouthTexts.CheckInAsk, [[StepButton(YouthTexts.CheckInStopButton, StopData)]]);

    public override void Handle(Turn turn, Input input)
    {
        if (!turn.Can(StaffRole.Editor))
        {
            turn.End();
            turn.Say(CommonTexts.NotAllowed);
            return;
        }

        switch (input)
        {
            case ButtonInput { Data: StopData }:
                turn.End();
                turn.Say(YouthTexts.CheckInStopped);
                break;
            case TextInput text:
                _machine.Fire(_code, turn, text.Text);
                break;
            default:
                turn.Say(YouthTexts.HintThenQuestion.With(CommonTexts.UnsupportedMessage, YouthTexts.CheckInAsk), [[StepButton(YouthTexts.CheckInStopButton, StopData)]]);
                break;
        }
    }

    private void Configure() =>
        _machine.Configure(State.Waiting)
            .InternalTransition(_code, (turn, code, _) => YouthStaffFeature.CheckIn(turn, _youth, code));

    /// <summary>The check-in flow keeps nothing but its state.</summary>
    internal sealed class Nothing;
}
