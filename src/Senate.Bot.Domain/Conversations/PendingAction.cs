namespace Senate.Bot.Domain.Conversations;

/// <summary>
/// An input kept while a new user chooses a language (<see cref="Users.BotUser.PendingAction"/>): a command (with a
/// deep-link payload as the argument of /start) or a button's data, written as text so the user record stays plain.
/// </summary>
internal static class PendingAction
{
    private const string Command = "/";
    private const string Button = "#";

    public static string? Of(Input input) => input switch
    {
        CommandInput { Name: "start", Argument.Length: 0 } => null,
        CommandInput command => Command + command.Name + " " + command.Argument,
        ButtonInput button => Button + button.Data,
        _ => null,
    };

    public static Input? Parse(string? pending)
    {
        if (pending is null)
        {
            return null;
        }

        if (pending.StartsWith(Button, StringComparison.Ordinal))
        {
            return new ButtonInput(pending[Button.Length..]);
        }

        if (pending.StartsWith(Command, StringComparison.Ordinal))
        {
            var space = pending.IndexOf(' ', StringComparison.Ordinal);
            return space < 0
                ? new CommandInput(pending[Command.Length..], string.Empty)
                : new CommandInput(pending[Command.Length..space], pending[(space + 1)..]);
        }

        return null;
    }
}
