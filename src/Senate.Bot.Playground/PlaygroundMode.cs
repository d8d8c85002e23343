using System.Globalization;
using Microsoft.Extensions.Configuration;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Storage;

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

    /// <summary>The playground's own database (kept between runs), relative to the working folder.</summary>
    public const string DatabasePath = "data/playground.db";

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
            ["Storage:DatabasePath"] = DatabasePath,
            ["Bot:AdminIds:0"] = AdminId.ToString(CultureInfo.InvariantCulture),
            ["Bot:StaffChatId"] = StaffChatId.ToString(CultureInfo.InvariantCulture),
        });

    /// <summary>
    /// The first update id for a playground started on the database at <paramref name="databasePath"/>: one past the
    /// last the bot handled there, 1 for a new database. The local Bot API numbers updates from 1 at each start, but
    /// Telegram never goes back within days, and the bot rightly takes a lower id within days of a chat's last one
    /// as a redelivery: without this, every chat that wrote before the playground was restarted would go unanswered.
    /// A database that cannot be read gives 1 (the bot then says what is wrong with it when it opens it).
    /// </summary>
    public static int FirstUpdateId(string databasePath)
    {
        if (!File.Exists(databasePath))
        {
            return 1;
        }

        try
        {
            using var database = new BotDatabase(databasePath);
            return (int)Math.Min(new ChatCursorStore(database).LastHandledUpdateId(), int.MaxValue - 1) + 1;
        }
        catch (Exception)
        {
            // Damaged, foreign or in use: the bot's own start-up says which, in one line, when it opens the file.
            return 1;
        }
    }
}
