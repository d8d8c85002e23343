using Senate.Bot.Domain.Digests;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Tests.Digests;

internal static class DigestSamples
{
    public static readonly TimeZoneInfo Astana = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

    public static readonly DateTime Now = new(2026, 3, 2, 5, 0, 0, DateTimeKind.Utc);

    /// <summary>The fingerprint <see cref="Content"/> had when fingerprints were SHA-256, as databases made then hold it.</summary>
    public const string Sha256FingerprintOfContent = "5d982a31e23179e9b4a7abe533b9c26193df26907e0adf990e9e696c4b8f82ad";

    public static string SeedsDirectory => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static Regions Regions { get; } = Regions.Load(SeedsDirectory);

    public static DigestContent Content(string regionId = "atyrau", params Language[] languages) => new()
    {
        MeetingDate = new DateOnly(2026, 2, 27),
        RegionIds = [regionId],
        Versions = [.. (languages.Length == 0 ? [Language.Kk, Language.Ru] : languages).Select(Version)],
    };

    public static DigestVersion Version(Language language) => language switch
    {
        Language.Kk => new(language, "Жайық өзені", FormattedText.Plain("Сенаторлар Жайық өзенінің тартылуын талқылады.")),
        Language.Ru => new(language, "Река Жайык", FormattedText.Plain("Сенаторы обсудили обмеление реки Жайык.")),
        _ => new(language, "The Zhaiyk river", FormattedText.Plain("Senators discussed the shallowing of the Zhaiyk river.")),
    };
}
