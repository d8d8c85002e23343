using Microsoft.Extensions.Options;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Telegram;

/// <summary>Who is staff: admins from configuration (<c>Bot__AdminIds__N</c>), checked for every update.</summary>
public sealed class StaffDirectory(IOptions<BotOptions> options)
{
    private readonly HashSet<long> _admins = [.. options.Value.AdminIds];

    /// <summary>The role of a user.</summary>
    public StaffRole RoleOf(long userId) => _admins.Contains(userId) ? StaffRole.Admin : StaffRole.None;

    /// <summary>The configured admins.</summary>
    public IReadOnlyCollection<long> Admins => _admins;
}
