using LiteDB;
using Senate.Bot.Domain.Users;
using Senate.Bot.Storage;

namespace Senate.Bot.Staff;

/// <summary>
/// Other people's user records for the domain (bans), and the deletion of an erased user's record. Reads and writes
/// go through <see cref="UserStore"/>, so the records it keeps in memory follow every change made here.
/// </summary>
public sealed class UserDirectory : IUserDirectory
{
    private readonly ILiteCollection<BotUser> _users;
    private readonly UserStore _store;

    /// <summary>Opens the users collection (the one <see cref="UserStore"/> keeps) with an index on bans.</summary>
    public UserDirectory(BotDatabase database, UserStore store)
    {
        _users = database.Collection<BotUser>("users");
        _users.EnsureIndex(u => u.Banned);
        _store = store;
    }

    /// <inheritdoc />
    /// <remarks>A copy: the domain changes it in place, and the store's record may be shared with other readers.</remarks>
    public BotUser? Get(long id) => _store.Get(id) is { } user ? user with { } : null;

    /// <inheritdoc />
    public void Save(BotUser user) => _store.Save(user);

    /// <inheritdoc />
    public IReadOnlyList<BotUser> Banned() => [.. _users.Find(u => u.Banned)];

    /// <summary>Deletes a user's record (their data was erased).</summary>
    public void Delete(long id) => _store.Delete(id);
}
