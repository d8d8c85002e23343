using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Senate.Bot;
using Senate.Bot.Storage;

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
catch (DatabaseInUseException e)
{
    await Console.Error.WriteLineAsync("Senate.Bot cannot start: " + e.Message);
    return 3;
}
