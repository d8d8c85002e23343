using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Senate.Bot;
using Senate.Bot.Storage;

// Exit codes: 0 stopped cleanly, 2 invalid options, 3 database in use, 4 database damaged or foreign, 5 database not writable.
try
{
    using var host = BotHost.CreateBuilder(args).Build();
    await host.RunAsync();
    return 0;
}
catch (OptionsValidationException e)
{
    await Console.Error.WriteLineAsync("Senate.Bot cannot start: " + string.Join(" ", e.Failures));
    return 2;
}
catch (DatabaseCannotOpenException e)
{
    await Console.Error.WriteLineAsync("Senate.Bot cannot start: " + e.Message);
    return e.ExitCode;
}
