using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Senate.Bot.Hosting;

namespace Senate.Bot.Telemetry;

/// <summary>Adds the bot's metrics: <see cref="BotMetrics"/> and an OpenTelemetry meter provider with the Prometheus exporter.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="BotMetrics"/>; its meter is collected only when <c>Monitoring__Url</c> is set, so without
    /// monitoring the instruments have no listener and cost nothing.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("senate-bot")).WithMetrics(metrics => metrics.AddPrometheusExporter(prometheus => prometheus.ScopeInfoEnabled = false));
        services.ConfigureOpenTelemetryMeterProvider((sp, builder) =>
        {
            if (sp.GetRequiredService<IOptions<MonitoringOptions>>().Value.IsEnabled)
            {
                builder.AddMeter(BotMetrics.MeterName);
            }
        });
        return services;
    }
}
