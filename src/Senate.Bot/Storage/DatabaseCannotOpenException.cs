namespace Senate.Bot.Storage;

/// <summary>
/// The database cannot be used, for a reason an operator must fix; the program says so in one line and exits
/// with <see cref="ExitCode"/> (documented in the README), leaving the files as they were.
/// </summary>
public abstract class DatabaseCannotOpenException(string message, Exception? inner) : Exception(message, inner)
{
    /// <summary>The program's exit code for this reason.</summary>
    public abstract int ExitCode { get; }
}
