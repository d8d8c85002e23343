using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Staff;

/// <summary>
/// A member of staff added by an admin in the bot (admins themselves come from configuration). The id is the
/// Telegram user id. Removing a member deletes the record; the audit log keeps who did what.
/// </summary>
public sealed class StaffMember
{
    /// <summary>The Telegram user id.</summary>
    public long Id { get; set; }

    /// <summary>The name the admin saw when adding them (from the forwarded message, the contact, or the bot's own record).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary><see cref="StaffRole.Moderator"/>, <see cref="StaffRole.Editor"/> or both; never <see cref="StaffRole.Admin"/>.</summary>
    public StaffRole Roles { get; set; }

    /// <summary>The regions a moderator handles; empty for every region.</summary>
    public List<string> RegionIds { get; set; } = [];

    /// <summary>When they were added.</summary>
    public DateTime AddedUtc { get; set; }

    /// <summary>The admin who added them.</summary>
    public long AddedById { get; set; }

    /// <summary>When their roles last changed.</summary>
    public DateTime UpdatedUtc { get; set; }

    /// <summary>What the member may do.</summary>
    public StaffAccess ToAccess() => new(Roles, RegionIds.Count == 0 ? null : RegionIds.ToHashSet(StringComparer.Ordinal));
}
