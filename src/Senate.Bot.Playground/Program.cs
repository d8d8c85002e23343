using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Senate.Bot;
using Senate.Bot.Playground;
using Senate.Bot.Storage;

// The real bot against the local Bot API on http://127.0.0.1:5080 (or PLAYGROUND_PORT), with the web chat at that address.
// Exit codes as the bot's (2 options, 3 database in use, 4 damaged, 5 not writable), and 1 when the port is taken.
var port = int.TryParse(Environment.GetEnvironmentVariable("PLAYGROUND_PORT"), out var chosen) && chosen is > 0 and < 65536 ? chosen : 5080;
await using var server = await StartServer(port);
if (server is null)
{
    return 1;
}

// Update ids go on from where the bot left off in the playground's database, as Telegram's do across a restart.
server.RestartUpdateIds(PlaygroundMode.FirstUpdateId(PlaygroundMode.DatabasePath));

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
catch (DatabaseCannotOpenException e)
{
    await Console.Error.WriteLineAsync("Senate.Bot cannot start: " + e.Message);
    return e.ExitCode;
}

static async Task<Senate.Bot.LocalBotApi.LocalBotApiServer?> StartServer(int port)
{
    try
    {
        return await PlaygroundMode.StartServer(port);
    }
    catch (IOException e)
    {
        await Console.Error.WriteLineAsync($"Senate.Bot cannot start the playground on port {port} (set PLAYGROUND_PORT to use another): " + e.Message);
        return null;
    }
}
