using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Conversations.Forms;

/// <summary>What a step's question and handlers work with: the turn, the draft, and whether a field is being changed from the review.</summary>
/// <typeparam name="TDraft">The form's draft.</typeparam>
public sealed class FormContext<TDraft>
    where TDraft : class
{
    internal FormContext(Turn turn, TDraft draft, bool editing)
    {
        Turn = turn;
        Draft = draft;
        Editing = editing;
    }

    /// <summary>The turn being handled.</summary>
    public Turn Turn { get; }

    /// <summary>The draft being filled.</summary>
    public TDraft Draft { get; }

    /// <summary>True while a field is being changed from the review (the form returns there next).</summary>
    public bool Editing { get; }

    /// <summary>The reader's language.</summary>
    public Language Language => Turn.Language;

    /// <summary>The moment of handling.</summary>
    public DateTimeOffset Now => Turn.Now;

    /// <summary>Adds a text reply.</summary>
    public void Say(Text text) => Turn.Say(text);

    /// <summary>Adds a reply.</summary>
    public void Send(Reply reply) => Turn.Send(reply);
}
