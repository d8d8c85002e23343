using System.Globalization;

namespace Senate.Bot.Domain.Texts;

/// <summary>The three languages every user-visible text exists in.</summary>
public enum Language
{
    /// <summary>Kazakh.</summary>
    Kk,
    /// <summary>Russian.</summary>
    Ru,
    /// <summary>English.</summary>
    En,
}

/// <summary>Codes, cultures and Telegram language tags for <see cref="Language"/>.</summary>
public static class Languages
{
    /// <summary>All languages in the order they are offered.</summary>
    public static IReadOnlyList<Language> All { get; } = [Language.Kk, Language.Ru, Language.En];

    /// <summary>The two-letter code: kk, ru or en.</summary>
    public static string Code(this Language language) => language switch
    {
        Language.Kk => "kk",
        Language.Ru => "ru",
        _ => "en",
    };

    /// <summary>The culture used for dates and numbers.</summary>
    public static CultureInfo Culture(this Language language) => CultureInfo.GetCultureInfo(language switch
    {
        Language.Kk => "kk-KZ",
        Language.Ru => "ru-RU",
        _ => "en-GB",
    });

    /// <summary>Parses kk, ru or en (case-insensitive).</summary>
    public static bool TryParse(string? code, out Language language)
    {
        switch (code?.ToLowerInvariant())
        {
            case "kk": language = Language.Kk; return true;
            case "ru": language = Language.Ru; return true;
            case "en": language = Language.En; return true;
            default: language = Language.Ru; return false;
        }
    }

    /// <summary>
    /// The language to preselect for a Telegram <c>language_code</c> (an IETF tag such as <c>en-US</c>, or absent).
    /// Kazakh and Russian speakers are the bot's audience, so an unknown or absent tag preselects Russian,
    /// the language most users in Kazakhstan read; English is preselected only for English tags.
    /// </summary>
    public static Language FromTelegramTag(string? tag)
    {
        var primary = tag?.Split('-', '_')[0];
        return TryParse(primary, out var language) ? language : Language.Ru;
    }
}
