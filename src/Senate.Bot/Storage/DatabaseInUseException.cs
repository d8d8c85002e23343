namespace Senate.Bot.Storage;

/// <summary>Another process holds the database file: two writers on one LiteDB file lose data silently on Linux.</summary>
public sealed class DatabaseInUseException(string path, Exception inner)
    : DatabaseCannotOpenException($"The database '{path}' is in use by another Senate.Bot process; stop it or point Storage__DatabasePath at another file.", inner)
{
    /// <inheritdoc />
    public override int ExitCode => 3;
}
