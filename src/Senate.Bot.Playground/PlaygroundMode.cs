using System.Globalization;
using Microsoft.Extensions.Configuration;
using Senate.Bot.LocalBotApi;

namespace Senate.Bot.Playground;

/// <summary>
/// The playground: the real bot against the local Bot API server on http://127.0.0.1:5080, which also serves
/// a web chat. It uses its own database, an admin user and a staff group, so a person can try every side of the bot
/// without Telegram.
/// </summary>
public static class PlaygroundMode
{
    /// <summary>The playground's admin user.</summary>
    public const long AdminId = 9001;

    /// <summary>The playground's staff group.</summary>
    public const long StaffChatId = -100500;

    /// <summary>Starts the local Bot API with the web chat on <paramref name="port"/>.</summary>
    public static async Task<LocalBotApiServer> StartServer(int port = 5080)
    {
        var options = new LocalBotApiOptions
        {
            Port = port,
            ServePlayground = true,
            MapPages = PlaygroundEndpoint.Map,
            PlaygroundStaffChatId = StaffChatId,
        };
        options.PlaygroundUsers.Add(new PlaygroundUser(AdminId, "Admin", "ru", IsAdmin: true));
        return await LocalBotApiServer.StartAsync(options).ConfigureAwait(false);
    }

    /// <summary>Points the bot at the local server, its own database, the admin and the staff group.</summary>
    public static void Configure(IConfigurationBuilder configuration, LocalBotApiServer server) =>
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = server.Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl.ToString().TrimEnd('/'),
            ["Storage:DatabasePath"] = "data/playground.db",
            ["Bot:AdminIds:0"] = AdminId.ToString(CultureInfo.InvariantCulture),
            ["Bot:StaffChatId"] = StaffChatId.ToString(CultureInfo.InvariantCulture),
        });
}
