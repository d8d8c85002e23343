using System.Globalization;
using System.Text.RegularExpressions;

namespace Senate.Bot.Domain.Youth;

/// <summary>Checks and tidies what a participant types at each step of the registration.</summary>
internal static partial class ParticipantInput
{
    public const int MaxMotivation = 1000;

    /// <summary>A full name: 2–100 characters of letters, spaces, hyphens, apostrophes and dots, at least two letters.</summary>
    public static string? FullName(string text)
    {
        var name = Spaces().Replace(text.Trim(), " ");
        return name.Length is >= 2 and <= 100 && NameChars().IsMatch(name) && name.Count(char.IsLetter) >= 2 ? name : null;
    }

    /// <summary>An age written as a number, optionally followed by a word ("17", "17 лет", "17 жаста"); 1–120.</summary>
    public static int? Age(string text)
    {
        var match = AgePattern().Match(text);
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age is >= 1 and <= 120
            ? age
            : null;
    }

    /// <summary>A place of study or work: 2–200 characters.</summary>
    public static string? StudyOrWork(string text)
    {
        var value = Spaces().Replace(text.Trim(), " ");
        return value.Length is >= 2 and <= 200 ? value : null;
    }

    /// <summary>A phone number from a Telegram contact, as a plus and digits.</summary>
    public static string Phone(string phoneNumber) => "+" + new string([.. phoneNumber.Where(char.IsAsciiDigit)]);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[\p{L}\p{M}][\p{L}\p{M} '’ʼ.\-]*$")]
    private static partial Regex NameChars();

    [GeneratedRegex(@"^\s*(\d{1,3})\s*\p{L}*\.?\s*$")]
    private static partial Regex AgePattern();
}
