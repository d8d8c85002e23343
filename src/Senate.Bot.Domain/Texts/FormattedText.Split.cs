namespace Senate.Bot.Domain.Texts;

public sealed partial record FormattedText
{
    private const string SentenceEnds = ".!?…";
    private const string Closers = "\"'»”’)]";

    /// <summary>Cuts the text into parts of at most <paramref name="limit"/> UTF-16 code units each, as <see cref="Split(int, int)"/> does.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is below 2.</exception>
    public IReadOnlyList<FormattedText> Split(int limit = MessageLimit) => Split(limit, limit);

    /// <summary>
    /// Cuts the text into parts that each fit a Telegram message: the first within <paramref name="firstLimit"/>
    /// (<see cref="CaptionLimit"/> when it goes under a photo), the others within <paramref name="limit"/>. A part
    /// ends at the last paragraph break that fits, else the last line break, else the last end of a sentence, else
    /// the last space; a break counts only if the part is at least a quarter of the allowed length, so no part is a
    /// stub. A cut falls inside a link or a code block, or inside a word, only when nothing else is possible, and
    /// never between the two halves of a surrogate pair. The whitespace at a cut is dropped and nothing else is:
    /// the parts read back to the whole text. A span crossing a cut continues in the next part, so each part renders
    /// to complete, properly nested HTML.
    /// </summary>
    /// <param name="firstLimit">The most UTF-16 code units in the first part.</param>
    /// <param name="limit">The most UTF-16 code units in every further part.</param>
    /// <returns>At least one part; the text itself when it fits.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A limit is below 2 (a surrogate pair must fit).</exception>
    public IReadOnlyList<FormattedText> Split(int firstLimit, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstLimit, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        var parts = new List<FormattedText>();
        var start = 0;
        var allowed = firstLimit;
        while (Length - start > allowed)
        {
            var cut = FindCut(start, allowed);
            var end = cut;
            while (end > start && char.IsWhiteSpace(Text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                parts.Add(Slice(start, end - start));
                allowed = limit;
            }

            start = cut;
            while (start < Length && char.IsWhiteSpace(Text[start]))
            {
                start++;
            }
        }

        if (start < Length || parts.Count == 0)
        {
            parts.Add(start == 0 ? this : Slice(start, Length - start));
        }

        return parts;
    }

    /// <summary>Where to end a part that starts at <paramref name="start"/> (exclusive); the text after it does not fit.</summary>
    private int FindCut(int start, int allowed)
    {
        var last = start + allowed;
        var earliest = start + Math.Max(1, allowed / 4);
        Func<int, bool>[] levels =
        [
            c => Text[c] == '\n' && c + 1 < Length && Text[c + 1] == '\n',
            c => Text[c] == '\n',
            c => char.IsWhiteSpace(Text[c]) && EndsSentence(c),
            c => char.IsWhiteSpace(Text[c]),
        ];
        foreach (var level in levels)
        {
            for (var c = last; c >= earliest; c--)
            {
                if (level(c) && !InsideUnbreakable(c))
                {
                    return c;
                }
            }
        }

        return SplitsSurrogatePair(Text, last) ? last - 1 : last;
    }

    /// <summary>True when the text before <paramref name="cut"/> ends a sentence, closing quotes and brackets aside.</summary>
    private bool EndsSentence(int cut)
    {
        var i = cut - 1;
        while (i >= 0 && Closers.Contains(Text[i], StringComparison.Ordinal))
        {
            i--;
        }

        return i >= 0 && SentenceEnds.Contains(Text[i], StringComparison.Ordinal);
    }

    private bool InsideUnbreakable(int cut) =>
        Spans.Any(s => s.Kind is SpanKind.TextLink or SpanKind.Code or SpanKind.Pre && s.Offset < cut && s.End > cut);
}
