using System.Text;

namespace Senate.Bot.Domain.Texts;

public sealed partial record FormattedText
{
    /// <summary>
    /// The text in Telegram's HTML parse mode: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped (and <c>"</c> in
    /// attributes), every span a tag, tags properly nested. Where two spans overlap without one containing the other,
    /// the inner tag is closed at the outer's end and opened again after it, so the reader sees the same formatting.
    /// </summary>
    public string ToHtml()
    {
        var html = new StringBuilder(Text.Length + (Spans.Count * 16));
        var open = new List<TextSpan>();
        var next = 0;
        var boundaries = Spans.SelectMany(s => new[] { s.Offset, s.End }).Append(Text.Length).Distinct().Order();
        var position = 0;
        foreach (var boundary in boundaries)
        {
            Escape(html, Text.AsSpan(position, boundary - position));
            position = boundary;

            // Close every span ending here, and every span opened inside one of them (to be reopened).
            var reopen = new List<TextSpan>();
            var lowest = open.FindIndex(s => s.End == position);
            if (lowest >= 0)
            {
                for (var i = open.Count - 1; i >= lowest; i--)
                {
                    html.Append(CloseTag(open[i]));
                    if (open[i].End > position)
                    {
                        reopen.Add(open[i]);
                    }
                }

                open.RemoveRange(lowest, open.Count - lowest);
            }

            while (next < Spans.Count && Spans[next].Offset == position)
            {
                reopen.Add(Spans[next++]);
            }

            // The span ending last goes outside, so it is the one least likely to be cut again.
            foreach (var span in reopen.OrderByDescending(s => s.End).ThenBy(s => s.Kind))
            {
                html.Append(OpenTag(span));
                open.Add(span);
            }
        }

        return html.ToString();
    }

    private static void Escape(StringBuilder html, ReadOnlySpan<char> text, bool attribute = false)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' when attribute => html.Append("&quot;"),
                _ => html.Append(c),
            };
        }
    }

    private static string OpenTag(TextSpan span) => span.Kind switch
    {
        SpanKind.Bold => "<b>",
        SpanKind.Italic => "<i>",
        SpanKind.Underline => "<u>",
        SpanKind.Strikethrough => "<s>",
        SpanKind.Spoiler => "<tg-spoiler>",
        SpanKind.Code => "<code>",
        SpanKind.Pre when !string.IsNullOrWhiteSpace(span.Language) => $"<pre><code class=\"language-{Attribute(span.Language)}\">",
        SpanKind.Pre => "<pre>",
        SpanKind.TextLink => $"<a href=\"{Attribute(span.Url!)}\">",
        SpanKind.Blockquote => "<blockquote>",
        SpanKind.ExpandableBlockquote => "<blockquote expandable>",
        _ => throw new ArgumentOutOfRangeException(nameof(span), span.Kind, "Unknown span kind."),
    };

    private static string CloseTag(TextSpan span) => span.Kind switch
    {
        SpanKind.Bold => "</b>",
        SpanKind.Italic => "</i>",
        SpanKind.Underline => "</u>",
        SpanKind.Strikethrough => "</s>",
        SpanKind.Spoiler => "</tg-spoiler>",
        SpanKind.Code => "</code>",
        SpanKind.Pre when !string.IsNullOrWhiteSpace(span.Language) => "</code></pre>",
        SpanKind.Pre => "</pre>",
        SpanKind.TextLink => "</a>",
        SpanKind.Blockquote or SpanKind.ExpandableBlockquote => "</blockquote>",
        _ => throw new ArgumentOutOfRangeException(nameof(span), span.Kind, "Unknown span kind."),
    };

    private static string Attribute(string value)
    {
        var html = new StringBuilder(value.Length);
        Escape(html, value, attribute: true);
        return html.ToString();
    }
}
