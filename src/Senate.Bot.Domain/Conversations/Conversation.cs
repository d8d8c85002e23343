using System.Text.Json;
using Senate.Bot.Domain.Texts;
using Stateless;

namespace Senate.Bot.Domain.Conversations;

/// <summary>
/// One guided flow (a form, a choice), driven by a Stateless machine whose state lives in a
/// <see cref="ConversationRecord"/>. A flow is created fresh for every input from the persisted record,
/// handles the input, and is discarded; the engine saves the record in the same transaction as the flow's effects.
/// </summary>
public abstract class Conversation
{
    /// <summary>The prefix of callback data that belongs to the current step of the chat's conversation.</summary>
    public const string ButtonPrefix = "~";

    /// <summary>Creates a flow over a record.</summary>
    protected Conversation(ConversationRecord record) => Record = record;

    /// <summary>The persisted record.</summary>
    protected ConversationRecord Record { get; }

    /// <summary>The flow's name, stored in the record.</summary>
    public abstract string Flow { get; }

    /// <summary>The text naming this flow in messages such as "your unfinished report was discarded".</summary>
    public abstract TextKey Title { get; }

    /// <summary>Starts the flow: sets the first state and asks the first question.</summary>
    public abstract void Start(Turn turn);

    /// <summary>Handles an input addressed to the flow (a button press arrives without the step prefix).</summary>
    public abstract void Handle(Turn turn, Input input);

    /// <summary>Asks the current step's question again (after /menu, a stale button or an unexpected input).</summary>
    public abstract void Prompt(Turn turn);

    /// <summary>Writes the draft back into the record; called by the engine after every step.</summary>
    public abstract void Save();

    /// <summary>Sets the state, giving the new step a new nonce so buttons of earlier steps become stale.</summary>
    protected void SetState(string state)
    {
        if (Record.State != state)
        {
            Record.State = state;
            Record.Nonce = Nonces.Next();
        }
    }

    /// <summary>
    /// The flow's Stateless machine over the record's state, stored by name. On a fresh record (before
    /// <see cref="Start"/> has set a state) it stands in <paramref name="initial"/>, because Stateless reads the
    /// state as soon as it is built. Each change of state gives the new step a fresh nonce (see <see cref="SetState"/>).
    /// </summary>
    protected StateMachine<TState, TTrigger> CreateMachine<TState, TTrigger>(TState initial)
        where TState : struct, Enum =>
        new(() => Enum.TryParse<TState>(Record.State, out var state) ? state : initial, s => SetState(s.ToString()));

    /// <summary>A button of the current step: its data carries the step's nonce.</summary>
    protected Button StepButton(Text label, string payload) => new(label, ButtonPrefix + Record.Nonce + ":" + payload);
}

/// <summary>A conversation with a typed draft kept as JSON in the record.</summary>
/// <typeparam name="TDraft">The draft's type: a plain class that System.Text.Json can round-trip.</typeparam>
public abstract class Conversation<TDraft> : Conversation
    where TDraft : class, new()
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    private TDraft? _draft;

    /// <summary>Creates the flow; the draft is read from the record when first used.</summary>
    protected Conversation(ConversationRecord record)
        : base(record)
    {
    }

    /// <summary>
    /// The draft being filled, read from the record on first use (a fresh draft when the record has none). Reading
    /// lazily means a flow made to replace another starts from an empty draft once the engine has cleared the record.
    /// </summary>
    protected TDraft Draft => _draft ??= string.IsNullOrEmpty(Record.Draft)
        ? new TDraft()
        : JsonSerializer.Deserialize<TDraft>(Record.Draft, Json) ?? new TDraft();

    /// <summary>Starts from an empty draft, whatever the record still holds (a flow made to replace another one).</summary>
    protected TDraft FreshDraft() => _draft = new TDraft();

    /// <inheritdoc />
    public override void Save()
    {
        if (_draft is not null)
        {
            Record.Draft = JsonSerializer.Serialize(_draft, Json);
        }
    }
}
