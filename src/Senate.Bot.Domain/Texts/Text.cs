namespace Senate.Bot.Domain.Texts;

/// <summary>
/// A user-visible text before it is put into a language: a catalog key and its arguments. An argument may be
/// another <see cref="Text"/>, a <see cref="TextKey"/>, a <see cref="LocalizedString"/>, a date or time
/// (shown in the configured zone and the reader's language), or plain data such as a number or the user's own words.
/// </summary>
public sealed record Text(TextKey Key, IReadOnlyList<object> Args)
{
    /// <summary>Text value equality compares arguments element by element.</summary>
    public bool Equals(Text? other) =>
        other is not null && Key == other.Key && Args.SequenceEqual(other.Args);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Args.Count);
}
