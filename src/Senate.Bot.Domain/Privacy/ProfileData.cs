using Senate.Bot.Domain.Conversations;

namespace Senate.Bot.Domain.Privacy;

/// <summary>The user record itself: the language, the name and username Telegram gave, when they wrote first and last. Erased whole.</summary>
internal sealed class ProfileData : IPersonalData
{
    public string Section => "profile";

    public object? Export(Turn turn)
    {
        var user = turn.User;
        return new
        {
            UserId = user.Id,
            Language = user.Language.ToString().ToLowerInvariant(),
            user.FirstName,
            user.Username,
            FirstSeen = user.FirstSeenUtc,
            LastSeen = user.LastSeenUtc,
            BlockedTheBot = user.BlockedBotUtc,
        };
    }

    public IEnumerable<string> Identifiers(Turn turn) => new[] { turn.User.FirstName, turn.User.Username }.OfType<string>();

    public int Erase(Turn turn, Redactor redactor)
    {
        turn.EraseUser();
        return 1;
    }
}
