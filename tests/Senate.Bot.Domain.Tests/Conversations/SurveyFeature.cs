using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Stateless;

namespace Senate.Bot.Domain.Tests.Conversations;

/// <summary>
/// A two-step flow used to test the engine on its own: it asks for a name (text) and a choice (buttons).
/// It reuses engine texts so it needs no catalog entries of its own.
/// </summary>
internal sealed class SurveyFeature : Feature
{
    public List<(string Name, string Choice)> Submitted { get; } = [];

    public override string Name => "survey";

    public override string? ButtonPrefix => "sv";

    public override IEnumerable<MenuEntry> MenuEntries(Turn turn) => [new(CommonTexts.Confirm, "sv:start")];

    public override IEnumerable<CommandInfo> Commands => [new("survey", CommonTexts.CommandHelp), new("secret", CommonTexts.CommandHelp, Users.StaffRole.Admin)];

    public override IEnumerable<string> DeepLinkPrefixes => ["survey_"];

    public override void OnCommand(Turn turn, CommandInput command)
    {
        if (command.Name == "secret")
        {
            turn.Say(CommonTexts.HelpStaff);
            return;
        }

        turn.Begin(new SurveyFlow(turn.Conversation, this));
    }

    public override void OnButton(Turn turn, string data)
    {
        if (data == "start")
        {
            turn.Begin(new SurveyFlow(turn.Conversation, this));
        }
        else
        {
            turn.UnknownButton();
        }
    }

    public override void OnDeepLink(Turn turn, string payload) => turn.Begin(new SurveyFlow(turn.Conversation, this));

    public override Conversation? Restore(ConversationRecord record) => record.Flow == "survey" ? new SurveyFlow(record, this) : null;

    private sealed class SurveyFlow : Conversation<SurveyDraft>
    {
        private readonly StateMachine<State, Trigger> _machine;
        private readonly StateMachine<State, Trigger>.TriggerWithParameters<string> _name;
        private readonly SurveyFeature _feature;

        public SurveyFlow(ConversationRecord record, SurveyFeature feature)
            : base(record)
        {
            _feature = feature;
            _machine = new StateMachine<State, Trigger>(() => Enum.TryParse<State>(Record.State, out var s) ? s : State.Idle, s => SetState(s.ToString()));
            _name = _machine.SetTriggerParameters<string>(Trigger.Name);
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

        public override string Flow => "survey";

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
                    _machine.Fire(_name, text.Text);
                    Prompt(turn);
                    break;
                case ButtonInput button when _machine.CanFire(Trigger.Choice) && button.Data is "yes" or "no":
                    _feature.Submitted.Add((Draft.Name, button.Data));
                    _machine.Fire(Trigger.Choice);
                    turn.End();
                    turn.Say(CommonTexts.Confirm);
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
                turn.Say(CommonTexts.MenuTitle);
            }
            else
            {
                turn.Say(CommonTexts.Yes, [[StepButton(CommonTexts.Yes, "yes"), StepButton(CommonTexts.No, "no")]]);
            }
        }
    }

    private sealed class SurveyDraft
    {
        public string Name { get; set; } = string.Empty;
    }
}
