using LiteDB;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Storage;

/// <summary>Users, by Telegram id.</summary>
public sealed class UserStore(BotDatabase database)
{
    private readonly ILiteCollection<BotUser> _users = database.Collection<BotUser>("users");

    /// <summary>The user with an id, or null.</summary>
    public BotUser? Get(long id) => _users.FindById(id);

    /// <summary>Inserts or replaces a user.</summary>
    public void Save(BotUser user) => _users.Upsert(user);

    /// <summary>Marks that the user blocked the bot (Telegram answered 403).</summary>
    public void MarkBlocked(long id, DateTime whenUtc)
    {
        if (_users.FindById(id) is { } user)
        {
            user.BlockedBotUtc = whenUtc;
            _users.Update(user);
        }
    }
}
