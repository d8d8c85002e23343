using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Senate.Bot;
using Senate.Bot.Playground;
using Senate.Bot.Storage;

// The real bot against the local Bot API on http://127.0.0.1:5080, with the web chat at that address.
await using var server = await StartServer();
if (server is null)
{
    return 4;
}

try
{
    var builder = BotHost.CreateBuilder(args);
    PlaygroundMode.Configure(builder.Configuration, server);
    Console.WriteLine($"Playground: open {server.BaseUrl} in a browser. Ctrl+C stops the bot.");
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

static async Task<Senate.Bot.LocalBotApi.LocalBotApiServer?> StartServer()
{
    try
    {
        return await PlaygroundMode.StartServer();
    }
    catch (IOException e)
    {
        await Console.Error.WriteLineAsync("Senate.Bot cannot start the playground on port 5080: " + e.Message);
        return null;
    }
}
