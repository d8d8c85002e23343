using LiteDB;
using Senate.Bot.Domain.Users;
using Senate.Bot.Storage;

namespace Senate.Bot.Staff;

/// <summary>Other people's user records for the domain (bans), and the deletion of an erased user's record.</summary>
public sealed class UserDirectory : IUserDirectory
{
    private readonly ILiteCollection<BotUser> _users;

    /// <summary>Opens the users collection (the one <see cref="UserStore"/> keeps) with an index on bans.</summary>
    public UserDirectory(BotDatabase database)
    {
        _users = database.Collection<BotUser>("users");
        _users.EnsureIndex(u => u.Banned);
    }

    /// <inheritdoc />
    public BotUser? Get(long id) => _users.FindById(id);

    /// <inheritdoc />
    public void Save(BotUser user) => _users.Upsert(user);

    /// <inheritdoc />
    public IReadOnlyList<BotUser> Banned() => [.. _users.Find(u => u.Banned)];

    /// <summary>Deletes a user's record (their data was erased).</summary>
    public void Delete(long id) => _users.Delete(id);
}
