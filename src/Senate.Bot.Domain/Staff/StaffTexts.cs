using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Staff;

/// <summary>The keys of the staff management and ban texts (<c>staff.texts.json</c>); the English text of each is its summary.</summary>
internal static class StaffTexts
{
    /// <summary>Staff and roles</summary>
    public static readonly TextKey CommandStaff = new("staff.command_staff");
    /// <summary>Banned users</summary>
    public static readonly TextKey CommandBanned = new("staff.command_banned");
    /// <summary>The staff list opens in your private chat with the bot: /staff</summary>
    public static readonly TextKey UsePrivateChat = new("staff.use_private_chat");
    /// <summary>👥 Staff</summary>
    public static readonly TextKey List = new("staff.list");
    /// <summary>👑 {name} · {id}</summary>
    public static readonly TextKey AdminLine = new("staff.admin_line");
    /// <summary>• {name} · {id} — {roles}; {regions}</summary>
    public static readonly TextKey MemberLine = new("staff.member_line");
    /// <summary>Nobody yet.</summary>
    public static readonly TextKey NoMembers = new("staff.no_members");
    /// <summary>➕ Add a staff member</summary>
    public static readonly TextKey AddButton = new("staff.add_button");
    /// <summary>{name} · {id}</summary>
    public static readonly TextKey Card = new("staff.card");
    /// <summary>✏️ Change roles and regions</summary>
    public static readonly TextKey ChangeButton = new("staff.change_button");
    /// <summary>🗑 Remove from staff</summary>
    public static readonly TextKey RemoveButton = new("staff.remove_button");
    /// <summary>⬅️ Staff list</summary>
    public static readonly TextKey BackToList = new("staff.back_to_list");
    /// <summary>Remove {name} ({id}) from staff? Their access to commands and buttons ends at once, but…</summary>
    public static readonly TextKey RemoveConfirm = new("staff.remove_confirm");
    /// <summary>✅ Yes, remove</summary>
    public static readonly TextKey RemoveYes = new("staff.remove_yes");
    /// <summary>{name} was removed from staff.</summary>
    public static readonly TextKey Removed = new("staff.removed");
    /// <summary>You are no longer on the Senate bot's staff: the staff commands and buttons are closed …</summary>
    public static readonly TextKey YouWereRemoved = new("staff.you_were_removed");
    /// <summary>This staff member is no longer on the list.</summary>
    public static readonly TextKey MemberGone = new("staff.member_gone");
    /// <summary>adding or changing a staff member</summary>
    public static readonly TextKey FlowTitle = new("staff.flow_title");
    /// <summary>Who should be added? Forward any message of theirs here, share their contact (📎 → Conta…</summary>
    public static readonly TextKey AskWho = new("staff.ask_who");
    /// <summary>I need a forwarded message of theirs, their contact or their numeric ID.</summary>
    public static readonly TextKey WhoHint = new("staff.who_hint");
    /// <summary>This person hides their account in forwarded messages, so Telegram did not pass on thei…</summary>
    public static readonly TextKey ForwardHidden = new("staff.forward_hidden");
    /// <summary>This contact is not linked to a Telegram account. Forward a message of theirs or send t…</summary>
    public static readonly TextKey ContactNotOnTelegram = new("staff.contact_not_on_telegram");
    /// <summary>This person is an admin from the bot's configuration and already has every right.</summary>
    public static readonly TextKey AlreadyAdmin = new("staff.already_admin");
    /// <summary>{name} is already on staff: change their roles on their card in /staff.</summary>
    public static readonly TextKey AlreadyMember = new("staff.already_member");
    /// <summary>Which role?</summary>
    public static readonly TextKey AskRoles = new("staff.ask_roles");
    /// <summary>🛡 Moderator</summary>
    public static readonly TextKey RoleModerator = new("staff.role_moderator");
    /// <summary>✏️ Editor</summary>
    public static readonly TextKey RoleEditor = new("staff.role_editor");
    /// <summary>🛡✏️ Both</summary>
    public static readonly TextKey RoleBoth = new("staff.role_both");
    /// <summary>Which regions' concerns will the moderator handle? Press a region to choose it or to un…</summary>
    public static readonly TextKey AskRegions = new("staff.ask_regions");
    /// <summary>🌐 Every region ➡️</summary>
    public static readonly TextKey AllRegionsButton = new("staff.all_regions_button");
    /// <summary>Done ➡️</summary>
    public static readonly TextKey RegionsDone = new("staff.regions_done");
    /// <summary>✖️ Clear the choice</summary>
    public static readonly TextKey ClearRegions = new("staff.clear_regions");
    /// <summary>every region</summary>
    public static readonly TextKey AllRegionsValue = new("staff.all_regions_value");
    /// <summary>🛡 Roles</summary>
    public static readonly TextKey ChangeRoles = new("staff.change_roles");
    /// <summary>📍 Regions</summary>
    public static readonly TextKey ChangeRegions = new("staff.change_regions");
    /// <summary>Please check</summary>
    public static readonly TextKey Review = new("staff.review");
    /// <summary>✅ Add</summary>
    public static readonly TextKey AddSubmit = new("staff.add_submit");
    /// <summary>✅ Save</summary>
    public static readonly TextKey SaveButton = new("staff.save_button");
    /// <summary>Saved: {name}. Their command list will be updated.</summary>
    public static readonly TextKey Saved = new("staff.saved");
    /// <summary>👤 Card</summary>
    public static readonly TextKey OpenCard = new("staff.open_card");
    /// <summary>You have been given rights in the Senate bot: {roles}. Regions of concerns: {regions}. …</summary>
    public static readonly TextKey YourRoles = new("staff.your_roles");
    /// <summary>⛔ Banned users</summary>
    public static readonly TextKey Bans = new("staff.bans");
    /// <summary>{name} — since {at:d MMM yyyy, HH:mm}, over concern {concern}, banned by {by}</summary>
    public static readonly TextKey BanLine = new("staff.ban_line");
    /// <summary>Nobody is banned.</summary>
    public static readonly TextKey NoBans = new("staff.no_bans");
    /// <summary>🔓 Lift: {name} ({concern})</summary>
    public static readonly TextKey LiftButton = new("staff.lift_button");
    /// <summary>This ban no longer exists.</summary>
    public static readonly TextKey BanGone = new("staff.ban_gone");
    /// <summary>The ban is lifted.</summary>
    public static readonly TextKey BanLiftedDone = new("staff.ban_lifted_done");
    /// <summary>The restriction has been lifted: you can use the Senate bot again. /menu</summary>
    public static readonly TextKey BanLifted = new("staff.ban_lifted");
}
