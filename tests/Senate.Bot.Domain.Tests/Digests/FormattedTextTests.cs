using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Tests.Digests;

public sealed partial class FormattedTextTests
{
    [Fact]
    public void ToHtml_PlainText_EscapesTheThreeCharactersTelegramParses()
    {
        var text = FormattedText.Plain("a < b && c > d \"quoted\" 'single'");

        Assert.Equal("a &lt; b &amp;&amp; c &gt; d \"quoted\" 'single'", text.ToHtml());
    }

    [Fact]
    public void ToHtml_EveryKind_HasItsTelegramTag()
    {
        var text = new FormattedText("bold italic under strike spoiler code pre link quote more", [
            new(SpanKind.Bold, 0, 4), new(SpanKind.Italic, 5, 6), new(SpanKind.Underline, 12, 5), new(SpanKind.Strikethrough, 18, 6),
            new(SpanKind.Spoiler, 25, 7), new(SpanKind.Code, 33, 4), new(SpanKind.Pre, 38, 3, Language: "csharp"), new(SpanKind.TextLink, 42, 4, "https://senate.parlam.kz/?a=1&b=\"2\""),
            new(SpanKind.Blockquote, 47, 5), new(SpanKind.ExpandableBlockquote, 53, 4),
        ]);

        Assert.Equal(
            "<b>bold</b> <i>italic</i> <u>under</u> <s>strike</s> <tg-spoiler>spoiler</tg-spoiler> <code>code</code> "
            + "<pre><code class=\"language-csharp\">pre</code></pre> <a href=\"https://senate.parlam.kz/?a=1&amp;b=&quot;2&quot;\">link</a> "
            + "<blockquote>quote</blockquote> <blockquote expandable>more</blockquote>",
            text.ToHtml());
    }

    [Fact]
    public void ToHtml_NestedSpans_NestTags()
    {
        // "Жайық өзені" bold, with "өзені" also italic and a link around the whole.
        var text = new FormattedText("Жайық өзені тартылып барады", [
            new(SpanKind.Italic, 6, 5), new(SpanKind.Bold, 0, 11), new(SpanKind.TextLink, 0, 27, "https://example.kz/жайық"),
        ]);

        Assert.Equal("<a href=\"https://example.kz/жайық\"><b>Жайық <i>өзені</i></b> тартылып барады</a>", text.ToHtml());
        Assert.Equal(text.Text, Visible(text.ToHtml()));
    }

    [Fact]
    public void ToHtml_OverlappingSpans_CloseAndReopenSoTagsNest()
    {
        // bold "abcdef", italic "defghi": they overlap on "def".
        var text = new FormattedText("abcdefghi", [new(SpanKind.Bold, 0, 6), new(SpanKind.Italic, 3, 6)]);

        Assert.Equal("<b>abc<i>def</i></b><i>ghi</i>", text.ToHtml());
    }

    [Fact]
    public void ToHtml_ThreeWayOverlap_IsProperlyNested()
    {
        var text = new FormattedText("0123456789", [new(SpanKind.Bold, 0, 5), new(SpanKind.Italic, 2, 6), new(SpanKind.Underline, 4, 6)]);

        var html = text.ToHtml();

        Assert.Equal("<b>01<i>23<u>4</u></i></b><u><i>567</i>89</u>", html);
        Assert.True(ProperlyNested(html));
        Assert.Equal(text.Text, Visible(html));
    }

    [Fact]
    public void ToHtml_EmojiOutsideTheBasicPlane_CountsAsTwoCodeUnits()
    {
        // "🏞" is a surrogate pair: the bold word after it starts at UTF-16 offset 3, as Telegram counts.
        var text = new FormattedText("🏞 өзен", [new(SpanKind.Bold, 3, 4)]);

        Assert.Equal("🏞 <b>өзен</b>", text.ToHtml());
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(0, 0)]
    [InlineData(5, 3)]
    [InlineData(1, 2)]
    public void Constructor_SpanOutsideTheTextOrInsideASurrogatePair_IsRefused(int offset, int length) =>
        Assert.Throws<ArgumentException>(() => new FormattedText("🏞 abc", [new(SpanKind.Bold, offset, length)]));

    [Fact]
    public void Constructor_LinkWithoutUrl_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new FormattedText("link", [new(SpanKind.TextLink, 0, 4)]));

    [Fact]
    public void Constructor_SpansInAnyOrder_AreKeptInCanonicalOrderOnce()
    {
        var a = new FormattedText("abcdef", [new(SpanKind.Italic, 2, 2), new(SpanKind.Bold, 0, 6), new(SpanKind.Italic, 2, 2)]);
        var b = new FormattedText("abcdef", [new(SpanKind.Bold, 0, 6), new(SpanKind.Italic, 2, 2)]);

        Assert.Equal(b, a);
        Assert.Equal([new TextSpan(SpanKind.Bold, 0, 6), new TextSpan(SpanKind.Italic, 2, 2)], a.Spans);
    }

    [Fact]
    public void Concat_MovesSpansWithTheirText()
    {
        var text = FormattedText.Concat(FormattedText.Styled("Атырау", SpanKind.Bold), FormattedText.Plain("\n"), new FormattedText("экология", [new(SpanKind.Italic, 0, 8)]));

        Assert.Equal("Атырау\nэкология", text.Text);
        Assert.Equal([new TextSpan(SpanKind.Bold, 0, 6), new TextSpan(SpanKind.Italic, 7, 8)], text.Spans);
    }

    [Fact]
    public void Slice_ClipsSpansCrossingEitherEdge()
    {
        var text = new FormattedText("abcdefghij", [new(SpanKind.Bold, 1, 4), new(SpanKind.Italic, 6, 4), new(SpanKind.Code, 0, 1)]);

        var slice = text.Slice(3, 5);

        Assert.Equal("defgh", slice.Text);
        Assert.Equal([new TextSpan(SpanKind.Bold, 0, 2), new TextSpan(SpanKind.Italic, 3, 2)], slice.Spans);
    }

    [Fact]
    public void Json_RoundTrip_KeepsTextAndSpans()
    {
        var text = new FormattedText("🏞 Жайық", [new(SpanKind.TextLink, 3, 5, "https://senate.parlam.kz"), new(SpanKind.Pre, 0, 2, Language: "txt")]);

        var back = JsonSerializer.Deserialize<FormattedText>(JsonSerializer.Serialize(text));

        Assert.Equal(text, back);
    }

    [Fact]
    public void Split_TextThatFits_IsOnePartItself()
    {
        var text = FormattedText.Plain(new string('ә', 4096));

        Assert.Same(text, Assert.Single(text.Split(FormattedText.MessageLimit)));
    }

    [Fact]
    public void Split_AtAParagraphBreak_WhenOneFits()
    {
        var first = Sentence('a', 60) + " " + Sentence('b', 30);
        var second = Sentence('c', 70);
        var text = FormattedText.Plain(first + "\n\n" + second);

        var parts = text.Split(120);

        Assert.Equal([first, second], parts.Select(p => p.Text));
    }

    [Fact]
    public void Split_WithoutParagraphBreaks_AtTheLastSentenceEnd()
    {
        var text = FormattedText.Plain("Бірінші сөйлем. Екінші сөйлем осында! Үшінші сөйлем ұзағырақ болады және лимиттен асады.");

        var parts = text.Split(40);

        Assert.Equal("Бірінші сөйлем. Екінші сөйлем осында!", parts[0].Text);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 40));
        Assert.Equal(Words(text.Text), parts.SelectMany(p => Words(p.Text)));
    }

    [Fact]
    public void Split_OneLongSentence_AtASpace_NeverInsideAWord()
    {
        var text = FormattedText.Plain(string.Join(' ', Enumerable.Repeat("инфрақұрылым", 40)));

        var parts = text.Split(100);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, 100));
        Assert.All(parts.SelectMany(p => Words(p.Text)), w => Assert.Equal("инфрақұрылым", w));
        Assert.Equal(40, parts.Sum(p => Words(p.Text).Length));
    }

    [Fact]
    public void Split_NoSpaceAtAll_CutsHardButNeverBetweenASurrogatePair()
    {
        var text = FormattedText.Plain(string.Concat(Enumerable.Repeat("a🏞", 20)));

        var parts = text.Split(10);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, 10));
        Assert.All(parts, p => Assert.False(char.IsLowSurrogate(p.Text[0]) || char.IsHighSurrogate(p.Text[^1])));
        Assert.Equal(text.Text, string.Concat(parts.Select(p => p.Text)));
    }

    [Fact]
    public void Split_AnEntityCrossingTheCut_ContinuesInTheNextPart_AndEachPartIsValidHtml()
    {
        // One bold run from the middle of the first sentence to the middle of the second.
        var text = new FormattedText("Ауаның ластануы <маңызды>. Жайық өзенінің тартылуы & инфрақұрылым.", [new(SpanKind.Bold, 7, 31), new(SpanKind.Italic, 0, 6)]);

        var parts = text.Split(26, 60);

        Assert.Equal(["Ауаның ластануы <маңызды>.", "Жайық өзенінің тартылуы & инфрақұрылым."], parts.Select(p => p.Text));
        Assert.Equal("<i>Ауаның</i> <b>ластануы &lt;маңызды&gt;.</b>", parts[0].ToHtml());
        Assert.Equal("<b>Жайық өзені</b>нің тартылуы &amp; инфрақұрылым.", parts[1].ToHtml());
        Assert.All(parts, p => Assert.True(ProperlyNested(p.ToHtml())));
    }

    [Fact]
    public void Split_ALinkInTheWay_IsNotCutWhenAnotherSpaceServes()
    {
        var text = new FormattedText("Толығырақ: Сенат баспасөз қызметінің хабарламасы", [new(SpanKind.TextLink, 11, 37, "https://senate.parlam.kz")]);

        var parts = text.Split(40);

        Assert.Equal(["Толығырақ:", "Сенат баспасөз қызметінің хабарламасы"], parts.Select(p => p.Text));
        Assert.Equal("<a href=\"https://senate.parlam.kz\">Сенат баспасөз қызметінің хабарламасы</a>", parts[1].ToHtml());
    }

    [Fact]
    public void Split_CaptionFirst_ThenMessages()
    {
        var paragraphs = Enumerable.Range(0, 12).Select(i => Sentence((char)('a' + i), 400)).ToList();
        var text = FormattedText.Plain(string.Join("\n\n", paragraphs));

        var parts = text.Split(FormattedText.CaptionLimit, FormattedText.MessageLimit);

        Assert.InRange(parts[0].Length, 1, FormattedText.CaptionLimit);
        Assert.All(parts.Skip(1), p => Assert.InRange(p.Length, 1, FormattedText.MessageLimit));
        Assert.Equal(string.Join("\n\n", parts.Select(p => p.Text)), text.Text);
    }

    [Fact]
    public void Split_ALongKazakhText_LosesNothing()
    {
        var sentence = "Спикер өңір тұрғындарын алаңдатып отырған мәселелерді атады: экология, ауаның ластануы, Жайық өзенінің тартылуы. ";
        var text = new FormattedText(string.Concat(Enumerable.Repeat(sentence, 120)), [new(SpanKind.Bold, 0, 6), new(SpanKind.Italic, 5000, 3000)]);

        var parts = text.Split(FormattedText.MessageLimit);

        Assert.True(parts.Count >= 4);
        Assert.All(parts.SkipLast(1), p => Assert.InRange(p.Length, FormattedText.MessageLimit / 4, FormattedText.MessageLimit));
        Assert.All(parts.SkipLast(1), p => Assert.EndsWith("тартылуы.", p.Text, StringComparison.Ordinal));
        Assert.Equal(Words(text.Text), parts.SelectMany(p => Words(p.Text)));
        var italic = parts.SelectMany(p => p.Spans.Where(s => s.Kind == SpanKind.Italic).Select(s => p.Text.Substring(s.Offset, s.Length)));
        Assert.Equal(Words(text.Text[5000..8000]), italic.SelectMany(Words));
    }

    private static string Sentence(char letter, int length) => new string(letter, length - 1) + ".";

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The visible text of Telegram HTML: tags removed, entities decoded.</summary>
    private static string Visible(string html) => WebUtility.HtmlDecode(Tag().Replace(html, string.Empty));

    /// <summary>True when every closing tag closes the innermost open one and none stays open.</summary>
    private static bool ProperlyNested(string html)
    {
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value;
            if (tag.Groups["close"].Success)
            {
                if (open.Count == 0 || open.Pop() != name)
                {
                    return false;
                }
            }
            else
            {
                open.Push(name);
            }
        }

        return open.Count == 0;
    }

    [GeneratedRegex("<(?<close>/)?(?<name>[a-z-]+)[^>]*>")]
    private static partial Regex Tag();
}
