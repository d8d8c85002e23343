using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Senate.Bot.Domain.Texts;

/// <summary>
/// Every user-visible text in kk, ru and en, read from the <c>*.texts.json</c> files embedded in this assembly
/// (one file per feature, so features do not edit each other's texts). Templates are HTML as Telegram's
/// <c>parse_mode=HTML</c> reads it, with named placeholders (<c>{number}</c>, <c>{due:dd.MM.yyyy}</c>); arguments
/// that carry data are escaped. Immutable and thread-safe once built.
/// </summary>
public sealed partial class TextCatalog
{
    private readonly Dictionary<string, Dictionary<Language, string>> _texts;
    private readonly Dictionary<(string Key, Language Language), List<Segment>> _parsed;

    private TextCatalog(Dictionary<string, Dictionary<Language, string>> texts)
    {
        _texts = texts;
        _parsed = texts
            .SelectMany(t => t.Value.Select(v => (Key: (t.Key, v.Key), Segments: Parse(v.Value))))
            .ToDictionary(x => x.Key, x => x.Segments);
    }

    /// <summary>The catalog embedded in the domain assembly.</summary>
    public static TextCatalog Default { get; } = LoadEmbedded();

    /// <summary>All keys present in the catalog.</summary>
    public IReadOnlyCollection<string> Keys => _texts.Keys;

    /// <summary>The languages a key has a template in.</summary>
    public IReadOnlyCollection<Language> LanguagesOf(string key) =>
        _texts.TryGetValue(key, out var byLanguage) ? byLanguage.Keys : [];

    /// <summary>The raw template of a key in a language.</summary>
    public string Template(TextKey key, Language language) =>
        _texts.TryGetValue(key.Name, out var byLanguage) && byLanguage.TryGetValue(language, out var template)
            ? template
            : throw new KeyNotFoundException($"Text '{key.Name}' has no '{language.Code()}' template.");

    /// <summary>Renders a text in a language as Telegram HTML, showing dates and times in <paramref name="zone"/>.</summary>
    /// <exception cref="FormatException">A template names an argument the text does not give.</exception>
    public string Render(Text text, Language language, TimeZoneInfo zone)
    {
        var builder = new StringBuilder();
        Append(builder, text, language, zone);
        return builder.ToString();
    }

    /// <summary>Renders a text as plain text (HTML tags removed, entities decoded), e.g. for button labels.</summary>
    public string RenderPlain(Text text, Language language, TimeZoneInfo zone) =>
        WebUtility.HtmlDecode(Tags().Replace(Render(text, language, zone), string.Empty));

    /// <summary>The names of the placeholders of a key's template in a language, in order of appearance.</summary>
    public IReadOnlyList<string> Placeholders(TextKey key, Language language) =>
        [.. Parsed(key, language).Where(s => s.Name is not null).Select(s => s.Name!)];

    private void Append(StringBuilder builder, Text text, Language language, TimeZoneInfo zone)
    {
        switch (text)
        {
            case CatalogText catalog:
                AppendTemplate(builder, catalog, language, zone);
                break;
            case PlainText plain:
                builder.Append(WebUtility.HtmlEncode(plain.Value));
                break;
            case LocalizedText localized:
                builder.Append(WebUtility.HtmlEncode(localized.Value.In(language)));
                break;
            case MarkupText markup:
                builder.Append(markup.Html);
                break;
            case FixedLanguageText fixedLanguage:
                Append(builder, fixedLanguage.Inner, fixedLanguage.Language, zone);
                break;
            case JoinedText joined:
                for (var i = 0; i < joined.Parts.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(joined.Separator);
                    }

                    Append(builder, joined.Parts[i], language, zone);
                }

                break;
        }
    }

    private void AppendTemplate(StringBuilder builder, CatalogText text, Language language, TimeZoneInfo zone)
    {
        var culture = language.Culture();
        foreach (var segment in Parsed(text.Template, language))
        {
            if (segment.Name is null)
            {
                builder.Append(segment.Literal);
                continue;
            }

            var argument = text.Arguments.FirstOrDefault(a => string.Equals(a.Name, segment.Name, StringComparison.OrdinalIgnoreCase))
                ?? throw new FormatException($"Text '{text.Template.Name}' ({language.Code()}) needs the argument '{segment.Name}'.");
            AppendValue(builder, argument.Value, segment.Format, language, zone, culture);
        }
    }

    private void AppendValue(StringBuilder builder, object? value, string? format, Language language, TimeZoneInfo zone, CultureInfo culture)
    {
        switch (value)
        {
            case Text nested:
                Append(builder, nested, language, zone);
                break;
            case TextKey key:
                Append(builder, key, language, zone);
                break;
            case LocalizedString localized:
                builder.Append(WebUtility.HtmlEncode(localized.In(language)));
                break;
            case string plain:
                builder.Append(WebUtility.HtmlEncode(plain));
                break;
            case DateTimeOffset moment:
                builder.Append(TimeZoneInfo.ConvertTime(moment, zone).DateTime.ToString(format, culture));
                break;
            case DateTime { Kind: DateTimeKind.Utc } utc:
                builder.Append(TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString(format, culture));
                break;
            case IFormattable formattable:
                builder.Append(WebUtility.HtmlEncode(formattable.ToString(format, culture)));
                break;
            case null:
                break;
            default:
                builder.Append(WebUtility.HtmlEncode(Convert.ToString(value, culture) ?? string.Empty));
                break;
        }
    }

    private List<Segment> Parsed(TextKey key, Language language) =>
        _parsed.TryGetValue((key.Name, language), out var segments)
            ? segments
            : throw new KeyNotFoundException($"Text '{key.Name}' has no '{language.Code()}' template.");

    /// <summary>Splits a template into literal runs and <c>{name}</c> / <c>{name:format}</c> placeholders.</summary>
    private static List<Segment> Parse(string template)
    {
        var segments = new List<Segment>();
        var last = 0;
        foreach (Match match in Placeholder().Matches(template))
        {
            if (match.Index > last)
            {
                segments.Add(new Segment(template[last..match.Index], null, null));
            }

            segments.Add(new Segment(string.Empty, match.Groups["name"].Value, match.Groups["format"].Success ? match.Groups["format"].Value : null));
            last = match.Index + match.Length;
        }

        if (last < template.Length)
        {
            segments.Add(new Segment(template[last..], null, null));
        }

        return segments;
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)(?::(?<format>[^}]*))?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    private sealed record Segment(string Literal, string? Name, string? Format);

    /// <summary>Builds a catalog from JSON documents of the form <c>{"key": {"kk": "…", "ru": "…", "en": "…"}}</c>.</summary>
    /// <exception cref="InvalidDataException">A key is defined twice or a document is malformed.</exception>
    public static TextCatalog FromJson(IEnumerable<(string Source, string Json)> documents)
    {
        var texts = new Dictionary<string, Dictionary<Language, string>>(StringComparer.Ordinal);
        foreach (var (source, json) in documents)
        {
            var parsed = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(json)
                ?? throw new InvalidDataException($"{source}: empty text catalog.");
            foreach (var (key, byCode) in parsed)
            {
                var byLanguage = new Dictionary<Language, string>();
                foreach (var (code, template) in byCode)
                {
                    if (!Languages.TryParse(code, out var language))
                    {
                        throw new InvalidDataException($"{source}: text '{key}' has an unknown language '{code}'.");
                    }

                    byLanguage[language] = template;
                }

                if (!texts.TryAdd(key, byLanguage))
                {
                    throw new InvalidDataException($"{source}: text '{key}' is defined twice.");
                }
            }
        }

        return new TextCatalog(texts);
    }

    private static TextCatalog LoadEmbedded()
    {
        var assembly = typeof(TextCatalog).Assembly;
        var documents = new List<(string, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("texts/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            documents.Add((name, reader.ReadToEnd()));
        }

        return FromJson(documents);
    }

    /// <summary>Every <see cref="TextKey"/> declared as a static field in an assembly (used by the catalog test).</summary>
    public static IEnumerable<TextKey> DeclaredKeys(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(TextKey))
            .Select(f => (TextKey)f.GetValue(null)!);
}
