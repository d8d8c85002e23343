using System.Globalization;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Staff;

/// <summary>A staff member being added or changed.</summary>
internal sealed class StaffDraft
{
    public long UserId { get; set; }

    public string Name { get; set; } = string.Empty;

    public bool Existing { get; set; }

    public bool Moderator { get; set; }

    public bool Editor { get; set; }

    public List<string> RegionIds { get; set; } = [];

    public StaffRole Roles => (Moderator ? StaffRole.Moderator : StaffRole.None) | (Editor ? StaffRole.Editor : StaffRole.None);
}

/// <summary>
/// Adds a staff member (who: a forwarded message, a shared contact or a user id → roles → for a moderator, the regions
/// on the region picker as a multi-select, none meaning all → review → add) or changes one (straight to the review,
/// where the roles and the regions can be changed → save). Only admins may go on, checked at every input.
/// </summary>
internal sealed class StaffMemberFlow(ConversationRecord record, StaffRoster roster, IUserDirectory users, Regions regions) : Form<StaffDraft>(record)
{
    public const string Name = "staff.member";

    private const string ModeratorChoice = "m";
    private const string EditorChoice = "e";
    private const string BothChoice = "b";

    public override string Flow => Name;

    public override TextKey Title => StaffTexts.FlowTitle;

    protected override bool StartsAtReview => Draft.Existing;

    public StaffMemberFlow ForNew()
    {
        FreshDraft();
        return this;
    }

    public StaffMemberFlow ForExisting(StaffMember member)
    {
        var draft = FreshDraft();
        (draft.UserId, draft.Name, draft.Existing) = (member.Id, member.Name, true);
        (draft.Moderator, draft.Editor) = (member.Roles.HasFlag(StaffRole.Moderator), member.Roles.HasFlag(StaffRole.Editor));
        draft.RegionIds = [.. member.RegionIds];
        return this;
    }

    protected override void Define(FormBuilder<StaffDraft> form)
    {
        form.Ask("who", StaffTexts.AskWho, new WhoAnswer(users), TakeWho);
        form.Ask("roles", StaffTexts.AskRoles, Answers.Buttons(
                new Choice(StaffTexts.RoleModerator, ModeratorChoice), new Choice(StaffTexts.RoleEditor, EditorChoice), new Choice(StaffTexts.RoleBoth, BothChoice)),
                (d, choice) => (d.Moderator, d.Editor) = (choice != EditorChoice, choice != ModeratorChoice))
            .Changes(StaffTexts.ChangeRoles);
        form.Ask("regions", f => StaffTexts.AskRegions.With(new { chosen = StaffFeature.RegionList(regions, f.Draft.RegionIds) }), Answers.RegionToggle(regions, () => Draft.RegionIds), Toggle)
            .When(d => d.Moderator)
            .Or(f => f.Draft.RegionIds.Count == 0 ? StaffTexts.AllRegionsButton : StaffTexts.RegionsDone, _ => Go.Next)
            .Or(f => f.Draft.RegionIds.Count == 0 ? null : StaffTexts.ClearRegions, f =>
            {
                f.Draft.RegionIds.Clear();
                return Go.Refresh;
            })
            .Changes(StaffTexts.ChangeRegions);
        form.Reviewed(Summary, f => f.Draft.Existing ? StaffTexts.SaveButton : StaffTexts.AddSubmit, Save);
    }

    /// <summary>Only admins manage staff.</summary>
    protected override bool CanContinue(FormContext<StaffDraft> form) => HoldsRole(form, StaffRole.Admin);

    private Go TakeWho(FormContext<StaffDraft> form, (long Id, string Name) who)
    {
        if (roster.IsAdmin(who.Id))
        {
            return Go.Retry(StaffTexts.AlreadyAdmin);
        }

        if (roster.Store.Get(who.Id) is { } member)
        {
            return Go.Retry(StaffTexts.AlreadyMember.With(new { name = member.Name }));
        }

        (form.Draft.UserId, form.Draft.Name) = who;
        return Go.Next;
    }

    private static Go Toggle(FormContext<StaffDraft> form, Region region)
    {
        if (!form.Draft.RegionIds.Remove(region.Id))
        {
            form.Draft.RegionIds.Add(region.Id);
        }

        return Go.Refresh;
    }

    private Text Summary(FormContext<StaffDraft> form) => StaffTexts.Review.With(new
    {
        name = form.Draft.Name,
        id = form.Draft.UserId,
        roles = StaffFeature.Roles(form.Draft.Roles),
        regions = form.Draft.Moderator ? StaffFeature.RegionList(regions, form.Draft.RegionIds) : Text.Plain("—"),
    });

    private Go Save(FormContext<StaffDraft> form)
    {
        var turn = form.Turn;
        var draft = form.Draft;
        var stored = roster.Store.Get(draft.UserId);
        if (draft.Existing ? stored is null : stored is not null || roster.IsAdmin(draft.UserId))
        {
            turn.Say(draft.Existing ? StaffTexts.MemberGone : StaffTexts.AlreadyMember.With(new { name = draft.Name }));
            return Go.Done;
        }

        var now = turn.Now.UtcDateTime;
        var member = stored ?? new StaffMember { Id = draft.UserId, Name = draft.Name, AddedUtc = now, AddedById = turn.User.Id };
        member.Roles = draft.Roles;
        member.RegionIds = draft.Moderator ? [.. draft.RegionIds] : [];
        member.UpdatedUtc = now;
        roster.Store.Save(member);
        turn.Audit(AuditAction.RoleChanged, AuditSubjects.Staff(member.Id, member.Name), (draft.Existing ? StaffAudit.Changed : StaffAudit.Added) + StaffFeature.AuditRoles(member.Roles, member.RegionIds));
        turn.Send(new Reply
        {
            ChatId = member.Id,
            Text = StaffTexts.YourRoles.With(new { roles = StaffFeature.Roles(member.Roles), regions = StaffFeature.RegionList(regions, member.RegionIds) }),
        });
        turn.Say(StaffTexts.Saved.With(new { name = member.Name }), [
            [new Button(StaffTexts.OpenCard, StaffFeature.MemberData(member.Id))],
            [new Button(StaffTexts.BackToList, StaffFeature.ListData)]]);
        return Go.Done;
    }

    /// <summary>
    /// Who is added: the sender of a forwarded message (unless they hide their account in forwards), the owner of a
    /// shared contact (if they use Telegram), or a user id typed as digits.
    /// </summary>
    private sealed class WhoAnswer(IUserDirectory users) : Answer<(long Id, string Name)>
    {
        public override Parsed<(long Id, string Name)> Parse(Turn turn, Input input) => input switch
        {
            { ForwardedFrom: { UserId: { } id, Name: var name } } => Parsed<(long, string)>.Ok((id, name)),
            { ForwardedFrom: not null } => Parsed<(long, string)>.Invalid(StaffTexts.ForwardHidden),
            ContactInput { UserId: { } id } contact => Parsed<(long, string)>.Ok((id, string.Join(' ', new[] { contact.FirstName, contact.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))))),
            ContactInput => Parsed<(long, string)>.Invalid(StaffTexts.ContactNotOnTelegram),
            TextInput { Text: var text } when long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 =>
                Parsed<(long, string)>.Ok((id, users.Get(id)?.FirstName ?? string.Empty)),
            _ => Parsed<(long, string)>.Invalid(StaffTexts.WhoHint),
        };
    }
}
