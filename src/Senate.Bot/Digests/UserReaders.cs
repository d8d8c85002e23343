using Senate.Bot.Domain.Digests;
using Senate.Bot.Storage;

namespace Senate.Bot.Digests;

/// <summary>The people digests go to, as the user store knows them: a blocked or banned person is not written to.</summary>
public sealed class UserReaders(UserStore users) : IReaders
{
    /// <inheritdoc />
    public Reader? Find(long userId) =>
        users.Get(userId) is { } user ? new Reader(user.Language, user.BlockedBotUtc is not null || user.Banned) : null;
}
