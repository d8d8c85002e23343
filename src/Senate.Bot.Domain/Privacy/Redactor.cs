using System.Text.RegularExpressions;

namespace Senate.Bot.Domain.Privacy;

/// <summary>
/// Takes a person's names and phone numbers out of free text (a description, an addition, a staff answer): a name
/// as a whole word, a phone number in any spacing (<c>+7 701 123 45 67</c>, <c>87011234567</c>, <c>7011234567</c>).
/// </summary>
public sealed class Redactor
{
    /// <summary>What stands where something was taken out.</summary>
    public const string Mark = "[…]";

    private const int ShortestName = 3;
    private const int ShortestPhone = 7;
    private readonly List<Regex> _patterns = [];

    /// <summary>A redactor for these names and numbers (short or empty ones are ignored).</summary>
    public Redactor(IEnumerable<string> identifiers)
    {
        foreach (var identifier in Expand(identifiers).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(i => i.Length))
        {
            var digits = new string([.. identifier.Where(char.IsAsciiDigit)]);
            if (digits.Length >= ShortestPhone && digits.Length * 2 >= identifier.Length)
            {
                // The last ten digits (the national number), each allowed to be followed by spaces, dashes, brackets.
                var national = digits.Length > 10 ? digits[^10..] : digits;
                _patterns.Add(new Regex(@"(?<![\d+])(?:\+?\d{1,2}[\s\-()]*)?\(?" + string.Join(@"[\s\-()]*", national.Select(c => c.ToString())) + @"(?!\d)", RegexOptions.CultureInvariant));
            }
            else if (identifier.TrimStart('@').Length >= ShortestName)
            {
                _patterns.Add(new Regex(@"(?<![\p{L}\p{M}\d])@?" + Regex.Escape(identifier.TrimStart('@')) + @"(?![\p{L}\p{M}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
            }
        }
    }

    /// <summary>Each identifier, and each word of a name of several words (a surname may be quoted alone).</summary>
    private static IEnumerable<string> Expand(IEnumerable<string> identifiers)
    {
        foreach (var identifier in identifiers.Select(i => i.Trim()).Where(i => i.Length > 0))
        {
            yield return identifier;
            if (!identifier.Any(char.IsAsciiDigit))
            {
                foreach (var word in identifier.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    yield return word;
                }
            }
        }
    }

    /// <summary>A redactor that changes nothing.</summary>
    public static Redactor None { get; } = new([]);

    /// <summary>The text with every name and number replaced by <see cref="Mark"/>; null stays null.</summary>
    public string? Redact(string? text) =>
        text is null ? null : _patterns.Aggregate(text, (current, pattern) => pattern.Replace(current, Mark));
}
