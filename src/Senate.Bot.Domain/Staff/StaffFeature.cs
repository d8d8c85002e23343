using System.Globalization;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Staff;

/// <summary>
/// Staff management for admins (<c>/staff</c>: the list, a member's card, adding a person by a forwarded message, a
/// shared contact or a user id, changing roles and regions, removing) and the bans for moderators (<c>/banned</c>:
/// the bans of their regions, each with a button that lifts it). Buttons carry <c>st:…</c> and are authorised again
/// at every press: a removed admin or moderator gets only a toast. Every change is written to the audit log.
/// </summary>
public sealed class StaffFeature : Feature
{
    internal const string Prefix = "st";
    internal const string ListData = Prefix + ":l";

    private readonly StaffRoster _roster;
    private readonly UserBans _bans;
    private readonly IUserDirectory _users;
    private readonly Regions _regions;

    /// <summary>Creates the feature.</summary>
    public StaffFeature(StaffRoster roster, UserBans bans, IUserDirectory users, Regions regions)
    {
        _roster = roster;
        _bans = bans;
        _users = users;
        _regions = regions;
    }

    /// <inheritdoc />
    public override string Name => "staff";

    /// <inheritdoc />
    public override string? ButtonPrefix => Prefix;

    /// <inheritdoc />
    public override IEnumerable<CommandInfo> Commands =>
    [
        new("staff", StaffTexts.CommandStaff, StaffRole.Admin),
        new("banned", StaffTexts.CommandBanned, StaffRole.Moderator),
    ];

    internal static string MemberData(long id) => Prefix + ":m:" + Id(id);

    /// <inheritdoc />
    public override void OnCommand(Turn turn, CommandInput command)
    {
        if (command.Name == "banned" && turn.Can(StaffRole.Moderator))
        {
            ShowBans(turn);
        }
        else if (command.Name == "staff" && turn.Can(StaffRole.Admin) && turn.IsPrivate)
        {
            ShowList(turn);
        }
        else if (command.Name == "staff" && turn.Can(StaffRole.Admin))
        {
            turn.Say(StaffTexts.UsePrivateChat);
        }
        else
        {
            turn.Say(CommonTexts.NotAllowed);
        }
    }

    /// <inheritdoc />
    public override void OnButton(Turn turn, string data)
    {
        var parts = data.Split(':');
        if (parts is ["ub", var banned] && long.TryParse(banned, NumberStyles.None, CultureInfo.InvariantCulture, out var bannedId))
        {
            LiftBan(turn, bannedId);
            return;
        }

        if (!turn.Can(StaffRole.Admin) || !turn.IsPrivate)
        {
            turn.Toast = CommonTexts.NotAllowed;
            return;
        }

        switch (parts)
        {
            case ["l"]:
                ShowList(turn);
                return;
            case ["a"]:
                turn.Begin(new StaffMemberFlow(turn.Conversation, _roster, _users, _regions).ForNew());
                return;
            case [var action, var id] when long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var userId) && _roster.Store.Get(userId) is { } member:
                OnMemberButton(turn, action, member);
                return;
            default:
                turn.Toast = StaffTexts.MemberGone;
                return;
        }
    }

    /// <inheritdoc />
    public override Conversation? Restore(ConversationRecord record) =>
        record.Flow == StaffMemberFlow.Name ? new StaffMemberFlow(record, _roster, _users, _regions) : null;

    /// <summary>What a member's roles are, in the reader's words.</summary>
    internal static Text Roles(StaffRole roles) => Text.Join(", ", [
        roles.HasFlag(StaffRole.Moderator) ? StaffTexts.RoleModerator : null,
        roles.HasFlag(StaffRole.Editor) ? StaffTexts.RoleEditor : null]);

    /// <summary>The regions a moderator handles, or "all regions".</summary>
    internal static Text RegionList(Regions regions, IReadOnlyCollection<string> ids) => ids.Count == 0
        ? StaffTexts.AllRegionsValue
        : Text.Join(", ", ids.Select(id => (Text?)Text.Plain(regions.Find(id)?.ShortName ?? new LocalizedString(id, id, id))));

    /// <summary>Roles and regions in neutral words for the audit log: <c>moderator [atyrau, astana], editor</c>.</summary>
    internal static string AuditRoles(StaffRole roles, IReadOnlyCollection<string> regionIds) => string.Join(", ", new[]
    {
        roles.HasFlag(StaffRole.Moderator) ? "moderator" + (regionIds.Count == 0 ? string.Empty : " [" + string.Join(", ", regionIds) + "]") : null,
        roles.HasFlag(StaffRole.Editor) ? "editor" : null,
    }.OfType<string>());

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static void Show(Turn turn, Text text, IReadOnlyList<IReadOnlyList<Button>> buttons) =>
        turn.Send(new Reply { Text = text, Buttons = buttons, EditPressedMessage = turn.PressedMessageId is not null });

    private void OnMemberButton(Turn turn, string action, StaffMember member)
    {
        switch (action)
        {
            case "m":
                ShowMember(turn, member);
                return;
            case "e":
                turn.Begin(new StaffMemberFlow(turn.Conversation, _roster, _users, _regions).ForExisting(member));
                return;
            case "rm":
                Show(turn, StaffTexts.RemoveConfirm.With(new { name = member.Name, id = member.Id }), [
                    [new Button(StaffTexts.RemoveYes, Prefix + ":ry:" + Id(member.Id))],
                    [new Button(CommonTexts.No, MemberData(member.Id))]]);
                return;
            case "ry":
                _roster.Store.Delete(member.Id);
                turn.Audit(AuditAction.RoleChanged, AuditSubjects.Staff(member.Id, member.Name), StaffAudit.Removed);
                turn.Send(new Reply { ChatId = member.Id, Text = StaffTexts.YouWereRemoved });
                turn.Toast = StaffTexts.Removed.With(new { name = member.Name });
                ShowList(turn);
                return;
            default:
                turn.UnknownButton();
                return;
        }
    }

    private void ShowList(Turn turn)
    {
        var members = _roster.Store.All().Where(m => !_roster.IsAdmin(m.Id)).OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        var admins = _roster.AdminIds.Select(id => StaffTexts.AdminLine.With(new { name = _users.Get(id)?.FirstName ?? string.Empty, id }));
        var lines = members.Select(m => StaffTexts.MemberLine.With(new { name = m.Name, id = m.Id, roles = Roles(m.Roles), regions = RegionList(_regions, m.RegionIds) }));
        var rows = members
            .Select(m => (IReadOnlyList<Button>)[new Button(Text.Plain(m.Name.Length > 0 ? m.Name : Id(m.Id)), MemberData(m.Id))])
            .Append([new Button(StaffTexts.AddButton, Prefix + ":a")])
            .Append([new Button(CommonTexts.MenuBack, "menu")]);
        Show(turn, StaffTexts.List.With(new
        {
            admins = Text.Lines(admins),
            members = members.Count == 0 ? StaffTexts.NoMembers : Text.Lines(lines),
        }), [.. rows]);
    }

    private void ShowMember(Turn turn, StaffMember member) =>
        Show(turn, StaffTexts.Card.With(new
        {
            name = member.Name,
            id = member.Id,
            roles = Roles(member.Roles),
            regions = member.Roles.HasFlag(StaffRole.Moderator) ? RegionList(_regions, member.RegionIds) : Text.Plain("—"),
            added = member.AddedUtc,
        }), [
            [new Button(StaffTexts.ChangeButton, Prefix + ":e:" + Id(member.Id))],
            [new Button(StaffTexts.RemoveButton, Prefix + ":rm:" + Id(member.Id))],
            [new Button(StaffTexts.BackToList, ListData)]]);

    private void ShowBans(Turn turn)
    {
        var banned = _bans.Visible(turn);
        var lines = banned.Select(u => StaffTexts.BanLine.With(new
        {
            name = u.FirstName,
            at = u.Ban?.AtUtc ?? DateTime.MinValue,
            by = u.Ban?.ByName ?? string.Empty,
            concern = u.Ban?.Concern ?? string.Empty,
            reason = u.Ban?.Reason ?? string.Empty,
        }));
        var rows = banned.Select(u => (IReadOnlyList<Button>)[new Button(StaffTexts.LiftButton.With(new { name = u.FirstName, concern = u.Ban?.Concern ?? string.Empty }), Prefix + ":ub:" + Id(u.Id))]);
        Show(turn, StaffTexts.Bans.With(new { lines = banned.Count == 0 ? StaffTexts.NoBans : Text.Paragraphs(lines) }), [.. rows]);
    }

    private void LiftBan(Turn turn, long userId)
    {
        if (!turn.Can(StaffRole.Moderator))
        {
            turn.Toast = CommonTexts.NotAllowed;
            return;
        }

        if (!_bans.Lift(turn, userId))
        {
            turn.Toast = StaffTexts.BanGone;
            return;
        }

        turn.Toast = StaffTexts.BanLiftedDone;
        ShowBans(turn);
    }
}
