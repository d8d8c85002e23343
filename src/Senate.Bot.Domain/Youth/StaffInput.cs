using System.Globalization;
using System.Text.RegularExpressions;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Youth;

/// <summary>Checks and tidies what staff type when creating or editing an event.</summary>
internal static partial class StaffInput
{
    public const int MaxTitle = 200;
    public const int MaxPlace = 300;
    public const int MaxCapacity = 100_000;

    private static readonly string[] DateFormats = ["dd.MM.yyyy HH:mm", "d.M.yyyy H:mm", "dd.MM.yyyy H:mm", "d.M.yyyy HH:mm", "dd.MM.yyyy, HH:mm"];

    /// <summary>A title: 1–200 characters, spaces tidied.</summary>
    public static string? Title(string text)
    {
        var value = Spaces().Replace(text.Trim(), " ");
        return value.Length is > 0 and <= MaxTitle ? value : null;
    }

    /// <summary>A local date and time typed as <c>dd.MM.yyyy HH:mm</c> in <paramref name="zone"/>, as UTC; null if unreadable.</summary>
    public static DateTime? LocalTime(string text, TimeZoneInfo zone)
    {
        if (!DateTime.TryParseExact(Spaces().Replace(text.Trim(), " "), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        }
        catch (ArgumentException)
        {
            // A time that does not exist in the zone (skipped by a clock change).
            return null;
        }
    }

    /// <summary>A step's answer: a local date and time as <see cref="LocalTime"/> reads it, or <paramref name="invalid"/>.</summary>
    public static Answer<DateTime> LocalTimeAnswer(TimeZoneInfo zone, Text invalid) =>
        Answers.Typed(text => LocalTime(text, zone) is { } moment ? Parsed<DateTime>.Ok(moment) : Parsed<DateTime>.Invalid(invalid));

    /// <summary>Takes a moment that must be in the future (publishing, sending): asks again with <paramref name="inPast"/> otherwise.</summary>
    public static Go Future<TDraft>(FormContext<TDraft> form, DateTime moment, Text inPast, Action<TDraft, DateTime> set)
        where TDraft : class
    {
        if (moment <= form.Now.UtcDateTime)
        {
            return Go.Retry(inPast);
        }

        set(form.Draft, moment);
        return Go.Next;
    }

    /// <summary>An online link (an absolute http or https URL), or null if the text is not one.</summary>
    public static string? Link(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !text.Trim().Contains(' ', StringComparison.Ordinal)
            ? uri.AbsoluteUri
            : null;

    /// <summary>A place: 2–300 characters.</summary>
    public static string? Place(string text)
    {
        var value = Spaces().Replace(text.Trim(), " ");
        return value.Length is >= 2 and <= MaxPlace ? value : null;
    }

    /// <summary>A number of seats, 1–100 000.</summary>
    public static int? Capacity(string text) =>
        int.TryParse(text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= MaxCapacity
            ? value
            : null;

    /// <summary>An age range typed as <c>16-25</c> (any dash or a space between), 1–120, the first not above the second.</summary>
    public static (int Min, int Max)? Ages(string text)
    {
        var match = AgeRange().Match(text);
        return match.Success
            && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            && int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var max)
            && min is >= 1 and <= 120 && max is >= 1 and <= 120 && min <= max
                ? (min, max)
                : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*(\d{1,3})\s*(?:[-–—]|\s)\s*(\d{1,3})\s*$")]
    private static partial Regex AgeRange();
}
