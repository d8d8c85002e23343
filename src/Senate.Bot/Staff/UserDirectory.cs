using LiteDB;
using Senate.Bot.Domain.Users;
using Senate.Bot.Storage;

namespace Senate.Bot.Staff;

/// <summary>
/// Other people's user records for the domain (bans), and the deletion of an erased user's record. Reads and writes
/// go through <see cref="UserStore"/>, so the records it keeps in memory follow every change made here. Who is banned
/// is also kept apart, in a small collection of their ids: an index over every user for the few banned ones cost
/// each new user an index insert.
/// </summary>
public sealed class UserDirectory : IUserDirectory
{
    private readonly ILiteCollection<BsonDocument> _bans;
    private readonly UserStore _store;

    /// <summary>Opens the bans (moving them out of the users' index that databases made before kept).</summary>
    public UserDirectory(BotDatabase database, UserStore store)
    {
        _bans = database.Database.GetCollection("bans");
        _store = store;
        MoveBansOutOfUsersIndex(database);
    }

    /// <inheritdoc />
    /// <remarks>A copy: the domain changes it in place, and the store's record may be shared with other readers.</remarks>
    public BotUser? Get(long id) => _store.Get(id) is { } user ? user with { } : null;

    /// <inheritdoc />
    public void Save(BotUser user)
    {
        _store.Save(user);
        if (user.Banned)
        {
            _bans.Upsert(new BsonDocument { ["_id"] = user.Id });
        }
        else
        {
            _bans.Delete(user.Id);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<BotUser> Banned() =>
        [.. _bans.FindAll().Select(b => Get(b["_id"].AsInt64)).OfType<BotUser>().Where(u => u.Banned)];

    /// <summary>Deletes a user's record (their data was erased).</summary>
    public void Delete(long id)
    {
        _store.Delete(id);
        _bans.Delete(id);
    }

    /// <summary>
    /// Databases made before kept bans as an index on the users' <see cref="BotUser.Banned"/>: its banned users are
    /// listed in the bans collection and the index dropped, once (the index's presence is what says it is to be done;
    /// interrupted between the two, it is done again, the same).
    /// </summary>
    private void MoveBansOutOfUsersIndex(BotDatabase database)
    {
        var indexes = database.Database.GetCollection("$indexes");
        if (!indexes.Exists(Query.And(Query.EQ("collection", "users"), Query.EQ("name", nameof(BotUser.Banned)))))
        {
            return;
        }

        var users = database.Collection<BotUser>("users");
        foreach (var banned in users.Find(u => u.Banned))
        {
            _bans.Upsert(new BsonDocument { ["_id"] = banned.Id });
        }

        users.DropIndex(nameof(BotUser.Banned));
    }
}
