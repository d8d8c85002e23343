using LiteDB;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Storage;

/// <summary>
/// Users, by Telegram id. A user returned by <see cref="Get"/> may be shared with other readers: change a copy
/// (<c>user with { }</c>) and <see cref="Save"/> it.
/// </summary>
public sealed class UserStore(BotDatabase database, DatabaseWriter? writer = null)
{
    private readonly ILiteCollection<BotUser> _users = database.Collection<BotUser>("users");
    private readonly RecentCache<long, BotUser> _recent = new(writer);
    private readonly StoredIds<BotUser> _ids = new(database.Collection<BotUser>("users"), writer);

    /// <summary>The user with an id, or null.</summary>
    public BotUser? Get(long id)
    {
        if (_recent.TryGet(id, out var user))
        {
            return user;
        }

        user = _ids.MayExist(id) ? _users.FindById(id) : null;
        _recent.Read(id, user);
        return user;
    }

    /// <summary>Inserts or replaces a user.</summary>
    public void Save(BotUser user)
    {
        if (_ids.IsNew(user.Id))
        {
            _users.Insert(user);
        }
        else
        {
            _users.Upsert(user);
        }

        _ids.Saved(user.Id);
        _recent.Saved(user.Id, user);
    }

    /// <summary>Deletes a user's record (their data was erased).</summary>
    public void Delete(long id)
    {
        _users.Delete(id);
        _recent.Saved(id, null);
    }

    /// <summary>Marks that the user blocked the bot (Telegram answered 403).</summary>
    public void MarkBlocked(long id, DateTime whenUtc)
    {
        if (_users.FindById(id) is { } user)
        {
            user.BlockedBotUtc = whenUtc;
            _users.Update(user);
            _recent.Saved(id, user);
        }
    }
}
