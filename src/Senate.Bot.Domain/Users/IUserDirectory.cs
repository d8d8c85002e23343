namespace Senate.Bot.Domain.Users;

/// <summary>
/// Other people's user records, for staff acting on them (a ban). The sender's own record is the turn's
/// <see cref="Conversations.Turn.User"/>, which the host saves. Synchronous, inside the host's transaction.
/// </summary>
public interface IUserDirectory
{
    /// <summary>The user with an id, or null.</summary>
    BotUser? Get(long id);

    /// <summary>Saves a changed user.</summary>
    void Save(BotUser user);

    /// <summary>Every banned user.</summary>
    IReadOnlyList<BotUser> Banned();
}
