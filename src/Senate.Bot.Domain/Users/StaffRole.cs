namespace Senate.Bot.Domain.Users;

/// <summary>What a member of staff may do. Admins come from configuration; they may do everything.</summary>
[Flags]
public enum StaffRole
{
    /// <summary>A citizen.</summary>
    None = 0,
    /// <summary>Handles concerns.</summary>
    Moderator = 1,
    /// <summary>Publishes digests, runs events and broadcasts.</summary>
    Editor = 2,
    /// <summary>Everything, including managing staff.</summary>
    Admin = Moderator | Editor | 4,
}
