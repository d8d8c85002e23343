using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using Stateless;

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
internal sealed class ConcernStaffFlow : Conversation<ConcernStaffDraft>
{
    public const string Name = "concern-staff";

    private readonly StateMachine<State, Trigger> _machine;
    private readonly ConcernContext _context;
    private readonly ConcernDesk _desk;

    public ConcernStaffFlow(ConversationRecord record, ConcernContext context, ConcernDesk desk)
        : base(record)
    {
        _context = context;
        _desk = desk;
        _machine = CreateMachine<State, Trigger>(State.Ask);
        _machine.Configure(State.Ask).Permit(Trigger.Done, State.Done);
        _machine.Configure(State.Done);
    }

    private enum State
    {
        Ask,
        Done,
    }

    private enum Trigger
    {
        Done,
    }

    public override string Flow => Name;

    public override TextKey Title => ConcernTexts.StaffInputTitle;

    /// <summary>Sets the concern and what is asked before <see cref="Start"/>.</summary>
    public ConcernStaffFlow For(long concernId, StaffTextKind kind)
    {
        Draft.ConcernId = concernId;
        Draft.Kind = kind;
        return this;
    }

    public override void Start(Turn turn)
    {
        SetState(nameof(State.Ask));
        Prompt(turn);
    }

    public override void Handle(Turn turn, Input input)
    {
        var concern = _context.Store.Get(Draft.ConcernId);
        if (!turn.Can(StaffRole.Moderator) || concern is null)
        {
            turn.End();
            turn.Say(CommonTexts.NotAllowed);
            return;
        }

        switch (input)
        {
            case ButtonInput { Data: "cancel" }:
                turn.End();
                turn.Say(CommonTexts.Cancelled.With(Title));
                return;
            case TextInput { Text: var text } when _desk.StaffText(turn, concern, Draft.Kind, text):
                _machine.Fire(Trigger.Done);
                turn.End();
                return;
            case TextInput:
                break;
            default:
                turn.Say(ConcernTexts.AnswerEmpty);
                break;
        }

        Prompt(turn);
    }

    public override void Prompt(Turn turn)
    {
        if (_context.Store.Get(Draft.ConcernId) is not { } concern)
        {
            return;
        }

        var text = Draft.Kind switch
        {
            StaffTextKind.Answer => ConcernTexts.AskAnswerPrivate.With(concern.Number, new InLanguage(CommonTexts.LanguageName, concern.AuthorLanguage)),
            StaffTextKind.Forward => ConcernTexts.AskForwardPrivate.With(concern.Number),
            _ => ConcernTexts.AskDuplicatePrivate.With(concern.Number),
        };
        turn.Say(text, [[StepButton(CommonTexts.CancelButton, "cancel")]]);
    }
}
