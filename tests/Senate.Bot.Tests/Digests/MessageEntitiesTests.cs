using Senate.Bot.Digests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Tests.Digests;

public sealed class MessageEntitiesTests
{
    [Fact]
    public void ToFormattedText_FormattingEntities_MapOneToOne()
    {
        const string text = "🏞 Жайық өзені: bold italic under strike spoiler code pre link quote fold";
        var message = new Message
        {
            Text = text,
            Entities =
            [
                Entity(MessageEntityType.Bold, text, "bold"), Entity(MessageEntityType.Italic, text, "italic"), Entity(MessageEntityType.Underline, text, "under"),
                Entity(MessageEntityType.Strikethrough, text, "strike"), Entity(MessageEntityType.Spoiler, text, "spoiler"), Entity(MessageEntityType.Code, text, "code"),
                Entity(MessageEntityType.Pre, text, "pre", language: "python"), Entity(MessageEntityType.TextLink, text, "link", url: "https://senate.parlam.kz"),
                Entity(MessageEntityType.Blockquote, text, "quote"), Entity(MessageEntityType.ExpandableBlockquote, text, "fold"),
                Entity(MessageEntityType.Bold, text, "Жайық өзені"),
            ],
        };

        var formatted = MessageEntities.ToFormattedText(message);

        Assert.Equal(text, formatted.Text);
        Assert.Equal(
            [
                new TextSpan(SpanKind.Bold, 3, 11), new TextSpan(SpanKind.Bold, 16, 4), new TextSpan(SpanKind.Italic, 21, 6), new TextSpan(SpanKind.Underline, 28, 5),
                new TextSpan(SpanKind.Strikethrough, 34, 6), new TextSpan(SpanKind.Spoiler, 41, 7), new TextSpan(SpanKind.Code, 49, 4), new TextSpan(SpanKind.Pre, 54, 3, Language: "python"),
                new TextSpan(SpanKind.TextLink, 58, 4, "https://senate.parlam.kz"), new TextSpan(SpanKind.Blockquote, 63, 5), new TextSpan(SpanKind.ExpandableBlockquote, 69, 4),
            ],
            formatted.Spans);
    }

    [Fact]
    public void ToFormattedText_AutomaticEntitiesAndCustomEmoji_AreLeftToTelegram_AMentionBecomesALink()
    {
        const string text = "@senate #Атырау https://senate.parlam.kz /start a@b.kz +77011234567 👍 Айгерім";
        var entities = new[]
        {
            Entity(MessageEntityType.Mention, text, "@senate"), Entity(MessageEntityType.Hashtag, text, "#Атырау"), Entity(MessageEntityType.Url, text, "https://senate.parlam.kz"),
            Entity(MessageEntityType.BotCommand, text, "/start"), Entity(MessageEntityType.Email, text, "a@b.kz"), Entity(MessageEntityType.PhoneNumber, text, "+77011234567"),
            Entity(MessageEntityType.CustomEmoji, text, "👍"),
            Entity(MessageEntityType.TextMention, text, "Айгерім", user: new User { Id = 1001, FirstName = "Айгерім" }),
        };

        var formatted = MessageEntities.ToFormattedText(text, entities);

        var mention = Assert.Single(formatted.Spans);
        Assert.Equal(new TextSpan(SpanKind.TextLink, text.IndexOf("Айгерім", StringComparison.Ordinal), 7, "tg://user?id=1001"), mention);
    }

    [Fact]
    public void ToFormattedText_APhotosCaption_AndAnEntityOutsideTheText_IsLeftOut()
    {
        var message = new Message
        {
            Caption = "Жайық",
            CaptionEntities = [new MessageEntity { Type = MessageEntityType.Bold, Offset = 0, Length = 5 }, new MessageEntity { Type = MessageEntityType.Italic, Offset = 3, Length = 9 }],
        };

        var formatted = MessageEntities.ToFormattedText(message);

        Assert.Equal(new FormattedText("Жайық", [new(SpanKind.Bold, 0, 5)]), formatted);
        Assert.Equal(FormattedText.Empty, MessageEntities.ToFormattedText(new Message()));
    }

    [Fact]
    public void AnEditorsMessage_RenderedAsHtml_IsParsedByTelegramBackToTheSameText()
    {
        // Overlapping bold and italic, a link with "&" in its address and text with "<" and "&", an emoji before them.
        const string text = "🏞 Ауа <сапасы> & Жайық өзенінің тартылуы — толығырақ";
        var entities = new[]
        {
            Entity(MessageEntityType.Bold, text, "Ауа <сапасы> & Жайық"), Entity(MessageEntityType.Italic, text, "Жайық өзенінің"),
            Entity(MessageEntityType.TextLink, text, "толығырақ", url: "https://senate.parlam.kz/?a=1&b=2"),
        };

        var html = MessageEntities.ToFormattedText(text, entities).ToHtml();

        Assert.Equal(text, Senate.Bot.LocalBotApi.TelegramHtml.ToPlainText(html));
        Assert.Equal(
            "🏞 <b>Ауа &lt;сапасы&gt; &amp; <i>Жайық</i></b><i> өзенінің</i> тартылуы — <a href=\"https://senate.parlam.kz/?a=1&amp;b=2\">толығырақ</a>",
            html);
    }

    private static MessageEntity Entity(MessageEntityType type, string text, string part, string? url = null, string? language = null, User? user = null) =>
        new() { Type = type, Offset = text.IndexOf(part, StringComparison.Ordinal), Length = part.Length, Url = url, Language = language, User = user };
}
