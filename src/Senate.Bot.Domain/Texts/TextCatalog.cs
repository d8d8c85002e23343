using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.Json;

namespace Senate.Bot.Domain.Texts;

/// <summary>
/// Every user-visible text in kk, ru and en, read from the <c>*.texts.json</c> files embedded in this assembly
/// (one file per feature, so features do not edit each other's texts). Templates are HTML as Telegram's
/// <c>parse_mode=HTML</c> reads it; arguments that carry data are escaped. Immutable and thread-safe once built.
/// </summary>
public sealed class TextCatalog
{
    private readonly Dictionary<string, Dictionary<Language, string>> _texts;

    private TextCatalog(Dictionary<string, Dictionary<Language, string>> texts) => _texts = texts;

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

    /// <summary>Renders a text in a language, showing dates and times in <paramref name="zone"/>.</summary>
    public string Render(Text text, Language language, TimeZoneInfo zone)
    {
        var template = Template(text.Key, language);
        if (text.Args.Count == 0)
        {
            return template;
        }

        var culture = language.Culture();
        var args = new object[text.Args.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Argument(text.Args[i], language, zone, culture);
        }

        return string.Format(culture, template, args);
    }

    /// <summary>Renders a text as plain text (HTML tags removed, entities decoded), e.g. for button labels.</summary>
    public string RenderPlain(Text text, Language language, TimeZoneInfo zone) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(Render(text, language, zone), "<[^>]+>", string.Empty));

    private object Argument(object arg, Language language, TimeZoneInfo zone, CultureInfo culture) => arg switch
    {
        Text nested => Render(nested, language, zone),
        InLanguage fixedLanguage => Render(fixedLanguage.Text, fixedLanguage.Language, zone),
        TextKey key => Render(key, language, zone),
        LocalizedString localized => WebUtility.HtmlEncode(localized.In(language)),
        DateTimeOffset moment => TimeZoneInfo.ConvertTime(moment, zone).DateTime,
        DateTime { Kind: DateTimeKind.Utc } utc => TimeZoneInfo.ConvertTimeFromUtc(utc, zone),
        string plain => WebUtility.HtmlEncode(plain),
        Verbatim verbatim => WebUtility.HtmlEncode(verbatim.Value),
        IFormattable formattable => formattable,
        _ => WebUtility.HtmlEncode(Convert.ToString(arg, culture) ?? string.Empty),
    };

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
