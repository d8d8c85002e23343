using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Conversations.Forms;

/// <summary>
/// What a step accepts and offers: the buttons (choices) and reply keyboard it shows with its question, and how an
/// input becomes a value or a hint. Answers are stateless and shared; <see cref="Answers"/> makes the common ones.
/// </summary>
/// <typeparam name="T">The value a valid input gives.</typeparam>
public abstract class Answer<T>
{
    /// <summary>
    /// True when the answer is one of the step's buttons (a grid, a yes/no): a wrong input then points to the buttons
    /// above instead of sending the keyboard again.
    /// </summary>
    public virtual bool IsChoice => false;

    /// <summary>The inline buttons the step offers, row by row, for the reader of <paramref name="turn"/>.</summary>
    public virtual IReadOnlyList<IReadOnlyList<Choice>> Choices(Turn turn) => [];

    /// <summary>A reply keyboard (a request for the user's contact or location), or null.</summary>
    public virtual Keyboard? Keyboard => null;

    /// <summary>Turns an input into a value, or explains why it cannot be used.</summary>
    public abstract Parsed<T> Parse(Turn turn, Input input);
}

/// <summary>A button a step offers: its label and the value pressing it gives (sent with the step's nonce).</summary>
/// <param name="Label">The label.</param>
/// <param name="Value">The value, short ASCII (button data is at most 64 bytes with the nonce).</param>
public sealed record Choice(Text Label, string Value);

/// <summary>The outcome of parsing an input: a value, or a hint saying what the step wants instead.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public readonly record struct Parsed<T>
{
    private Parsed(T? value, Text? hint, bool ok)
    {
        Value = value;
        Hint = hint;
        IsValid = ok;
    }

    /// <summary>True when the input gave a value.</summary>
    public bool IsValid { get; }

    /// <summary>The value (valid inputs only).</summary>
    public T? Value { get; }

    /// <summary>What to tell the user (invalid inputs only).</summary>
    public Text? Hint { get; }

    /// <summary>A value.</summary>
    public static Parsed<T> Ok(T value) => new(value, null, true);

    /// <summary>No value: <paramref name="hint"/> says what is wanted.</summary>
    public static Parsed<T> Invalid(Text hint) => new(default, hint, false);

    /// <summary>Maps a valid value.</summary>
    public Parsed<TOut> Select<TOut>(Func<T, TOut> map) => IsValid ? Parsed<TOut>.Ok(map(Value!)) : Parsed<TOut>.Invalid(Hint!);
}

/// <summary>What a text-or-photo step received: a text, or a photo with its caption.</summary>
/// <param name="Text">The text or the caption, if any.</param>
/// <param name="PhotoFileId">The photo's Telegram file id, if a photo was sent.</param>
public sealed record TextOrPhoto(string? Text, string? PhotoFileId);
