using System.Globalization;
using System.Net;
using System.Text;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// A region's briefing before a senator's trip: open, overdue and answered counts, the top categories, the most
/// supported concerns — as a message, a chart, and an HTML file (it opens in any browser on a phone or a computer,
/// prints well, and carries the chart and the full table of open concerns in one file that can be forwarded).
/// Withdrawn concerns and those rejected as spam are not counted.
/// </summary>
internal sealed class RegionalBriefing(ConcernContext context)
{
    private const int TopCategories = 5;
    private const int MostSupported = 5;

    public IReadOnlyList<Reply> Build(Region region, Language language, DateTimeOffset now)
    {
        var zone = context.Settings.TimeZone;
        var today = context.Deadlines.LocalDate(now);
        var from = today.AddDays(-(int)context.Settings.BriefingPeriod.TotalDays);
        var fromUtc = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), zone);
        var counted = context.Store.Find(new ConcernFilter { RegionId = region.Id, RegisteredFromUtc = fromUtc })
            .Where(c => c.Status != ConcernStatus.Withdrawn && c.RejectReason != RejectReason.Spam)
            .ToList();

        var open = counted.Where(c => ConcernLifecycle.IsOpen(c.Status)).OrderBy(c => c.DueDate).ToList();
        var overdue = open.Count(c => ConcernDeadlines.IsOverdue(c, today));
        var answered = counted.Count(c => c.Answer is not null && c.Status is ConcernStatus.Answered or ConcernStatus.Closed);
        var order = context.Categories.All.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var byCategory = counted
            .GroupBy(c => c.CategoryId)
            .Select(g => (Id: g.Key, Count: g.Count()))
            .OrderByDescending(x => x.Count)
            .ThenBy(x => order.GetValueOrDefault(x.Id, int.MaxValue))
            .ToList();
        var supported = counted
            .Where(c => ConcernLifecycle.IsOpen(c.Status) || c.Status == ConcernStatus.Answered)
            .OrderByDescending(c => c.SupportCount)
            .ThenByDescending(c => c.RegisteredUtc)
            .Take(MostSupported)
            .ToList();

        var categoryLines = byCategory.Take(TopCategories)
            .Select(x => ConcernTexts.BriefingCategoryLine.With(new { category = context.CategoryLabel(x.Id), count = x.Count }))
            .DefaultIfEmpty(ConcernTexts.BriefingNone);
        var supportedLines = supported
            .Select(c => ConcernTexts.BriefingSupportedLine.With(new
            {
                number = c.Number,
                place = c.Settlement is { } place ? Text.Plain(place) : Text.Plain(context.CategoryName(c.CategoryId)),
                people = c.SupportCount + 1,
                status = ConcernFormat.Status(c.Status),
                excerpt = TextMatching.Shorten(c.Description, 120),
            }))
            .DefaultIfEmpty(ConcernTexts.BriefingNone);
        var text = ConcernTexts.Briefing.With(new
        {
            region = region.Name,
            from,
            to = today,
            total = counted.Count,
            open = open.Count,
            overdue,
            answered,
            categories = Text.Lines(categoryLines),
            supported = Text.Lines(supportedLines),
        });

        // The chart and the page are made after the update commits (Attachment.Render), from what was read here.
        var replies = new List<Reply> { Reply.Of(text) };
        Lazy<byte[]>? chart = null;
        if (byCategory.Count > 0)
        {
            var title = TextCatalog.Default.RenderPlain(ConcernTexts.BriefingChartTitle.With(new { region = region.Name }), language, zone);
            var bars = byCategory.Select(x => (context.CategoryName(x.Id).In(language), (double)x.Count)).ToList();
            chart = new Lazy<byte[]>(() => context.Charts.RenderBarChart(title, bars));
            replies.Add(new Reply
            {
                Text = ConcernTexts.BriefingChartTitle.With(new { region = region.Name }),
                Attachment = new Attachment { Kind = AttachmentKind.Photo, Render = () => chart.Value, FileName = $"briefing-{region.Id}.png" },
            });
        }

        replies.Add(new Reply
        {
            Text = ConcernTexts.BriefingFileCaption.With(new { region = region.Name }),
            Attachment = new Attachment
            {
                Kind = AttachmentKind.Document,
                Render = () => Encoding.UTF8.GetBytes(Html(region, language, text, chart?.Value, open, today)),
                FileName = string.Create(CultureInfo.InvariantCulture, $"briefing-{region.Id}-{today:yyyy-MM-dd}.html"),
            },
        });
        return replies;
    }

    private string Html(Region region, Language language, Text summary, byte[]? chart, List<Concern> open, DateOnly today)
    {
        var zone = context.Settings.TimeZone;
        string Rendered(Text text) => TextCatalog.Default.Render(text, language, zone);
        string Plain(Text text) => WebUtility.HtmlEncode(TextCatalog.Default.RenderPlain(text, language, zone));

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language.Code()).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(Plain(ConcernTexts.BriefingChartTitle.With(new { region = region.Name }))).Append("</title>\n")
            .Append("<style>body{font-family:sans-serif;max-width:60em;margin:1.5em auto;padding:0 1em;line-height:1.4}")
            .Append("table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}")
            .Append("img{max-width:100%;height:auto}</style>\n</head>\n<body>\n<p>")
            .Append(Rendered(summary).Replace("\n", "<br>\n", StringComparison.Ordinal)).Append("</p>\n");
        if (chart is not null)
        {
            html.Append("<p><img alt=\"").Append(Plain(ConcernTexts.BriefingChartTitle.With(new { region = region.Name })))
                .Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(chart)).Append("\"></p>\n");
        }

        html.Append("<h2>").Append(Plain(ConcernTexts.BriefingOpenTable)).Append(" (").Append(open.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h2>\n<table>\n<tr>");
        foreach (var header in new[] { ConcernTexts.CsvNumber, ConcernTexts.CsvReceived, ConcernTexts.CsvDue, ConcernTexts.CsvStatus, ConcernTexts.CsvCategory, ConcernTexts.CsvSettlement, ConcernTexts.CsvSupporters, ConcernTexts.CsvDescription })
        {
            html.Append("<th>").Append(Plain(header)).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var c in open)
        {
            string[] cells =
            [
                WebUtility.HtmlEncode(c.Number),
                ConcernCsv.Moment(c.RegisteredUtc, zone),
                ConcernCsv.Day(ConcernDeadlines.Stored(c.DueDate)) + (ConcernDeadlines.IsOverdue(c, today) ? " " + Plain(ConcernTexts.OverdueMarker) : string.Empty),
                Plain(ConcernFormat.Status(c.Status)),
                Plain(Text.Plain(context.CategoryName(c.CategoryId))),
                WebUtility.HtmlEncode(c.Settlement ?? string.Empty),
                (c.SupportCount + 1).ToString(CultureInfo.InvariantCulture),
                WebUtility.HtmlEncode(TextMatching.Shorten(c.Description, 500)),
            ];
            html.Append("<tr>");
            foreach (var cell in cells)
            {
                html.Append("<td>").Append(cell).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n</body>\n</html>\n");
        return html.ToString();
    }
}
