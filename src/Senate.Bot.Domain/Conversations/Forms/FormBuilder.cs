using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Conversations.Forms;

/// <summary>
/// Declares a form's steps in order, each once: what it asks, what it accepts, what it does with the value. The
/// form goes from each step to the next one whose condition holds, then to the review.
/// </summary>
/// <typeparam name="TDraft">The form's draft.</typeparam>
public sealed class FormBuilder<TDraft>
    where TDraft : class
{
    internal List<FormStep<TDraft>> Steps { get; } = [];

    internal ReviewStep<TDraft>? Review { get; private set; }

    internal List<(Text Label, Action<FormContext<TDraft>> Pressed)> ReviewExtras { get; } = [];

    /// <summary>A step: asks <paramref name="question"/>, takes what <paramref name="answer"/> accepts, and decides where to go.</summary>
    public StepBuilder<TDraft> Ask<T>(string name, Func<FormContext<TDraft>, Text> question, Answer<T> answer, Func<FormContext<TDraft>, T, Go> take) =>
        Add(new AskStep<TDraft, T>(name, question, answer, take));

    /// <summary>A step that stores its value in the draft and moves on.</summary>
    public StepBuilder<TDraft> Ask<T>(string name, Func<FormContext<TDraft>, Text> question, Answer<T> answer, Action<TDraft, T> set) =>
        Ask(name, question, answer, (form, value) =>
        {
            set(form.Draft, value);
            return Go.Next;
        });

    /// <summary>A step with a fixed question that stores its value in the draft and moves on.</summary>
    public StepBuilder<TDraft> Ask<T>(string name, Text question, Answer<T> answer, Action<TDraft, T> set) =>
        Ask(name, _ => question, answer, set);

    /// <summary>A step with a fixed question.</summary>
    public StepBuilder<TDraft> Ask<T>(string name, Text question, Answer<T> answer, Func<FormContext<TDraft>, T, Go> take) =>
        Ask(name, _ => question, answer, take);

    /// <summary>
    /// The review after the last step: <paramref name="summary"/> with a button per field that can be changed (its step is
    /// asked again and the form comes back here), the submit button and cancel.
    /// </summary>
    /// <param name="summary">What the review shows.</param>
    /// <param name="submitLabel">The submit button's label.</param>
    /// <param name="submit">What submitting does: <see cref="Go.Done"/>, or <see cref="Go.Retry"/> with the reason it cannot.</param>
    /// <param name="preview">Messages sent above the review each time it is shown (the result as readers will see it).</param>
    public void Reviewed(
        Func<FormContext<TDraft>, Text> summary,
        Func<FormContext<TDraft>, Text> submitLabel,
        Func<FormContext<TDraft>, Go> submit,
        Func<FormContext<TDraft>, IEnumerable<Reply>>? preview = null) =>
        Review = new ReviewStep<TDraft>(summary, submitLabel, submit) { Preview = preview };

    /// <summary>
    /// A button on the review besides the changes and submit (a test copy to oneself): pressing it runs
    /// <paramref name="pressed"/>, which answers for itself, and the review stays as it is.
    /// </summary>
    public void ReviewOffers(Text label, Action<FormContext<TDraft>> pressed) => ReviewExtras.Add((label, pressed));

    private StepBuilder<TDraft> Add(FormStep<TDraft> step)
    {
        if (step.Name.Length == 0 || step.Name.Contains('@', StringComparison.Ordinal) || Steps.Any(s => s.Name == step.Name) || step.Name == ReviewStep<TDraft>.Name)
        {
            throw new ArgumentException($"Step name '{step.Name}' is empty, reserved or used twice.", nameof(step));
        }

        Steps.Add(step);
        return new StepBuilder<TDraft>(step);
    }
}

/// <summary>Options of the step just declared.</summary>
/// <typeparam name="TDraft">The form's draft.</typeparam>
public sealed class StepBuilder<TDraft>
    where TDraft : class
{
    private readonly FormStep<TDraft> _step;

    internal StepBuilder(FormStep<TDraft> step) => _step = step;

    /// <summary>The step can be skipped: a Skip button (or <paramref name="label"/>) runs <paramref name="clear"/> and moves on.</summary>
    public StepBuilder<TDraft> Optional(Action<TDraft> clear, TextKey? label = null) =>
        Or(label ?? CommonTexts.Skip, form =>
        {
            clear(form.Draft);
            return Go.Next;
        });

    /// <summary>An extra button under the answer's own.</summary>
    public StepBuilder<TDraft> Or(Text label, Func<FormContext<TDraft>, Go> pressed) => Or(_ => label, pressed);

    /// <summary>An extra button, offered while <paramref name="label"/> gives a label (null hides it).</summary>
    public StepBuilder<TDraft> Or(Func<FormContext<TDraft>, Text?> label, Func<FormContext<TDraft>, Go> pressed)
    {
        _step.Extras.Add(new FormStep<TDraft>.Extra(FormButtons.Extra(_step.Extras.Count), label, pressed));
        return this;
    }

    /// <summary>The step is asked only when <paramref name="condition"/> holds for the draft.</summary>
    public StepBuilder<TDraft> When(Func<TDraft, bool> condition)
    {
        _step.When = condition;
        return this;
    }

    /// <summary>
    /// The review offers a button with <paramref name="label"/> that asks this step again — only while
    /// <paramref name="offered"/> holds, when given (a step skipped because its answer is known is still offered).
    /// </summary>
    public StepBuilder<TDraft> Changes(TextKey label, Func<TDraft, bool>? offered = null)
    {
        _step.ChangeLabel = label;
        _step.ChangeOffered = offered ?? (static _ => true);
        return this;
    }

    /// <summary>Declares the steps this one may jump to with <see cref="Go.To"/>.</summary>
    public StepBuilder<TDraft> CanGoTo(params string[] steps)
    {
        _step.Targets.UnionWith(steps);
        return this;
    }
}

/// <summary>The review: the summary, a change button per changeable field, submit and cancel.</summary>
internal sealed class ReviewStep<TDraft>(Func<FormContext<TDraft>, Text> summary, Func<FormContext<TDraft>, Text> submitLabel, Func<FormContext<TDraft>, Go> submit)
    where TDraft : class
{
    public const string Name = "review";

    public Func<FormContext<TDraft>, Text> Summary { get; } = summary;

    public Func<FormContext<TDraft>, Text> SubmitLabel { get; } = submitLabel;

    public Func<FormContext<TDraft>, Go> Submit { get; } = submit;

    public Func<FormContext<TDraft>, IEnumerable<Reply>>? Preview { get; init; }
}

/// <summary>The values of the buttons every form shares (they never clash with an answer's values, which have no '!').</summary>
internal static class FormButtons
{
    public const string Cancel = "!c";
    public const string Submit = "!ok";
    public const string ChangePrefix = "!e:";
    public const string ReviewExtraPrefix = "!r";

    public static string Extra(int index) => "!x" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
