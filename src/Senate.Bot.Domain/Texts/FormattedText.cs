using System.Text;
using System.Text.Json.Serialization;

namespace Senate.Bot.Domain.Texts;

/// <summary>
/// Text with formatting, as Telegram keeps it: the plain text plus <see cref="TextSpan"/>s whose offsets count UTF-16
/// code units (Telegram's <c>MessageEntity</c>). Spans may nest and may overlap; <see cref="ToHtml"/> turns them into
/// properly nested tags and <see cref="Split(int, int)"/> cuts a long text into messages. Immutable and thread-safe.
/// </summary>
public sealed partial record FormattedText
{
    /// <summary>Telegram's limit for a message text, in characters after entity parsing.</summary>
    public const int MessageLimit = 4096;

    /// <summary>Telegram's limit for a photo's caption, in characters after entity parsing.</summary>
    public const int CaptionLimit = 1024;

    /// <summary>
    /// Creates a formatted text. Spans are kept in a canonical order (by offset, the longer first), each once. The
    /// parameters are named and typed like the properties, so System.Text.Json reads it back (conversation drafts).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A span lies outside the text, is empty, starts or ends between the two halves of a surrogate pair, or is a
    /// <see cref="SpanKind.TextLink"/> without a URL.
    /// </exception>
    public FormattedText(string text, IReadOnlyList<TextSpan>? spans = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        var list = spans?.Distinct().ToList() ?? [];
        foreach (var span in list)
        {
            if (span.Offset < 0 || span.Length <= 0 || span.End > text.Length)
            {
                throw new ArgumentException($"The span {span} lies outside a text of {text.Length} UTF-16 code units.", nameof(spans));
            }

            if (SplitsSurrogatePair(text, span.Offset) || SplitsSurrogatePair(text, span.End))
            {
                throw new ArgumentException($"The span {span} starts or ends inside a surrogate pair.", nameof(spans));
            }

            if (span.Kind == SpanKind.TextLink && string.IsNullOrWhiteSpace(span.Url))
            {
                throw new ArgumentException($"The link {span} has no URL.", nameof(spans));
            }
        }

        list.Sort(static (a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Kind.CompareTo(b.Kind));
        Spans = list;
    }

    /// <summary>No text.</summary>
    public static FormattedText Empty { get; } = new(string.Empty);

    /// <summary>The plain text, as the reader sees it.</summary>
    public string Text { get; }

    /// <summary>The formatting, by offset and then the longer span first.</summary>
    public IReadOnlyList<TextSpan> Spans { get; }

    /// <summary>The length in UTF-16 code units (what Telegram's limits are checked against here).</summary>
    [JsonIgnore]
    public int Length => Text.Length;

    /// <summary>A text without formatting.</summary>
    public static FormattedText Plain(string text) => new(text);

    /// <summary>A text formatted as a whole, e.g. a bold title or a link.</summary>
    public static FormattedText Styled(string text, SpanKind kind, string? url = null) =>
        text.Length == 0 ? Empty : new(text, [new TextSpan(kind, 0, text.Length, url)]);

    /// <summary>The parts one after another, their spans moved along with their text.</summary>
    public static FormattedText Concat(params IEnumerable<FormattedText> parts)
    {
        var text = new StringBuilder();
        var spans = new List<TextSpan>();
        foreach (var part in parts)
        {
            var shift = text.Length;
            text.Append(part.Text);
            spans.AddRange(part.Spans.Select(s => s with { Offset = s.Offset + shift }));
        }

        return new(text.ToString(), spans);
    }

    /// <summary>
    /// The part of the text from <paramref name="start"/> for <paramref name="length"/> UTF-16 code units, with the
    /// spans clipped to it: a span crossing either edge keeps the part inside.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range lies outside the text.</exception>
    public FormattedText Slice(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Length, nameof(length));
        var end = start + length;
        var spans = Spans
            .Where(s => s.Offset < end && s.End > start)
            .Select(s =>
            {
                var from = Math.Max(s.Offset, start);
                return s with { Offset = from - start, Length = Math.Min(s.End, end) - from };
            });
        return new(Text.Substring(start, length), [.. spans]);
    }

    /// <summary>Equal when the text and the spans are.</summary>
    public bool Equals(FormattedText? other) =>
        other is not null && Text == other.Text && Spans.SequenceEqual(other.Spans);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Spans.Count);

    /// <summary>The plain text.</summary>
    public override string ToString() => Text;

    private static bool SplitsSurrogatePair(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);
}
