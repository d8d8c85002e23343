namespace Senate.Bot.Storage;

/// <summary>The database file or its folder cannot be written (a read-only folder or file, missing permissions).</summary>
public sealed class DatabaseNotWritableException(string path, Exception? inner)
    : DatabaseCannotOpenException($"The database '{path}' or its folder cannot be written; give the bot's user write access there or point Storage__DatabasePath elsewhere.", inner)
{
    /// <inheritdoc />
    public override int ExitCode => 5;
}
