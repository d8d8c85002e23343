using System.Security.Cryptography;

namespace Senate.Bot.Domain.Youth;

/// <summary>
/// Registration codes shown at the door: 8 characters from an alphabet without the look-alikes O/0 and I/1, so a
/// code read aloud or typed from a phone screen is not mistaken. Random (not sequential), so codes cannot be guessed.
/// </summary>
public static class RegistrationCodes
{
    /// <summary>The 32 characters a code is made of.</summary>
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A code's length.</summary>
    public const int Length = 8;

    /// <summary>A new code not yet used by any registration in <paramref name="store"/>.</summary>
    public static string NewUnique(IRegistrationStore store)
    {
        while (true)
        {
            var code = string.Create(Length, 0, static (span, _) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
                }
            });
            if (store.ByCode(code) is null)
            {
                return code;
            }
        }
    }

    /// <summary>
    /// A typed code as stored: spaces and dashes removed, upper case. Null when it cannot be a code (wrong length
    /// or a character outside the alphabet).
    /// </summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var code = new string([.. typed.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }
}
