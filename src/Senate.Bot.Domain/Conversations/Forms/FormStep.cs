using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Conversations.Forms;

/// <summary>One declared step of a form: its question, what it accepts, its extra buttons and where it may lead.</summary>
/// <typeparam name="TDraft">The form's draft.</typeparam>
internal abstract class FormStep<TDraft>
    where TDraft : class
{
    protected FormStep(string name) => Name = name;

    public string Name { get; }

    /// <summary>The review's button that changes this step's field; null when it cannot be changed on its own.</summary>
    public TextKey? ChangeLabel { get; set; }

    /// <summary>Whether the review offers <see cref="ChangeLabel"/> for the draft as it is.</summary>
    public Func<TDraft, bool> ChangeOffered { get; set; } = static _ => true;

    /// <summary>The step is asked only when this holds (checked when the form moves on).</summary>
    public Func<TDraft, bool> When { get; set; } = static _ => true;

    /// <summary>Steps this one may jump to besides the next (see <see cref="Go.To"/>).</summary>
    public HashSet<string> Targets { get; } = new(StringComparer.Ordinal);

    /// <summary>Buttons under the answer's own: skip, keep, an alternative.</summary>
    public List<Extra> Extras { get; } = [];

    public abstract bool IsChoice { get; }

    public abstract Keyboard? Keyboard { get; }

    public abstract Text Question(FormContext<TDraft> form);

    public abstract IReadOnlyList<IReadOnlyList<Choice>> Choices(FormContext<TDraft> form);

    public abstract Go Take(FormContext<TDraft> form, Input input);

    /// <summary>An extra button: offered when its label is not null; pressing it runs <see cref="Pressed"/>.</summary>
    internal sealed record Extra(string Value, Func<FormContext<TDraft>, Text?> Label, Func<FormContext<TDraft>, Go> Pressed);
}

/// <summary>A step that asks a question and takes a value of type <typeparamref name="T"/> through an <see cref="Answer{T}"/>.</summary>
internal sealed class AskStep<TDraft, T>(
    string name,
    Func<FormContext<TDraft>, Text> question,
    Answer<T> answer,
    Func<FormContext<TDraft>, T, Go> take) : FormStep<TDraft>(name)
    where TDraft : class
{
    public override bool IsChoice => answer.IsChoice;

    public override Keyboard? Keyboard => answer.Keyboard;

    public override Text Question(FormContext<TDraft> form) => question(form);

    public override IReadOnlyList<IReadOnlyList<Choice>> Choices(FormContext<TDraft> form) => answer.Choices(form.Turn);

    public override Go Take(FormContext<TDraft> form, Input input)
    {
        var parsed = answer.Parse(form.Turn, input);
        return parsed.IsValid ? take(form, parsed.Value!) : Go.Retry(parsed.Hint!);
    }
}
