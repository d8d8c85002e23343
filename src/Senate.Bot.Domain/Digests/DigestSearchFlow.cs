using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Digests;

/// <summary>Keyword search of the archive: one question, then the digests found (word forms included), newest match first.</summary>
internal sealed class DigestSearchFlow(ConversationRecord record, DigestsContext context) : Form<DigestSearchFlow.Nothing>(record)
{
    public const string Name = "digest.search";

    private const int MaxShown = 10;
    private const int TitleOnButton = 56;

    public override string Flow => Name;

    public override TextKey Title => DigestTexts.SearchTitle;

    protected override void Define(FormBuilder<Nothing> form) =>
        form.Ask("query", DigestTexts.SearchAsk, Answers.Text(2, 100), (f, query) =>
        {
            var found = context.Search.Search(query, regionId: null, MaxShown)
                .Select(context.Readable)
                .OfType<Digest>()
                .ToList();
            var rows = found
                .Select(d => (IReadOnlyList<Button>)[new Button(Label(d, f.Language), DigestsFeature.ViewData(d.Id))])
                .Append([new Button(DigestTexts.SearchAgainButton, DigestsFeature.Prefix + ":q"), new Button(CommonTexts.Back, DigestsFeature.HubData)])
                .ToList();
            f.Send(new Reply
            {
                Text = found.Count == 0 ? DigestTexts.SearchNone.With(new { query }) : DigestTexts.SearchFound.With(new { query, count = found.Count }),
                Buttons = rows,
            });
            return Go.Done;
        });

    private static Text Label(Digest digest, Language reader)
    {
        var title = digest.Content.Best(reader).Title;
        return DigestTexts.ArchiveItem.With(new
        {
            date = digest.Content.MeetingDate,
            title = title.Length <= TitleOnButton ? title : title[..(TitleOnButton - 1)].TrimEnd() + "…",
        });
    }

    /// <summary>The search keeps nothing but its step.</summary>
    internal sealed class Nothing;
}
