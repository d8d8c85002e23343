using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Tests.Staff;

/// <summary>
/// The users of a harness as the domain's directory of other people's records. The harness hands each turn the same
/// objects, as the host hands it the stored record; erasing a user removes them.
/// </summary>
internal sealed class InMemoryUsers(Dictionary<long, BotUser> users) : IUserDirectory
{
    public BotUser? Get(long id) => users.GetValueOrDefault(id);

    public void Save(BotUser user) => users[user.Id] = user;

    public IReadOnlyList<BotUser> Banned() => [.. users.Values.Where(u => u.Banned)];
}
