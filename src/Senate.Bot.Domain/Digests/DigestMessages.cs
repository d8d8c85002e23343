using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Digests;

/// <summary>
/// How a digest reads: its heading (title, meeting date, regions), the text with the editor's formatting, and notes (the
/// language it is shown in when the reader's is missing, a correction, the source). Within Telegram's limits and never
/// cut: with a photo, the photo carries the whole digest as its caption when it fits 1024 characters, otherwise the
/// heading, and the text follows; a text over 4096 characters goes in parts. The buttons go on the last message.
/// </summary>
internal sealed class DigestMessages(DigestsContext context)
{
    /// <summary>Room kept free in each message, for the paragraph breaks between the pieces.</summary>
    private const int Margin = 8;

    /// <summary>The messages showing <paramref name="digest"/> to a reader of <paramref name="reader"/>.</summary>
    public IReadOnlyList<Reply> Show(Digest digest, Language reader, long? chatId, IReadOnlyList<IReadOnlyList<Button>> buttons)
    {
        var content = digest.Content;
        var version = content.Best(reader);
        var heading = DigestTexts.Heading.With(new { title = version.Title, date = content.MeetingDate, regions = context.RegionNames(content.RegionIds) });
        var footer = Text.Lines(
            version.Language != reader ? DigestTexts.ShownIn(version.Language) : null,
            digest.LastCorrectedUtc() is { } corrected ? DigestTexts.Corrected.With(new { date = corrected }) : null,
            content.Source is { } source ? DigestTexts.Source.With(new { source = source.Name }) : null);
        var headingLength = Visible(heading, reader);
        var footerLength = footer.IsEmpty ? 0 : Visible(footer, reader) + 2;
        var body = version.Text;
        var photo = content.Photo?.FileId;
        var whole = headingLength + 2 + body.Length + footerLength;

        if (photo is not null && whole <= FormattedText.CaptionLimit)
        {
            return [new Reply { ChatId = chatId, Language = reader, Text = Text.Paragraphs(heading, Markup(body), footer), Attachment = Photo(photo), Buttons = buttons }];
        }

        var replies = new List<Reply>();
        if (photo is not null)
        {
            replies.Add(new Reply { ChatId = chatId, Language = reader, Text = heading, Attachment = Photo(photo) });
        }

        var withHeading = photo is null;
        var rest = FormattedText.MessageLimit - footerLength - Margin;
        var first = withHeading ? rest - headingLength - 2 : rest;
        var parts = body.Length == 0 ? [body] : body.Split(first, rest);
        for (var i = 0; i < parts.Count; i++)
        {
            var last = i == parts.Count - 1;
            replies.Add(new Reply
            {
                ChatId = chatId,
                Language = reader,
                Text = Text.Paragraphs(i == 0 && withHeading ? heading : null, Markup(parts[i]), last ? footer : null),
                Buttons = last ? buttons : [],
            });
        }

        return replies;
    }

    private static Text Markup(FormattedText text) => Text.Markup(text.ToHtml());

    private static Attachment Photo(string fileId) => new() { Kind = AttachmentKind.Photo, FileId = fileId };

    private int Visible(Text text, Language language) => TextCatalog.Default.RenderPlain(text, language, context.Settings.TimeZone).Length;
}
