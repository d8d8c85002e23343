using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Youth;

/// <summary>
/// An event's title, given by staff in one, two or all three languages. A reader whose language is missing sees
/// another version with a note saying which language it is in.
/// </summary>
public sealed class EventTitle
{
    /// <summary>The title in Kazakh, or null.</summary>
    public string? Kk { get; set; }

    /// <summary>The title in Russian, or null.</summary>
    public string? Ru { get; set; }

    /// <summary>The title in English, or null.</summary>
    public string? En { get; set; }

    /// <summary>True when at least one language is given.</summary>
    public bool IsGiven => Languages.All.Any(l => In(l) is not null);

    /// <summary>The title in a language, or null if it is not given in that language.</summary>
    public string? In(Language language)
    {
        var value = language switch
        {
            Language.Kk => Kk,
            Language.Ru => Ru,
            _ => En,
        };
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>
    /// The version to show a reader: their own language if given, else Russian, Kazakh, English in that order
    /// (Russian first as the language most readers in Kazakhstan share).
    /// </summary>
    public (string Value, Language Language) Best(Language reader)
    {
        foreach (var language in FallbackOrder(reader))
        {
            if (In(language) is { } value)
            {
                return (value, language);
            }
        }

        return (string.Empty, reader);
    }

    /// <summary>The title as text for a reader, with a note when it is not in the reader's language.</summary>
    public Text Show(Language reader)
    {
        var (value, language) = Best(reader);
        return language == reader
            ? Text.Plain(value)
            : YouthTexts.TitleInOtherLanguage.With(new { title = value, language = YouthTexts.InLanguageName(language) });
    }

    /// <summary>A copy.</summary>
    public EventTitle Copy() => new() { Kk = Kk, Ru = Ru, En = En };

    private static IEnumerable<Language> FallbackOrder(Language reader)
    {
        yield return reader;
        foreach (var language in (Language[])[Language.Ru, Language.Kk, Language.En])
        {
            if (language != reader)
            {
                yield return language;
            }
        }
    }
}
