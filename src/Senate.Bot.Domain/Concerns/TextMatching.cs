using System.Globalization;
using System.Text;

namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// Plain-text comparisons for concerns: the same text sent twice, and how much two texts are about the same thing.
/// Kazakh and Russian words change their endings (дорога, дороги, дорогу), so words are compared by their first
/// letters (a crude stem) rather than whole.
/// </summary>
internal static class TextMatching
{
    private const int StemLength = 5;
    private const int MinWordLength = 3;

    /// <summary>Lower case, letters and digits only, single spaces: "Нет воды!!  С утра" → "нет воды с утра".</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLower(ch, CultureInfo.InvariantCulture));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The stems of the words of a text (words of three letters or more).</summary>
    private static HashSet<string> Stems(string text) =>
        [.. Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= MinWordLength)
            .Select(w => w.Length > StemLength ? w[..StemLength] : w)];

    /// <summary>
    /// The stems of a text's words as sorted, distinct numbers (<see cref="Shared"/> counts two texts' common ones). A
    /// stem is at most five UTF-16 characters, so its length and characters fit in one 128-bit value, exactly: no
    /// hashing, and comparing two texts is a merge of two short sorted arrays instead of a string lookup per word.
    /// </summary>
    public static UInt128[] StemKeys(string text)
    {
        var keys = Stems(text).Select(Key).ToArray();
        Array.Sort(keys);
        return keys;
    }

    /// <summary>How many values two sorted, distinct arrays (<see cref="StemKeys"/>) have in common.</summary>
    public static int Shared(UInt128[] a, UInt128[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    private static UInt128 Key(string stem)
    {
        UInt128 key = (uint)stem.Length;
        foreach (var ch in stem)
        {
            key = (key << 16) | ch;
        }

        return key;
    }

    /// <summary>
    /// The first <paramref name="max"/> characters of a text, cut at a word and marked with an ellipsis; on one line
    /// unless <paramref name="keepLines"/>.
    /// </summary>
    public static string Shorten(string text, int max, bool keepLines = false)
    {
        var flat = keepLines ? text.Trim() : text.ReplaceLineEndings(" ").Trim();
        if (flat.Length <= max)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', max - 1);
        return string.Concat(flat.AsSpan(0, cut > max / 2 ? cut : max - 1), "…");
    }
}
