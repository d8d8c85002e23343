using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Console;

namespace Senate.Bot.Hosting;

/// <summary>Adds what running in production takes: the webhook, health and metrics endpoints, systemd and the log format.</summary>
public static class HostingServiceCollectionExtensions
{
    /// <summary>How long the host gives its services to stop: within systemd's <c>TimeoutStopSec=30</c> (deploy/senate-bot.service).</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Adds the webhook server, the monitoring server, systemd integration and the console log format.</summary>
    public static IServiceCollection AddHosting(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>()
            .BindConfiguration(WebhookOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => WebhookOptions.IsValidWebhookUrl(o.WebhookUrl), "Telegram__WebhookUrl must be an absolute https:// address (Telegram posts only to HTTPS).")
            .Validate(o => LocalHttpServer.IsListenUrl(o.WebhookListenUrl), "Telegram__WebhookListenUrl must look like http://127.0.0.1:8081 (an IP address or localhost, and a port).")
            .ValidateOnStart();
        services.AddOptions<MonitoringOptions>()
            .BindConfiguration(MonitoringOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => LocalHttpServer.IsListenUrl(o.Url), "Monitoring__Url must look like http://127.0.0.1:9180 (an IP address or localhost, and a port).")
            .ValidateOnStart();
        services.AddSingleton<WebhookSecret>();
        // Built when they start, after the poller: the meter provider is not built before the first getUpdates.
        services.AddSingleton<WebhookServer>();
        services.AddHostedService(sp => new DeferredHostedService<WebhookServer>(sp));
        services.AddSingleton<Readiness>();
        services.AddSingleton<MonitoringServer>();
        services.AddHostedService(sp => new DeferredHostedService<MonitoringServer>(sp));

        // Type=notify: systemd learns when the bot is ready and when it is stopping. Without systemd, nothing changes.
        services.AddSystemd();
        services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);

        // Under systemd the console speaks journald's format unless Logging__Console__FormatterName says otherwise
        // (json: one object per line for a collector), so the configured format wins over systemd's default.
        services.AddOptions<ConsoleLoggerOptions>().PostConfigure<IConfiguration>((console, configuration) =>
        {
            if (configuration["Logging:Console:FormatterName"] is { Length: > 0 } name)
            {
                console.FormatterName = name;
            }
        });
        services.AddOptions<JsonConsoleFormatterOptions>().PostConfigure(json =>
        {
            if (json.TimestampFormat is null)
            {
                json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                json.UseUtcTimestamp = true;
            }
        });
        return services;
    }
}
