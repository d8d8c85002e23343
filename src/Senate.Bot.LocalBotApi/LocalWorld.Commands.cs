namespace Senate.Bot.LocalBotApi;

/// <summary>Command lists registered with setMyCommands, per scope and language.</summary>
internal sealed partial class LocalWorld
{
    private readonly List<BotCommandSet> _commands = [];

    public IReadOnlyList<BotCommandSet> Commands
    {
        get
        {
            lock (_gate)
            {
                return _commands.ToList();
            }
        }
    }

    public void SetCommands(BotCommandSet set)
    {
        lock (_gate)
        {
            _commands.RemoveAll(c => SameKey(c, set));
            if (set.Commands.Count > 0)
            {
                _commands.Add(set);
            }
        }
    }

    public BotCommandSet? GetCommands(BotCommandSet key)
    {
        lock (_gate)
        {
            return _commands.FirstOrDefault(c => SameKey(c, key));
        }
    }

    private static bool SameKey(BotCommandSet a, BotCommandSet b) =>
        a.ScopeType == b.ScopeType && a.ScopeChatId == b.ScopeChatId && a.ScopeUserId == b.ScopeUserId
        && a.LanguageCode == b.LanguageCode;
}
