using System.Globalization;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// The moderators' commands: <c>/queue</c> (filters and paging on buttons, or as words: <c>/queue atyrau ecology
/// overdue</c>), <c>/concern &lt;number&gt;</c>, <c>/export &lt;from&gt; &lt;to&gt;</c>, <c>/briefing &lt;region&gt;</c>.
/// A moderator limited to some regions gets only those regions' concerns from each, and only those regions to choose.
/// </summary>
public sealed partial class ConcernsFeature
{
    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    private void QueueCommand(Turn turn, string argument)
    {
        var filter = QueueFilter.Default;
        foreach (var word in argument.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lower = word.ToLowerInvariant();
            if (lower == "overdue")
            {
                filter = filter with { Overdue = true };
            }
            else if (lower == "all")
            {
                filter = filter with { Status = QueueFilter.AllStatuses };
            }
            else if (Enum.TryParse<ConcernStatus>(word, ignoreCase: true, out var status) && Enum.IsDefined(status))
            {
                filter = filter with { Status = ConcernFormat.StatusCode(status) };
            }
            else if (_context.Categories.Find(lower) is { } category)
            {
                filter = filter with { CategoryId = category.Id };
            }
            else if ((_context.Regions.Find(lower) ?? _context.MatchRegion(word)) is { } region)
            {
                filter = filter with { RegionId = region.Id };
            }
        }

        if (filter.RegionId is { } chosen && !turn.CanModerate(chosen))
        {
            turn.Say(CommonTexts.NotAllowed);
            return;
        }

        ShowQueue(turn, filter, 0, edit: false);
    }

    private void OnQueueButton(Turn turn, string[] parts)
    {
        switch (parts)
        {
            case ["q", var r, _, _, _, _] when r != "-" && !turn.CanModerate(r):
            case ["qc", var rc, _, _] when rc != "-" && !turn.CanModerate(rc):
            case ["qs", var rs, _, _] when rs != "-" && !turn.CanModerate(rs):
            case ["b", var rb] when !turn.CanModerate(rb):
                Refuse(turn);
                return;
            case ["q", var r, var c, var s, var o, var p] when int.TryParse(p, out var page) && page >= 0:
                ShowQueue(turn, QueueFilter.Parse(r, c, s, o), page, edit: true);
                return;
            case ["qr", var c, var s, var o]:
                var byRegion = QueueFilter.Parse("-", c, s, o);
                var regions = RegionButtons(turn, region => (byRegion with { RegionId = region.Id }).Data(0));
                PickFilter(turn, [.. regions, [new Button(ConcernTexts.FilterAllButton, byRegion.Data(0))]]);
                return;
            case ["qc", var r, var s, var o]:
                var byCategory = QueueFilter.Parse(r, "-", s, o);
                var categories = _context.CategoryGrid(turn.Language)
                    .Select(row => (IReadOnlyList<Button>)[.. row.Select(category => new Button(_context.CategoryLabel(category.Id), (byCategory with { CategoryId = category.Id }).Data(0)))]);
                PickFilter(turn, [.. categories, [new Button(ConcernTexts.FilterAllButton, byCategory.Data(0))]]);
                return;
            case ["qs", var r, var c, var o]:
                var byStatus = QueueFilter.Parse(r, c, QueueFilter.OpenStatuses, o);
                var statuses = Enum.GetValues<ConcernStatus>()
                    .Select(status => new Button(ConcernFormat.Status(status), (byStatus with { Status = ConcernFormat.StatusCode(status) }).Data(0)))
                    .Chunk(2)
                    .Select(row => (IReadOnlyList<Button>)row);
                PickFilter(turn, [[new Button(ConcernTexts.FilterOpenButton, byStatus.Data(0)), new Button(ConcernTexts.FilterAllButton, (byStatus with { Status = QueueFilter.AllStatuses }).Data(0))], .. statuses]);
                return;
            case ["b", var regionId] when _context.Regions.Find(regionId) is { } region:
                Briefing(turn, region);
                return;
            default:
                turn.UnknownButton();
                return;
        }
    }

    /// <summary>The regions the sender may see, laid out as the region picker does.</summary>
    private IReadOnlyList<IReadOnlyList<Button>> RegionButtons(Turn turn, Func<Region, string> data) =>
        [.. RegionLayout.Pairs(_context.RegionGrid(turn.Language).SelectMany(row => row).Where(r => turn.CanModerate(r.Id)), r => r.ShortName.In(turn.Language).Length)
            .Select(row => (IReadOnlyList<Button>)[.. row.Select(region => new Button(Text.Plain(region.ShortName), data(region)))])];

    /// <summary>Only the concerns the sender may see.</summary>
    private static IEnumerable<Concern> Visible(Turn turn, IEnumerable<Concern> concerns) => concerns.Where(c => turn.CanModerate(c.RegionId));

    private static void PickFilter(Turn turn, IReadOnlyList<IReadOnlyList<Button>> rows) =>
        turn.Send(new Reply { Text = ConcernTexts.FilterChoose, Buttons = rows, EditPressedMessage = true });

    private void ShowQueue(Turn turn, QueueFilter filter, int page, bool edit)
    {
        var today = _context.Deadlines.LocalDate(turn.Now);
        var statuses = filter.Status switch
        {
            QueueFilter.OpenStatuses => ConcernLifecycle.OpenStatuses,
            QueueFilter.AllStatuses => null,
            var code => ConcernFormat.ParseStatus(code) is { } status ? [status] : ConcernLifecycle.OpenStatuses,
        };
        var found = Visible(turn, _context.Store.Find(new ConcernFilter { RegionId = filter.RegionId, CategoryId = filter.CategoryId, Statuses = statuses }))
            .Where(c => !filter.Overdue || ConcernDeadlines.IsOverdue(c, today))
            .OrderBy(c => c.DueDate)
            .ThenBy(c => c.RegisteredUtc)
            .ToList();

        var size = _context.Settings.PageSize;
        var pages = Math.Max(1, (found.Count + size - 1) / size);
        page = Math.Min(page, pages - 1);
        var shown = found.Skip(page * size).Take(size).ToList();
        var lines = shown.Count == 0
            ? ConcernTexts.QueueEmpty
            : Text.Paragraphs(shown.Select(c => Text.Lines(
                ConcernTexts.QueueLine.With(new
                {
                    number = c.Number,
                    status = ConcernFormat.Status(c.Status),
                    region = _context.RegionShortName(c.RegionId),
                    category = _context.CategoryName(c.CategoryId),
                    due = ConcernDeadlines.Stored(c.DueDate),
                    people = c.SupportCount + 1,
                }),
                ConcernDeadlines.IsOverdue(c, today) ? ConcernTexts.OverdueMarker : null)));
        var filters = ConcernTexts.QueueFilters.With(new
        {
            region = filter.RegionId is { } r ? Text.Plain(_context.RegionName(r)) : ConcernTexts.FilterAll,
            category = filter.CategoryId is { } c ? Text.Plain(_context.CategoryName(c)) : ConcernTexts.FilterAll,
            status = Text.Join(" · ", [
                filter.Status switch
                {
                    QueueFilter.OpenStatuses => ConcernTexts.FilterOpen,
                    QueueFilter.AllStatuses => ConcernTexts.FilterAll,
                    var code => ConcernFormat.ParseStatus(code) is { } status ? ConcernFormat.Status(status) : ConcernTexts.FilterOpen,
                },
                filter.Overdue ? ConcernTexts.FilterOverdueMarker : null]),
        });

        var rows = new List<IReadOnlyList<Button>>();
        rows.AddRange(shown.Select(x => new Button(Text.Plain(x.Number), ConcernCards.Data.Staff("v", x.Id))).Chunk(2).Select(row => (IReadOnlyList<Button>)row));
        rows.Add(Paging(page, pages, filter.Data));
        rows.Add([new Button(ConcernTexts.FilterRegion, filter.PickerData("qr")), new Button(ConcernTexts.FilterCategory, filter.PickerData("qc"))]);
        rows.Add([
            new Button(ConcernTexts.FilterStatus, filter.PickerData("qs")),
            new Button(filter.Overdue ? ConcernTexts.FilterOverdueOff : ConcernTexts.FilterOverdueOn, (filter with { Overdue = !filter.Overdue }).Data(0)),
        ]);
        turn.Send(new Reply
        {
            Text = ConcernTexts.QueueTitle.With(new { count = found.Count, page = page + 1, pages, filters, lines }),
            Buttons = [.. rows.Where(row => row.Count > 0)],
            EditPressedMessage = edit,
        });
    }

    private void ConcernCommand(Turn turn, string argument)
    {
        var number = argument.Trim();
        if (number.Length == 0)
        {
            turn.Say(ConcernTexts.ConcernUsage);
            return;
        }

        if (_context.Store.GetByNumber(number) is not { } concern || !ConcernDesk.Allowed(turn, concern))
        {
            turn.Say(ConcernTexts.ConcernNotFound.With(new { typed = TextMatching.Shorten(number, 40) }));
            return;
        }

        turn.Send(new Reply
        {
            Album = [.. concern.PhotoFileIds],
            Text = _cards.StaffCard(concern),
            Buttons = _cards.StaffButtons(concern),
            Location = concern.Latitude is { } lat && concern.Longitude is { } lon ? (lat, lon) : null,
        });
    }

    private void ExportCommand(Turn turn, string argument)
    {
        var words = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2
            || !DateOnly.TryParseExact(words[0], DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !DateOnly.TryParseExact(words[1], DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            || to < from)
        {
            turn.Say(ConcernTexts.ExportUsage);
            return;
        }

        var zone = _context.Settings.TimeZone;
        var concerns = Visible(turn, _context.Store.Find(new ConcernFilter
            {
                RegisteredFromUtc = StartOfDayUtc(from, zone),
                RegisteredBeforeUtc = to == DateOnly.MaxValue ? DateTime.MaxValue : StartOfDayUtc(to.AddDays(1), zone),
            }))
            .OrderBy(c => c.RegisteredUtc)
            .ToList();
        var (language, today) = (turn.Language, _context.Deadlines.LocalDate(turn.Now));
        turn.Audit(AuditAction.Exported, AuditSubjects.Concerns, string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}, {concerns.Count}"));
        turn.Send(new Reply
        {
            Text = ConcernTexts.ExportCaption.With(new { from, to, count = concerns.Count }),
            Attachment = new Attachment
            {
                Kind = AttachmentKind.Document,
                Render = new ConcernCsv(_context).Prepare(concerns, language, today),
                FileName = string.Create(CultureInfo.InvariantCulture, $"concerns-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.csv"),
            },
        });
    }

    /// <summary>The UTC moment a local day starts, kept within DateTime's range for the first and last days there are.</summary>
    private static DateTime StartOfDayUtc(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        var offset = zone.GetUtcOffset(local);
        return local.Ticks - offset.Ticks < DateTime.MinValue.Ticks
            ? DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)
            : local.Ticks - offset.Ticks > DateTime.MaxValue.Ticks
                ? DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc)
                : TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    private void BriefingCommand(Turn turn, string argument)
    {
        var wanted = argument.Trim();
        var region = wanted.Length == 0 ? null : _context.Regions.Find(wanted.ToLowerInvariant()) ?? _context.MatchRegion(wanted);
        if (region is not null && !turn.CanModerate(region.Id))
        {
            turn.Say(CommonTexts.NotAllowed);
            return;
        }

        if (region is null)
        {
            turn.Say(
                ConcernTexts.BriefingChooseRegion,
                RegionButtons(turn, r => "c:s:b:" + r.Id));
            return;
        }

        Briefing(turn, region);
    }

    private void Briefing(Turn turn, Region region)
    {
        foreach (var reply in new RegionalBriefing(_context).Build(region, turn.Language, turn.Now))
        {
            turn.Send(reply);
        }

        turn.Audit(AuditAction.Exported, AuditSubjects.Briefing, region.Id);
    }

    /// <summary>The queue's filters, carried in the data of its buttons (at most 64 bytes).</summary>
    private sealed record QueueFilter(string? RegionId, string? CategoryId, string Status, bool Overdue)
    {
        public const string OpenStatuses = "o";
        public const string AllStatuses = "*";

        public static QueueFilter Default { get; } = new(null, null, OpenStatuses, false);

        public static QueueFilter Parse(string region, string category, string status, string overdue) =>
            new(region == "-" ? null : region, category == "-" ? null : category, status, overdue == "1");

        public string Data(int page) =>
            string.Create(CultureInfo.InvariantCulture, $"c:s:q:{RegionId ?? "-"}:{CategoryId ?? "-"}:{Status}:{(Overdue ? 1 : 0)}:{page}");

        public string PickerData(string picker) => picker switch
        {
            "qr" => $"c:s:qr:{CategoryId ?? "-"}:{Status}:{(Overdue ? "1" : "0")}",
            "qc" => $"c:s:qc:{RegionId ?? "-"}:{Status}:{(Overdue ? "1" : "0")}",
            _ => $"c:s:qs:{RegionId ?? "-"}:{CategoryId ?? "-"}:{(Overdue ? "1" : "0")}",
        };
    }
}
