namespace Senate.Bot.Domain.Texts;

/// <summary>
/// The formatting a <see cref="TextSpan"/> applies, one for each of Telegram's formatting entities. Telegram's
/// automatic entities (mentions, hashtags, plain URLs, e-mail addresses, phone numbers, commands) are not kept:
/// Telegram finds them again in the plain text of every message it delivers.
/// </summary>
public enum SpanKind
{
    /// <summary>Bold (<c>&lt;b&gt;</c>).</summary>
    Bold,

    /// <summary>Italic (<c>&lt;i&gt;</c>).</summary>
    Italic,

    /// <summary>Underlined (<c>&lt;u&gt;</c>).</summary>
    Underline,

    /// <summary>Struck through (<c>&lt;s&gt;</c>).</summary>
    Strikethrough,

    /// <summary>Hidden until tapped (<c>&lt;tg-spoiler&gt;</c>).</summary>
    Spoiler,

    /// <summary>Monospace within a line (<c>&lt;code&gt;</c>).</summary>
    Code,

    /// <summary>A monospace block, optionally with a programming language (<c>&lt;pre&gt;</c>).</summary>
    Pre,

    /// <summary>Text that opens a URL (<c>&lt;a href&gt;</c>); the span's <see cref="TextSpan.Url"/> is required.</summary>
    TextLink,

    /// <summary>A quotation (<c>&lt;blockquote&gt;</c>).</summary>
    Blockquote,

    /// <summary>A quotation shown collapsed until tapped (<c>&lt;blockquote expandable&gt;</c>).</summary>
    ExpandableBlockquote,
}
