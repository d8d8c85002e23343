namespace Senate.Bot.Domain.Conversations;

/// <summary>Short random tokens for step buttons: 4 characters from 32 give a million values per chat.</summary>
internal static class Nonces
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789AB";

    public static string Next() => string.Create(4, 0, static (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[Random.Shared.Next(Alphabet.Length)];
        }
    });
}
