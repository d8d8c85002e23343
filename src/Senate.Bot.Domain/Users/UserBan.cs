namespace Senate.Bot.Domain.Users;

/// <summary>Why, when and by whom a user was banned, and from which concern (bans are given from a concern's card).</summary>
public sealed record UserBan
{
    /// <summary>When.</summary>
    public DateTime AtUtc { get; set; }

    /// <summary>The reason the moderator gave.</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>The moderator's user id.</summary>
    public long ById { get; set; }

    /// <summary>The moderator's name at the time.</summary>
    public string ByName { get; set; } = string.Empty;

    /// <summary>The number of the concern the ban was given from.</summary>
    public string Concern { get; set; } = string.Empty;

    /// <summary>That concern's region: only moderators of the region see and lift the ban.</summary>
    public string RegionId { get; set; } = string.Empty;
}
