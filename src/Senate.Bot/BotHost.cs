using Microsoft.Extensions.Hosting;
using Senate.Bot.Broadcasts;
using Senate.Bot.Hosting;
using Senate.Bot.Storage;
using Senate.Bot.Telemetry;
using Senate.Bot.Concerns;
using Senate.Bot.Deliveries;
using Senate.Bot.Digests;
using Senate.Bot.Privacy;
using Senate.Bot.Staff;
using Senate.Bot.Youth;
using Senate.Bot.Telegram;
using Senate.Bot.Workers;

namespace Senate.Bot;

/// <summary>Builds the bot's generic host; used by <c>Program</c> and by the tests.</summary>
public static class BotHost
{
    /// <summary>
    /// A host builder reading <c>appsettings.json</c> (from the current directory when started in the repository,
    /// else next to the program), environment variables (<c>Telegram__BotToken</c> …) and the command line.
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(string[] args, string? contentRoot = null)
    {
        var root = contentRoot
            ?? (File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) ? Directory.GetCurrentDirectory() : AppContext.BaseDirectory);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = root,
            EnvironmentName = Environments.Production,
        });
        builder.Services.AddBotCore();
        builder.Services.AddStorage();
        builder.Services.AddTelegram();
        builder.Services.AddWorkers();
        builder.Services.AddStaff();
        builder.Services.AddConcerns();
        builder.Services.AddYouthProgrammes();
        builder.Services.AddDigests();
        builder.Services.AddDeliveries();
        builder.Services.AddBroadcasts();
        builder.Services.AddPrivacy();
        builder.Services.AddBackups();
        builder.Services.AddTelemetry();
        builder.Services.AddHosting();
        return builder;
    }
}
