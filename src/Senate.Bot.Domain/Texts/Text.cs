using System.Diagnostics.CodeAnalysis;

namespace Senate.Bot.Domain.Texts;

/// <summary>
/// A user-visible text before it is put into a language: a catalog text with named arguments, the user's own words,
/// a piece of reference data, or texts joined in code. Rendering (<see cref="TextCatalog.Render"/>) escapes data for
/// Telegram's HTML; catalog templates carry the formatting. Immutable; value equality.
/// </summary>
public abstract record Text
{
    /// <summary>A text with nothing in it: joins skip it.</summary>
    public static Text Empty { get; } = new JoinedText(string.Empty, []);

    /// <summary>The catalog key the text is built around (its first piece's, for a joined text), for tests and logs.</summary>
    public abstract TextKey? Key { get; }

    /// <summary>True for <see cref="Empty"/> and joins of nothing.</summary>
    public bool IsEmpty => this is JoinedText { Parts.Count: 0 };

    /// <summary>A catalog text without arguments (null stays null, so optional pieces can be written inline).</summary>
    [return: NotNullIfNotNull(nameof(key))]
    public static implicit operator Text?(TextKey? key) => key is null ? null : new CatalogText(key, []);

    /// <summary>Data shown as it is (escaped): a name, a number, the user's own words.</summary>
    public static Text Plain(string value) => new PlainText(value);

    /// <summary>Reference data (a region's or category's name) in the reader's language.</summary>
    public static Text Plain(LocalizedString value) => new LocalizedText(value);

    /// <summary>
    /// Telegram HTML made by the bot from a message's entities (bold, links…), kept as it is. Only for markup the
    /// bot produced itself from formatted text, never for raw user input.
    /// </summary>
    public static Text Markup(string html) => new MarkupText(html);

    /// <summary>A text shown in a fixed language whatever the reader's (a language's own name on its button).</summary>
    public static Text In(Language language, Text text) => new FixedLanguageText(text, language);

    /// <summary>The pieces one after another with <paramref name="separator"/> between them; empty pieces are left out.</summary>
    public static Text Join(string separator, IEnumerable<Text?> parts)
    {
        var kept = parts.OfType<Text>().Where(p => !p.IsEmpty).ToList();
        return kept.Count switch
        {
            0 => Empty,
            1 => kept[0],
            _ => new JoinedText(separator, kept),
        };
    }

    /// <summary>The pieces on lines of their own.</summary>
    public static Text Lines(IEnumerable<Text?> parts) => Join("\n", parts);

    /// <summary>The pieces on lines of their own.</summary>
    public static Text Lines(params Text?[] parts) => Join("\n", parts);

    /// <summary>The pieces as paragraphs (a blank line between them).</summary>
    public static Text Paragraphs(IEnumerable<Text?> parts) => Join("\n\n", parts);

    /// <summary>The pieces as paragraphs (a blank line between them).</summary>
    public static Text Paragraphs(params Text?[] parts) => Join("\n\n", parts);
}

/// <summary>A catalog template filled with named arguments (<c>{number}</c>, <c>{due:dd.MM.yyyy}</c>).</summary>
public sealed record CatalogText(TextKey Template, IReadOnlyList<TextArgument> Arguments) : Text
{
    /// <inheritdoc />
    public override TextKey? Key => Template;

    /// <summary>The value of a named argument, or null.</summary>
    public object? this[string name] => Arguments.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <inheritdoc />
    public bool Equals(CatalogText? other) =>
        other is not null && Template == other.Template && Arguments.SequenceEqual(other.Arguments);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Template, Arguments.Count);
}

/// <summary>One named argument of a catalog text.</summary>
public sealed record TextArgument(string Name, object? Value);

/// <summary>Data shown as it is (escaped).</summary>
public sealed record PlainText(string Value) : Text
{
    /// <inheritdoc />
    public override TextKey? Key => null;
}

/// <summary>Telegram HTML the bot built from formatted text, inserted as it is.</summary>
public sealed record MarkupText(string Html) : Text
{
    /// <inheritdoc />
    public override TextKey? Key => null;
}

/// <summary>Reference data in the reader's language.</summary>
public sealed record LocalizedText(LocalizedString Value) : Text
{
    /// <inheritdoc />
    public override TextKey? Key => null;
}

/// <summary>A text rendered in a fixed language.</summary>
public sealed record FixedLanguageText(Text Inner, Language Language) : Text
{
    /// <inheritdoc />
    public override TextKey? Key => Inner.Key;
}

/// <summary>Texts joined in code with a separator (line breaks, a blank line, a comma).</summary>
public sealed record JoinedText(string Separator, IReadOnlyList<Text> Parts) : Text
{
    /// <inheritdoc />
    public override TextKey? Key => Parts.Count > 0 ? Parts[0].Key : null;

    /// <inheritdoc />
    public bool Equals(JoinedText? other) =>
        other is not null && Separator == other.Separator && Parts.SequenceEqual(other.Parts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Separator, Parts.Count);
}
