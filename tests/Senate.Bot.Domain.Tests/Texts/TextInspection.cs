using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Tests.Texts;

/// <summary>Reads the named arguments out of a text built by a flow, for assertions.</summary>
internal static class TextInspection
{
    /// <summary>The value of the argument <paramref name="name"/> of the text, or of the first of its pieces that has one.</summary>
    public static object? Arg(this Text text, string name) =>
        TryFind(text, name, out var value) ? value : throw new InvalidOperationException($"No argument '{name}' in {text.Key?.Name ?? "a text without a key"}.");

    /// <summary>The catalog text with <paramref name="key"/> inside <paramref name="text"/> (itself, a piece or an argument).</summary>
    public static CatalogText Piece(this Text text, TextKey key) =>
        Pieces(text).FirstOrDefault(p => p.Template == key) ?? throw new InvalidOperationException($"No piece '{key.Name}' in {text.Key?.Name}.");

    /// <summary>True when <paramref name="key"/> is used anywhere in the text.</summary>
    public static bool Contains(this Text text, TextKey key) => Pieces(text).Any(p => p.Template == key);

    private static bool TryFind(Text text, string name, out object? value)
    {
        foreach (var piece in Pieces(text))
        {
            var argument = piece.Arguments.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
            if (argument is not null)
            {
                value = argument.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    private static IEnumerable<CatalogText> Pieces(Text text)
    {
        switch (text)
        {
            case CatalogText catalog:
                yield return catalog;
                foreach (var nested in catalog.Arguments.Select(a => a.Value).OfType<Text>().SelectMany(Pieces))
                {
                    yield return nested;
                }

                break;
            case JoinedText joined:
                foreach (var piece in joined.Parts.SelectMany(Pieces))
                {
                    yield return piece;
                }

                break;
            case FixedLanguageText fixedLanguage:
                foreach (var piece in Pieces(fixedLanguage.Inner))
                {
                    yield return piece;
                }

                break;
        }
    }
}
