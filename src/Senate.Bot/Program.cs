using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Senate.Bot;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Playground;
using Senate.Bot.Storage;

LocalBotApiServer? playground = null;
try
{
    var builder = BotHost.CreateBuilder([.. args.Where(a => a != "--playground")]);
    if (PlaygroundMode.IsRequested(args))
    {
        playground = await PlaygroundMode.StartServer();
        PlaygroundMode.Configure(builder.Configuration, playground);
        Console.WriteLine($"Playground: open {playground.BaseUrl} in a browser. Ctrl+C stops the bot.");
    }

    using var host = builder.Build();
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
catch (IOException e) when (playground is null && PlaygroundMode.IsRequested(args))
{
    await Console.Error.WriteLineAsync("Senate.Bot cannot start the playground on port 5080: " + e.Message);
    return 4;
}
finally
{
    if (playground is not null)
    {
        await playground.DisposeAsync();
    }
}
