using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Conversations.Forms;

/// <summary>Where a form goes after a step has taken its input.</summary>
public abstract record Go
{
    /// <summary>On to the next step the form declares (back to the review when a field was being changed).</summary>
    public static Go Next { get; } = new NextStep();

    /// <summary>Stays on the step and asks its question again (e.g. after a photo was added).</summary>
    public static Go Again { get; } = new AskAgain(null);

    /// <summary>Stays on the step and redraws its question in place of the pressed message (a multi-select's toggles).</summary>
    public static Go Refresh { get; } = new Redraw();

    /// <summary>Stays on the step without a word: the step has answered itself (a check-in result).</summary>
    public static Go Quiet { get; } = new StayQuiet();

    /// <summary>The flow is over: the step has ended it (submitted, or stopped with an explanation).</summary>
    public static Go Done { get; } = new Finished();

    /// <summary>Stays on the step: the input could not be used, and <paramref name="hint"/> says why.</summary>
    public static Go Retry(Text hint) => new AskAgain(hint);

    /// <summary>To another step the step declared with <c>CanGoTo</c>; <paramref name="note"/> is said with its question.</summary>
    public static Go To(string step, Text? note = null) => new Jump(step, note);

    internal sealed record NextStep : Go;

    internal sealed record AskAgain(Text? Hint) : Go;

    internal sealed record StayQuiet : Go;

    internal sealed record Redraw : Go;

    internal sealed record Finished : Go;

    internal sealed record Jump(string Step, Text? Note) : Go;
}
