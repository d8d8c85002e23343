using System.Collections.Concurrent;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Stateless;

namespace Senate.Bot.Tests.Support;

/// <summary>
/// A test-only feature to exercise the host: <c>/form</c> asks for a name (text) and then Yes/No (buttons);
/// <c>/boom</c> throws, to show one chat's failure does not disturb others. It reuses engine texts.
/// </summary>
internal sealed class FormFeature : Feature
{
    public ConcurrentQueue<(long ChatId, string Name, string Choice)> Submitted { get; } = new();

    public override string Name => "form";

    public override string? ButtonPrefix => "fm";

    public override IEnumerable<CommandInfo> Commands => [new("form", CommandTexts), new("boom", CommandTexts)];

    private static TextKey CommandTexts => CommonTexts.CommandHelp;

    public override void OnCommand(Turn turn, CommandInput command)
    {
        if (command.Name == "boom")
        {
            throw new InvalidOperationException("Boom for chat " + turn.ChatId);
        }

        turn.Begin(new FormFlow(turn.Conversation, this));
    }

    public override Conversation? Restore(ConversationRecord record) => record.Flow == "form" ? new FormFlow(record, this) : null;

    private sealed class FormFlow : Conversation<FormDraft>
    {
        private readonly StateMachine<State, Trigger> _machine;
        private readonly FormFeature _feature;

        public FormFlow(ConversationRecord record, FormFeature feature)
            : base(record)
        {
            _feature = feature;
            _machine = new StateMachine<State, Trigger>(() => Enum.TryParse<State>(Record.State, out var s) ? s : State.Idle, s => SetState(s.ToString()));
            _machine.Configure(State.Idle).Permit(Trigger.Begin, State.AskName);
            _machine.Configure(State.AskName).Permit(Trigger.Name, State.AskChoice);
            _machine.Configure(State.AskChoice).Permit(Trigger.Choice, State.Idle);
        }

        private enum State
        {
            Idle,
            AskName,
            AskChoice,
        }

        private enum Trigger
        {
            Begin,
            Name,
            Choice,
        }

        public override string Flow => "form";

        public override TextKey Title => CommonTexts.CommandHelp;

        public override void Start(Turn turn)
        {
            _machine.Fire(Trigger.Begin);
            Prompt(turn);
        }

        public override void Handle(Turn turn, Input input)
        {
            switch (input)
            {
                case TextInput text when _machine.CanFire(Trigger.Name):
                    Draft.Name = text.Text;
                    _machine.Fire(Trigger.Name);
                    Prompt(turn);
                    break;
                case ButtonInput { Data: "yes" or "no" } button when _machine.CanFire(Trigger.Choice):
                    _feature.Submitted.Enqueue((turn.ChatId, Draft.Name, button.Data));
                    _machine.Fire(Trigger.Choice);
                    turn.End();
                    turn.Say(CommonTexts.Confirm.With());
                    break;
                default:
                    turn.Say(CommonTexts.UnsupportedMessage);
                    Prompt(turn);
                    break;
            }
        }

        public override void Prompt(Turn turn)
        {
            if (_machine.State == State.AskName)
            {
                turn.Say(CommonTexts.CommandStart);
            }
            else
            {
                turn.Say(CommonTexts.Yes, [[StepButton(CommonTexts.Yes, "yes"), StepButton(CommonTexts.No, "no")]]);
            }
        }
    }

    private sealed class FormDraft
    {
        public string Name { get; set; } = string.Empty;
    }
}
