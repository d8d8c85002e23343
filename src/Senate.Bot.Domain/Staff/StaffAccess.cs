using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Staff;

/// <summary>
/// What the sender of an update may do as staff, decided again for every update: the role, and for a moderator
/// limited to some regions, those regions (null: every region). Admins are never limited.
/// </summary>
/// <param name="Role">The role (none for a citizen).</param>
/// <param name="Regions">The region ids a moderator handles, or null for all.</param>
public sealed record StaffAccess(StaffRole Role, IReadOnlySet<string>? Regions = null)
{
    /// <summary>A citizen: no staff rights.</summary>
    public static StaffAccess None { get; } = new(StaffRole.None);

    /// <summary>An admin: every right in every region.</summary>
    public static StaffAccess Admin { get; } = new(StaffRole.Admin);

    /// <summary>True for anyone with a staff role.</summary>
    public bool IsStaff => Role != StaffRole.None;

    /// <summary>True if the role includes every right in <paramref name="role"/>.</summary>
    public bool Can(StaffRole role) => role != StaffRole.None && (Role & role) == role;

    /// <summary>True if the person may see and act on concerns of the region.</summary>
    public bool CanModerate(string regionId) => Can(StaffRole.Moderator) && (Regions is null || Regions.Contains(regionId));
}
