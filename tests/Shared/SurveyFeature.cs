using System.Collections.Concurrent;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Stateless;

namespace Senate.Bot.Tests.Shared;

/// <summary>
/// A test-only feature, compiled into both test projects, to exercise the engine and the host: <c>/survey</c>
/// (also a menu entry and the deep link <c>survey_…</c>) asks for a name (text) and then Yes/No (buttons);
/// <c>/secret</c> is an admin command; <c>/boom</c> throws, to show one chat's failure does not disturb others.
/// It reuses engine texts, so it needs no catalog entries of its own.
/// </summary>
internal sealed class SurveyFeature : Feature
{
    public ConcurrentQueue<(long ChatId, string Name, string Choice)> Submitted { get; } = new();

    public override string Name => "survey";

    public override string? ButtonPrefix => "sv";

    public override IEnumerable<MenuEntry> MenuEntries(Turn turn) => [new(CommonTexts.Confirm, "sv:start")];

    public override IEnumerable<CommandInfo> Commands =>
        [new("survey", CommonTexts.CommandHelp), new("boom", CommonTexts.CommandHelp), new("secret", CommonTexts.CommandHelp, Domain.Users.StaffRole.Admin)];

    public override IEnumerable<string> DeepLinkPrefixes => ["survey_"];

    public override void OnCommand(Turn turn, CommandInput command)
    {
        switch (command.Name)
        {
            case "boom":
                throw new InvalidOperationException("Boom for chat " + turn.ChatId);
            case "secret":
                turn.Say(CommonTexts.HelpStaff);
                break;
            default:
                turn.Begin(new SurveyFlow(turn.Conversation, this));
                break;
        }
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
        private readonly SurveyFeature _feature;

        public SurveyFlow(ConversationRecord record, SurveyFeature feature)
            : base(record)
        {
            _feature = feature;
            _machine = CreateMachine<State, Trigger>(State.Idle);
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

    private sealed class SurveyDraft
    {
        public string Name { get; set; } = string.Empty;
    }
}
