using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Staff;

/// <summary>
/// Bans for spam, given by moderators from a concern's card and lifted from <c>/banned</c>. A banned user is told
/// politely; from then on the engine answers them with that and runs nothing, and the host stores nothing of theirs.
/// Staff cannot be banned. Both are written to the audit log, naming the concern rather than the person.
/// </summary>
public sealed class UserBans(IUserDirectory users, StaffRoster roster)
{
    /// <summary>Bans the author of a concern; says how it went.</summary>
    public BanOutcome Ban(Turn turn, long userId, string reason, string concernNumber, string regionId)
    {
        if (userId == turn.User.Id || roster.AccessOf(userId).IsStaff || users.Get(userId) is not { } user)
        {
            return BanOutcome.NotPossible;
        }

        if (user.Banned)
        {
            return BanOutcome.AlreadyBanned;
        }

        user.Banned = true;
        user.Ban = new UserBan
        {
            AtUtc = turn.Now.UtcDateTime,
            Reason = reason,
            ById = turn.User.Id,
            ByName = turn.User.FirstName,
            Concern = concernNumber,
            RegionId = regionId,
        };
        user.PendingAction = null;
        users.Save(user);
        turn.Audit(AuditAction.Banned, concernNumber, reason);
        turn.Send(new Reply { ChatId = userId, Language = user.Language, Text = CommonTexts.Banned });
        return BanOutcome.Banned;
    }

    /// <summary>The bans the sender may see and lift: those given from concerns of regions they moderate, newest first.</summary>
    public IReadOnlyList<BotUser> Visible(Turn turn) =>
        [.. users.Banned().Where(u => turn.CanModerate(u.Ban?.RegionId ?? string.Empty)).OrderByDescending(u => u.Ban?.AtUtc)];

    /// <summary>Lifts a ban the sender may see; false when there is none (or it is another region's).</summary>
    public bool Lift(Turn turn, long userId)
    {
        if (users.Get(userId) is not { Banned: true } user || !turn.CanModerate(user.Ban?.RegionId ?? string.Empty))
        {
            return false;
        }

        var concern = user.Ban?.Concern ?? string.Empty;
        user.Banned = false;
        user.Ban = null;
        users.Save(user);
        turn.Audit(AuditAction.Unbanned, concern);
        turn.Send(new Reply { ChatId = userId, Language = user.Language, Text = StaffTexts.BanLifted });
        return true;
    }
}

/// <summary>How a ban went.</summary>
public enum BanOutcome
{
    /// <summary>The user is banned now.</summary>
    Banned,
    /// <summary>They were banned already.</summary>
    AlreadyBanned,
    /// <summary>Staff, the sender themselves, or nobody the bot knows.</summary>
    NotPossible,
}
