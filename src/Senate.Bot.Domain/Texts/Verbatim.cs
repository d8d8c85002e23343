namespace Senate.Bot.Domain.Texts;

/// <summary>
/// An argument the renderer inserts as it is, never translated: the user's own words, a receipt number, a name.
/// Plain strings are treated the same way; this type documents the intent where it matters.
/// </summary>
public sealed record Verbatim(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
