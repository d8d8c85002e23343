using Senate.Bot.Domain.WorkingDays;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Privacy;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Staff;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// Citizen concerns: the report form, "My concerns", similar concerns and "me too", the staff chat's buttons and
/// replies (answers previewed before they are sent, <c>//</c> notes, clarifying questions, bans), the moderators'
/// commands (<c>/queue</c>, <c>/concern</c>, <c>/export</c>, <c>/briefing</c>) and the deadline check. Button data
/// starts with <c>c:</c>; staff actions with <c>c:s:</c>. Every press is authorised again on the server: a citizen
/// acts only on their own concerns; staff need <see cref="StaffRole.Moderator"/>, and a moderator limited to some
/// regions sees and acts only on their concerns, in every command and button. Thread-safe if the store is (the
/// feature keeps no mutable state).
/// </summary>
public sealed partial class ConcernsFeature : Feature
{
    private const string CitizenPrefix = "c";

    private readonly ConcernContext _context;
    private readonly ConcernCards _cards;
    private readonly ConcernDesk _desk;

    /// <summary>Creates the feature.</summary>
    /// <param name="concerns">The concern store.</param>
    /// <param name="regions">The region directory.</param>
    /// <param name="categories">The category directory.</param>
    /// <param name="calendar">Kazakhstan's working calendar (due dates).</param>
    /// <param name="settings">The feature's settings.</param>
    /// <param name="charts">Draws the briefing chart.</param>
    /// <param name="bans">Bans authors from a concern's card; without it the card offers no ban.</param>
    public ConcernsFeature(IConcernStore concerns, Regions regions, Categories categories, WorkingCalendar calendar, ConcernSettings settings, IChartRenderer charts, UserBans? bans = null)
    {
        _context = new ConcernContext(concerns, regions, categories, calendar, settings, charts);
        _cards = new ConcernCards(_context, bans is not null);
        _desk = new ConcernDesk(_context, _cards, bans);
        PersonalData = new ConcernsPersonalData(_context, _cards);
    }

    /// <summary>The concerns' part of <c>/mydata</c>, <c>/forget</c> and consent withdrawal.</summary>
    public IPersonalData PersonalData { get; }

    /// <inheritdoc />
    public override string Name => "concerns";

    /// <inheritdoc />
    public override string? ButtonPrefix => CitizenPrefix;

    /// <inheritdoc />
    public override IEnumerable<CommandInfo> Commands =>
    [
        new("queue", ConcernTexts.CommandQueue, StaffRole.Moderator),
        new("concern", ConcernTexts.CommandConcern, StaffRole.Moderator),
        new("export", ConcernTexts.CommandExport, StaffRole.Moderator),
        new("briefing", ConcernTexts.CommandBriefing, StaffRole.Moderator),
    ];

    /// <inheritdoc />
    public override IEnumerable<MenuEntry> MenuEntries(Turn turn) =>
    [
        new(ConcernTexts.MenuReport, ConcernCards.Data.Report),
        new(ConcernTexts.MenuMine, ConcernCards.Data.Mine),
    ];

    /// <inheritdoc />
    public override Conversation? Restore(ConversationRecord record) => record.Flow switch
    {
        ConcernFlow.Name => new ConcernFlow(record, _context, _desk),
        ConcernAdditionFlow.Name => new ConcernAdditionFlow(record, _context, _desk),
        ConcernStaffFlow.Name => new ConcernStaffFlow(record, _context, _desk),
        _ => null,
    };

    /// <summary>
    /// The daily deadline check (see <see cref="DeadlineCheck"/>): warnings for the staff chat. The host runs it in
    /// one transaction and sends the replies.
    /// </summary>
    public IReadOnlyList<Reply> CheckDeadlines(DateTimeOffset now) =>
        DeadlineCheck.Run(now, _context.Store, _context.Deadlines.Calendar, _context.Settings, _context.Regions, _context.Categories);

    /// <inheritdoc />
    public override void OnButton(Turn turn, string data)
    {
        var parts = data.Split(':');
        if (parts[0] == "s")
        {
            OnStaffButton(turn, parts[1..]);
            return;
        }

        if (!turn.IsPrivate)
        {
            turn.UnknownButton();
            return;
        }

        switch (parts)
        {
            case ["new"]:
                StartReport(turn);
                return;
            case ["my"]:
                ShowMine(turn, 0);
                return;
            case ["my", var page] when int.TryParse(page, out var number) && number >= 0:
                ShowMine(turn, number);
                return;
            case ["v", var id] when long.TryParse(id, out var concernId):
                ShowCard(turn, concernId);
                return;
            case ["add", var id] when long.TryParse(id, out var concernId):
                StartAddition(turn, concernId, answersQuestion: false);
                return;
            case ["qa", var id] when long.TryParse(id, out var concernId):
                StartAddition(turn, concernId, answersQuestion: true);
                return;
            case ["wd", var id] when long.TryParse(id, out var concernId):
                AskWithdraw(turn, concernId);
                return;
            case ["wy", var id] when long.TryParse(id, out var concernId):
                Withdraw(turn, concernId);
                return;
            default:
                turn.UnknownButton();
                return;
        }
    }

    /// <inheritdoc />
    public override void OnCommand(Turn turn, CommandInput command)
    {
        // The engine has checked the command's role; checked again here so the feature never depends on it.
        if (!turn.Can(StaffRole.Moderator))
        {
            turn.Say(CommonTexts.NotAllowed);
            return;
        }

        switch (command.Name)
        {
            case "queue":
                QueueCommand(turn, command.Argument);
                break;
            case "concern":
                ConcernCommand(turn, command.Argument);
                break;
            case "export":
                ExportCommand(turn, command.Argument);
                break;
            case "briefing":
                BriefingCommand(turn, command.Argument);
                break;
        }
    }
}
