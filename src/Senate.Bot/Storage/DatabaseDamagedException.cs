namespace Senate.Bot.Storage;

/// <summary>
/// The database file (or the log file beside it) is damaged, truncated or not a LiteDB file at all. LiteDB would
/// read such a file as empty and write over it, or grow it without bound; the bot refuses to start instead.
/// </summary>
public sealed class DatabaseDamagedException(string message)
    : DatabaseCannotOpenException(message + " The files are left as they are: restore the database from a backup, or move the files away to start empty.", null)
{
    /// <inheritdoc />
    public override int ExitCode => 4;
}
