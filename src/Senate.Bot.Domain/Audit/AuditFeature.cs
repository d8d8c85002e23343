using System.Globalization;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Staff;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Audit;

/// <summary>
/// The audit log for admins: <c>/audit</c> shows the latest entries, newest first, with filters on buttons (who, what,
/// when) or typed (<c>/audit 9001 answered 12.05.2026</c>), paged in place; <c>/auditcsv &lt;from&gt; &lt;to&gt;</c>
/// exports a date range as CSV, both in the admin's private chat only. Nothing here changes or deletes an entry: the
/// bot has no way to.
/// </summary>
public sealed class AuditFeature(IAuditLog log, StaffRoster roster, IUserDirectory users, TimeZoneInfo zone) : Feature
{
    private const string Prefix = "au";
    private const int PageSize = 10;
    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    /// <inheritdoc />
    public override string Name => "audit";

    /// <inheritdoc />
    public override string? ButtonPrefix => Prefix;

    /// <inheritdoc />
    public override IEnumerable<CommandInfo> Commands =>
    [
        new("audit", AuditTexts.CommandAudit, StaffRole.Admin),
        new("auditcsv", AuditTexts.CommandAuditCsv, StaffRole.Admin),
    ];

    /// <inheritdoc />
    public override void OnCommand(Turn turn, CommandInput command)
    {
        if (!turn.Can(StaffRole.Admin))
        {
            turn.Say(CommonTexts.NotAllowed);
            return;
        }

        if (!turn.IsPrivate)
        {
            // The log names every staff member's actions: it is not shown in a chat the whole team reads.
            turn.Say(AuditTexts.UsePrivateChat);
            return;
        }

        if (command.Name == "auditcsv")
        {
            Export(turn, command.Argument);
            return;
        }

        if (AuditQuery.Parse(command.Argument, turn, zone) is { } query)
        {
            Show(turn, query, 0);
        }
        else
        {
            turn.Say(AuditTexts.Usage);
        }
    }

    /// <inheritdoc />
    public override void OnButton(Turn turn, string data)
    {
        if (!turn.Can(StaffRole.Admin) || !turn.IsPrivate)
        {
            turn.Toast = CommonTexts.NotAllowed;
            return;
        }

        switch (data.Split(':'))
        {
            case ["q", var actor, var action, var period, var page] when AuditQuery.FromData(actor, action, period) is { } query && int.TryParse(page, out var number) && number >= 0:
                Show(turn, query, number);
                return;
            case ["pa", var actor, var action, var period] when AuditQuery.FromData(actor, action, period) is { } query:
                Pick(turn, [
                    .. roster.Everyone().Select(s => new Button(Text.Plain(NameOf(s.UserId)), (query with { ActorId = s.UserId }).Data(0))),
                    new Button(AuditTexts.Anyone, (query with { ActorId = null }).Data(0))]);
                return;
            case ["pc", var actor, var action, var period] when AuditQuery.FromData(actor, action, period) is { } query:
                Pick(turn, [
                    .. Enum.GetValues<AuditAction>().Select(a => new Button(AuditTexts.Action(a), (query with { Action = a }).Data(0))),
                    new Button(AuditTexts.AnyAction, (query with { Action = null }).Data(0))]);
                return;
            case ["pd", var actor, var action, var period] when AuditQuery.FromData(actor, action, period) is { } query:
                Pick(turn, [.. AuditQuery.Periods.Select(p => new Button(AuditTexts.Period(p), (query with { Period = p }).Data(0)))]);
                return;
            default:
                turn.UnknownButton();
                return;
        }
    }

    private string NameOf(long userId) =>
        roster.Store.Get(userId)?.Name is { Length: > 0 } name ? name
        : users.Get(userId)?.FirstName is { Length: > 0 } first ? first
        : userId.ToString(CultureInfo.InvariantCulture);

    private static void Pick(Turn turn, IEnumerable<Button> buttons) =>
        turn.Send(new Reply { Text = AuditTexts.Choose, Buttons = [.. buttons.Chunk(2).Select(row => (IReadOnlyList<Button>)row)], EditPressedMessage = true });

    private void Show(Turn turn, AuditQuery query, int page)
    {
        var filter = query.Filter(turn.Now, zone);
        var count = log.Count(filter);
        var pages = Math.Max(1, (count + PageSize - 1) / PageSize);
        page = Math.Min(page, pages - 1);
        var entries = log.Find(filter, page * PageSize, PageSize);
        var lines = entries.Select(e => AuditTexts.Line.With(new
        {
            at = DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc),
            actor = e.ActorName,
            id = e.ActorId,
            action = AuditTexts.Action(e.Action),
            subject = e.Subject,
            details = e.Details is { Length: > 0 } details ? Text.Plain(" · " + Cut(details)) : Text.Empty,
        }));
        var paging = new List<Button>();
        if (page > 0)
        {
            paging.Add(new Button(CommonTexts.PreviousPage, query.Data(page - 1)));
        }

        if (page < pages - 1)
        {
            paging.Add(new Button(CommonTexts.NextPage, query.Data(page + 1)));
        }

        turn.Send(new Reply
        {
            Text = AuditTexts.Title.With(new
            {
                count,
                page = page + 1,
                pages,
                who = query.ActorId is { } actor ? Text.Plain(NameOf(actor)) : AuditTexts.Anyone,
                what = query.Action is { } action ? AuditTexts.Action(action) : AuditTexts.AnyAction,
                when = AuditTexts.Period(query.Period),
                lines = count == 0 ? AuditTexts.Empty : Text.Lines(lines),
            }),
            Buttons = [.. new IReadOnlyList<Button>[]
            {
                paging,
                [new Button(AuditTexts.FilterWho, query.PickerData("pa")), new Button(AuditTexts.FilterWhat, query.PickerData("pc"))],
                [new Button(AuditTexts.FilterWhen, query.PickerData("pd"))],
            }.Where(row => row.Count > 0)],
            EditPressedMessage = turn.PressedMessageId is not null,
        });
    }

    /// <summary>Details are short; a long one (a ban's reason) is cut so a page stays within Telegram's limit.</summary>
    private static string Cut(string details) => details.Length <= 120 ? details : details[..119] + "…";

    private void Export(Turn turn, string argument)
    {
        var words = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2
            || !DateOnly.TryParseExact(words[0], DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !DateOnly.TryParseExact(words[1], DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            || to < from)
        {
            turn.Say(AuditTexts.CsvUsage);
            return;
        }

        var filter = new AuditFilter { FromUtc = AuditQuery.StartOfDayUtc(from, zone), BeforeUtc = to == DateOnly.MaxValue ? null : AuditQuery.StartOfDayUtc(to.AddDays(1), zone) };
        var entries = log.Find(filter, 0, int.MaxValue).Reverse().ToList();
        var language = turn.Language;
        turn.Audit(AuditAction.Exported, AuditSubjects.AuditLog, string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}, {entries.Count}"));
        turn.Send(new Reply
        {
            Text = AuditTexts.CsvCaption.With(new { from, to, count = entries.Count }),
            Attachment = new Attachment
            {
                Kind = AttachmentKind.Document,
                Render = () => AuditCsv.Write(entries, language, zone),
                FileName = string.Create(CultureInfo.InvariantCulture, $"audit-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.csv"),
            },
        });
    }
}
