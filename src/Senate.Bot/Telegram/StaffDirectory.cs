using Microsoft.Extensions.Options;
using Senate.Bot.Domain.Staff;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Telegram;

/// <summary>
/// Who is staff: admins from configuration (<c>Bot__AdminIds__N</c>) and the members admins manage in the bot
/// (<see cref="StaffRoster"/>), looked up for every update.
/// </summary>
public sealed class StaffDirectory(IOptions<BotOptions> options, StaffRoster roster)
{
    private readonly HashSet<long> _admins = [.. options.Value.AdminIds];

    /// <summary>The role of a user.</summary>
    public StaffRole RoleOf(long userId) => AccessOf(userId).Role;

    /// <summary>What a user may do now: their role and, for a moderator of some regions, those regions.</summary>
    public StaffAccess AccessOf(long userId) => roster.AccessOf(userId);

    /// <summary>The configured admins.</summary>
    public IReadOnlyCollection<long> Admins => _admins;
}
