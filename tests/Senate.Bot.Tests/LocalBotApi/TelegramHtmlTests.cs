using Senate.Bot.LocalBotApi;

namespace Senate.Bot.Tests.LocalBotApi;

public sealed class TelegramHtmlTests
{
    [Theory]
    [InlineData("<b>Жирный</b> и <i>курсив</i>", "Жирный и курсив")]
    [InlineData("5 &lt; 6 &amp;&amp; 7 &gt; 3 &quot;ok&quot;", "5 < 6 && 7 > 3 \"ok\"")]
    [InlineData("&#1178;&#x0493; AT&T &nbsp;", "Қғ AT&T &nbsp;")]
    [InlineData("<a href=\"https://senate.parlam.kz\">Сенат</a>", "Сенат")]
    [InlineData("<pre><code class=\"language-csv\">a;b</code></pre>", "a;b")]
    [InlineData("<tg-spoiler>x</tg-spoiler><blockquote>q</blockquote><u>u</u><s>s</s>", "xqus")]
    [InlineData("line1\nline2", "line1\nline2")]
    public void ToPlainText_ValidMarkup_GivesTheVisibleText(string html, string expected) =>
        Assert.Equal(expected, TelegramHtml.ToPlainText(html));

    [Theory]
    [InlineData("a<br>b", "Unsupported start tag \"br\" at byte offset 1")]
    [InlineData("<b>x", "Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<b><i>x</b></i>", "Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"")]
    [InlineData("x</b>", "Unexpected end tag at byte offset 1")]
    [InlineData("Ә < 6 and 7 > 5", "Unsupported start tag \"\" at byte offset 3")]
    [InlineData("a <b", "Unclosed start tag at byte offset 2")]
    public void ToPlainText_InvalidMarkup_IsA400LikeTelegrams(string html, string detail)
    {
        var error = Assert.Throws<BotApiException>(() => TelegramHtml.ToPlainText(html));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: can't parse entities: " + detail, error.Message);
    }
}
