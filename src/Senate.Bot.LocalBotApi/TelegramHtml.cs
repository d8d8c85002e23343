using System.Globalization;
using System.Text;

namespace Senate.Bot.LocalBotApi;

/// <summary>
/// Checks Telegram's HTML parse mode the way the Bot API does (only its tags, properly nested; only
/// <c>&amp;lt; &amp;gt; &amp;amp; &amp;quot;</c> and numeric entities) and returns the visible text.
/// A bot that forgets to escape a user's "&lt;" gets the same 400 it would get from Telegram.
/// </summary>
internal static class TelegramHtml
{
    private static readonly HashSet<string> SupportedTags = new(StringComparer.Ordinal)
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "tg-emoji",
        "code", "pre", "blockquote",
    };

    /// <summary>The visible text of <paramref name="html"/>; throws a 400 "can't parse entities" when Telegram would.</summary>
    public static string ToPlainText(string html)
    {
        var text = new StringBuilder(html.Length);
        var open = new Stack<string>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                i = ReadTag(html, i, open);
            }
            else if (c == '&')
            {
                i = ReadEntity(html, i, text);
            }
            else if (c == '>')
            {
                throw Error($"Unsupported end tag at byte offset {ByteOffset(html, i)}");
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw Error($"Can't find end tag corresponding to start tag \"{open.Peek()}\"");
        }

        return text.ToString();
    }

    private static int ReadTag(string html, int start, Stack<string> open)
    {
        var close = html.IndexOf('>', start);
        if (close < 0)
        {
            throw Error($"Unclosed start tag at byte offset {ByteOffset(html, start)}");
        }

        var inner = html[(start + 1)..close];
        if (inner.StartsWith('/'))
        {
            var name = inner[1..].Trim().ToLowerInvariant();
            if (open.Count == 0)
            {
                throw Error($"Unexpected end tag at byte offset {ByteOffset(html, start)}");
            }

            if (open.Peek() != name)
            {
                throw Error(
                    $"Unmatched end tag at byte offset {ByteOffset(html, start)}, expected \"</{open.Peek()}>\", found \"</{name}>\"");
            }

            open.Pop();
            return close + 1;
        }

        var nameLength = 0;
        while (nameLength < inner.Length && (char.IsAsciiLetterOrDigit(inner[nameLength]) || inner[nameLength] == '-'))
        {
            nameLength++;
        }

        var tag = inner[..nameLength].ToLowerInvariant();
        if (!SupportedTags.Contains(tag) || (nameLength < inner.Length && !char.IsWhiteSpace(inner[nameLength])))
        {
            throw Error($"Unsupported start tag \"{inner[..nameLength]}\" at byte offset {ByteOffset(html, start)}");
        }

        open.Push(tag);
        return close + 1;
    }

    private static int ReadEntity(string html, int start, StringBuilder text)
    {
        var end = html.IndexOf(';', start);
        if (end > start + 1 && end - start <= 10)
        {
            var name = html[(start + 1)..end];
            string? decoded = name switch
            {
                "lt" => "<",
                "gt" => ">",
                "amp" => "&",
                "quot" => "\"",
                _ => DecodeNumeric(name),
            };
            if (decoded is not null)
            {
                text.Append(decoded);
                return end + 1;
            }
        }

        // Telegram keeps an ampersand that starts no known entity as it is.
        text.Append('&');
        return start + 1;
    }

    private static string? DecodeNumeric(string name)
    {
        if (!name.StartsWith('#') || name.Length < 2)
        {
            return null;
        }

        var hex = name[1] is 'x' or 'X';
        var digits = hex ? name[2..] : name[1..];
        var ok = int.TryParse(
            digits,
            hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None,
            CultureInfo.InvariantCulture,
            out var code);
        return ok && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : null;
    }

    private static int ByteOffset(string html, int index) => Encoding.UTF8.GetByteCount(html.AsSpan(0, index));

    private static BotApiException Error(string detail) => BotApiException.BadRequest("can't parse entities: " + detail);
}
