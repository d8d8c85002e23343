using Senate.Bot.Domain.Texts;
using Stateless;

namespace Senate.Bot.Domain.Conversations.Forms;

/// <summary>
/// A conversation declared as a list of steps (<see cref="Define"/>), each once: what it asks, what it accepts, the
/// hint for a wrong input, where it goes. The form does the rest the same way everywhere: the step's buttons carry a
/// nonce, a Cancel button leaves the form (as /cancel does), a pressed answer is shown in place of the question's
/// buttons, a wrong input gets one short message, and a field changed from the review comes back to the review.
/// Underneath is a Stateless machine over the record's state: a step can only be reached by the transitions the
/// declaration makes (next, a declared jump, a change from the review).
/// </summary>
/// <typeparam name="TDraft">The draft the steps fill, kept as JSON in the record.</typeparam>
public abstract class Form<TDraft> : Conversation<TDraft>
    where TDraft : class, new()
{
    private const string EditSuffix = "@edit";
    private const string NextTrigger = "next";
    private const string ToPrefix = "to:";
    private const string ChangePrefix = "change:";

    private FormBuilder<TDraft>? _definition;

    /// <summary>Creates the form over its record.</summary>
    protected Form(ConversationRecord record)
        : base(record)
    {
    }

    private FormBuilder<TDraft> Definition => _definition ??= Declare();

    /// <summary>Declares the steps in the order they are asked, and the review.</summary>
    protected abstract void Define(FormBuilder<TDraft> form);

    /// <summary>
    /// Checked before every input and question (the event is still open, the concern still the user's, the role still
    /// held). Returning false ends the form; the check says why.
    /// </summary>
    protected virtual bool CanContinue(FormContext<TDraft> form) => true;

    /// <summary>A staff form's <see cref="CanContinue"/>: true while the person holds <paramref name="role"/>, else they are told it is not allowed.</summary>
    protected static bool HoldsRole(FormContext<TDraft> form, Users.StaffRole role)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Turn.Can(role))
        {
            return true;
        }

        form.Say(CommonTexts.NotAllowed);
        return false;
    }

    /// <summary>True to open the form at its review (changing something that exists, with the draft filled).</summary>
    protected virtual bool StartsAtReview => false;

    /// <inheritdoc />
    public override void Start(Turn turn)
    {
        var form = Context(turn, editing: false);
        if (!CanContinue(form))
        {
            turn.End();
            return;
        }

        SetState(StartsAtReview ? ReviewStep<TDraft>.Name : FirstStep(Draft) ?? ReviewStep<TDraft>.Name);
        Ask(turn, note: null);
    }

    /// <inheritdoc />
    public override void Prompt(Turn turn)
    {
        if (Known() && CanContinue(Context(turn, Editing)))
        {
            Ask(turn, note: null);
        }
        else if (!Known())
        {
            Outdated(turn);
        }
        else
        {
            turn.End();
        }
    }

    /// <inheritdoc />
    public override void Handle(Turn turn, Input input)
    {
        if (!Known())
        {
            Outdated(turn);
            return;
        }

        var form = Context(turn, Editing);
        if (!CanContinue(form))
        {
            turn.End();
            return;
        }

        if (input is ButtonInput { Data: FormButtons.Cancel })
        {
            ClosePressed(turn, text: null);
            turn.CancelFlow();
            return;
        }

        if (Record.State == ReviewStep<TDraft>.Name)
        {
            HandleReview(form, input);
            return;
        }

        var step = Current;
        var question = step.Question(form);
        var chosen = input is ButtonInput pressed ? LabelOf(step, form, pressed.Data) : null;
        var before = turn.Replies.Count;
        var go = input is ButtonInput { Data: var data } && step.Extras.FirstOrDefault(e => e.Value == data) is { } extra && extra.Label(form) is not null
            ? extra.Pressed(form)
            : step.Take(form, input);

        if (chosen is not null && turn.PressedMessageId is not null && go is not Go.AskAgain { Hint: not null } and not Go.StayQuiet and not Go.Redraw)
        {
            // The pressed question keeps its text and shows the answer instead of its buttons.
            turn.Insert(before, new Reply { Text = Text.Paragraphs(question, CommonTexts.Chosen.With(new { choice = chosen })), EditPressedMessage = true });
        }

        Follow(form, step, go);
    }

    private FormContext<TDraft> Context(Turn turn, bool editing) => new(turn, Draft, editing);

    private bool Editing => Record.State.EndsWith(EditSuffix, StringComparison.Ordinal);

    private FormStep<TDraft> Current => StepNamed(Record.State.Replace(EditSuffix, string.Empty, StringComparison.Ordinal))!;

    private bool Known() =>
        Record.State == ReviewStep<TDraft>.Name
            ? Definition.Review is not null
            : StepNamed(Record.State.Replace(EditSuffix, string.Empty, StringComparison.Ordinal)) is not null;

    private FormStep<TDraft>? StepNamed(string name) => Definition.Steps.FirstOrDefault(s => s.Name == name);

    private FormBuilder<TDraft> Declare()
    {
        var builder = new FormBuilder<TDraft>();
        Define(builder);
        return builder;
    }

    private void Follow(FormContext<TDraft> form, FormStep<TDraft> step, Go go)
    {
        var turn = form.Turn;
        switch (go)
        {
            case Go.NextStep:
                Fire(NextTrigger);
                Ask(turn, note: null);
                break;
            case Go.Jump jump:
                Fire(ToPrefix + jump.Step);
                Ask(turn, jump.Note);
                break;
            case Go.AskAgain { Hint: { } hint }:
                Retry(form, step, hint);
                break;
            case Go.AskAgain:
                Ask(turn, note: null);
                break;
            case Go.Redraw:
                Ask(turn, note: null, inPlace: turn.PressedMessageId is not null);
                break;
            case Go.Finished:
                turn.End();
                break;
        }
    }

    private void HandleReview(FormContext<TDraft> form, Input input)
    {
        var turn = form.Turn;
        var review = Definition.Review!;
        switch (input)
        {
            case ButtonInput { Data: var data } when data.StartsWith(FormButtons.ChangePrefix, StringComparison.Ordinal)
                && StepNamed(data[FormButtons.ChangePrefix.Length..]) is { ChangeLabel: not null } step && step.ChangeOffered(Draft):
                ClosePressed(turn, review.Summary(form));
                Fire(ChangePrefix + step.Name);
                Ask(turn, note: null);
                return;
            case ButtonInput { Data: var data } when data.StartsWith(FormButtons.ReviewExtraPrefix, StringComparison.Ordinal)
                && int.TryParse(data.AsSpan(FormButtons.ReviewExtraPrefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var extra)
                && extra >= 0 && extra < Definition.ReviewExtras.Count:
                Definition.ReviewExtras[extra].Pressed(form);
                return;
            case ButtonInput { Data: FormButtons.Submit }:
                var summary = review.Summary(form);
                var before = turn.Replies.Count;
                var go = review.Submit(form);
                if (go is Go.Finished)
                {
                    if (turn.PressedMessageId is not null)
                    {
                        turn.Insert(before, new Reply { Text = summary, EditPressedMessage = true });
                    }

                    turn.End();
                }
                else if (go is Go.AskAgain { Hint: { } hint })
                {
                    turn.Say(hint);
                }

                return;
            default:
                turn.Say(Text.Paragraphs(input is TextInput or ButtonInput ? CommonTexts.NotAnOption : CommonTexts.UnsupportedMessage, CommonTexts.UseButtonsAbove));
                return;
        }
    }

    /// <summary>
    /// Asks the current step's question (or shows the review), with <paramref name="note"/> above it; in place of the
    /// pressed message when <paramref name="inPlace"/>.
    /// </summary>
    private void Ask(Turn turn, Text? note, bool inPlace = false)
    {
        var form = Context(turn, Editing);
        if (Record.State == ReviewStep<TDraft>.Name)
        {
            var review = Definition.Review!;
            var changes = Definition.Steps
                .Where(s => s.ChangeLabel is not null && s.ChangeOffered(Draft))
                .Select(s => StepButton(s.ChangeLabel!, FormButtons.ChangePrefix + s.Name))
                .Chunk(2)
                .Select(row => (IReadOnlyList<Button>)row);
            foreach (var preview in review.Preview?.Invoke(form) ?? [])
            {
                turn.Send(preview);
            }

            turn.Send(new Reply
            {
                Text = Text.Paragraphs(note, review.Summary(form)),
                Buttons =
                [
                    .. changes,
                    .. Definition.ReviewExtras.Select((e, i) => (IReadOnlyList<Button>)[StepButton(e.Label, FormButtons.ReviewExtraPrefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture))]),
                    [StepButton(review.SubmitLabel(form), FormButtons.Submit)],
                    [StepButton(CommonTexts.CancelButton, FormButtons.Cancel)],
                ],
                RemoveKeyboard = true,
            });
            return;
        }

        var step = Current;
        turn.Send(new Reply
        {
            Text = Text.Paragraphs(note, step.Question(form)),
            Buttons = Buttons(step, form),
            Keyboard = inPlace ? null : step.Keyboard,
            RemoveKeyboard = !inPlace && step.Keyboard is null,
            EditPressedMessage = inPlace,
        });
    }

    /// <summary>
    /// One short message for an input the step cannot use: the hint, and the question — or, when the answer is one of
    /// the buttons already on screen, a pointer to them rather than a second copy of the keyboard.
    /// </summary>
    private void Retry(FormContext<TDraft> form, FormStep<TDraft> step, Text hint) =>
        form.Turn.Send(new Reply
        {
            Text = Text.Paragraphs(hint, step.IsChoice ? CommonTexts.UseButtonsAbove : step.Question(form)),
            Buttons = step.IsChoice ? [] : Buttons(step, form),
            Keyboard = step.Keyboard,
        });

    private List<IReadOnlyList<Button>> Buttons(FormStep<TDraft> step, FormContext<TDraft> form)
    {
        var rows = step.Choices(form)
            .Select(row => (IReadOnlyList<Button>)[.. row.Select(c => StepButton(c.Label, c.Value))])
            .ToList();
        rows.AddRange(step.Extras
            .Select(e => (Extra: e, Label: e.Label(form)))
            .Where(e => e.Label is not null)
            .Select(e => (IReadOnlyList<Button>)[StepButton(e.Label!, e.Extra.Value)]));
        rows.Add([StepButton(CommonTexts.CancelButton, FormButtons.Cancel)]);
        return rows;
    }

    private static Text? LabelOf(FormStep<TDraft> step, FormContext<TDraft> form, string value) =>
        step.Choices(form).SelectMany(row => row).FirstOrDefault(c => c.Value == value)?.Label
        ?? step.Extras.FirstOrDefault(e => e.Value == value)?.Label(form);

    /// <summary>Takes the buttons off the pressed message (keeping <paramref name="text"/>, when given, as its text).</summary>
    private static void ClosePressed(Turn turn, Text? text)
    {
        if (turn.PressedMessageId is not null && text is not null)
        {
            turn.Send(new Reply { Text = text, EditPressedMessage = true });
        }
    }

    private void Outdated(Turn turn)
    {
        turn.End();
        turn.Send(new Reply { Text = CommonTexts.FlowOutdated.With(new { title = Title }), RemoveKeyboard = true });
        turn.ShowMenu();
    }

    private string? FirstStep(TDraft draft) => Definition.Steps.FirstOrDefault(s => s.When(draft))?.Name;

    /// <summary>
    /// The step after <paramref name="from"/>: the next one whose condition holds. While a field is being changed the
    /// form returns to the review at the first step that has a change button of its own (steps without one, such as the
    /// contact after the consent, belong to the field being changed).
    /// </summary>
    private string NextAfter(string from, bool editing)
    {
        var steps = Definition.Steps;
        var index = steps.FindIndex(s => s.Name == from);
        foreach (var candidate in steps.Skip(index + 1).Where(s => s.When(Draft)))
        {
            if (editing && candidate.ChangeLabel is not null)
            {
                break;
            }

            return editing ? candidate.Name + EditSuffix : candidate.Name;
        }

        return Definition.Review is not null
            ? ReviewStep<TDraft>.Name
            : throw new InvalidOperationException($"Form '{Flow}' has no step after '{from}': its last step must finish the form.");
    }

    /// <summary>
    /// Fires a trigger of the form's Stateless machine over the record's state. The machine is configured for the state
    /// the form is in (with the review it belongs to while a field is being changed): a firing consults no other state,
    /// and configuring every step's transitions at every step cost about a twentieth of the database writer's time in
    /// the closed-loop benchmark. A transition the declaration does not make is refused as before.
    /// </summary>
    private void Fire(string trigger)
    {
        var machine = new StateMachine<string, string>(() => Record.State, SetState);
        var reviewed = Definition.Review is not null;
        var atReview = Record.State == ReviewStep<TDraft>.Name;
        var editing = Editing;
        if (reviewed && (atReview || editing))
        {
            var review = machine.Configure(ReviewStep<TDraft>.Name);
            foreach (var changeable in Definition.Steps.Where(s => s.ChangeLabel is not null))
            {
                review.Permit(ChangePrefix + changeable.Name, changeable.Name + EditSuffix);
            }
        }

        if (!atReview)
        {
            var step = Current;
            var name = step.Name;
            var state = machine.Configure(Record.State).PermitDynamic(NextTrigger, () => NextAfter(name, editing));
            if (editing && reviewed)
            {
                state.SubstateOf(ReviewStep<TDraft>.Name);
            }

            foreach (var target in step.Targets)
            {
                _ = StepNamed(target) ?? throw new InvalidOperationException($"Form '{Flow}': step '{name}' may go to '{target}', which is not declared.");
                state.Permit(ToPrefix + target, editing ? target + EditSuffix : target);
            }
        }

        machine.Fire(trigger);
    }
}
