using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Senate.Bot.Telemetry;

/// <summary>Adds the bot's metrics: <see cref="BotMetrics"/> and an OpenTelemetry meter provider with the Prometheus exporter.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="BotMetrics"/> and the meter provider that collects its meter for <c>/metrics</c>. The provider
    /// is built only by the monitoring server, when <c>Monitoring__Url</c> is set: without monitoring the instruments
    /// have no listener and cost nothing, and the host does not build it at start (as OpenTelemetry's host integration
    /// would, before the first getUpdates).
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton(_ => Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(resource => resource.AddService("senate-bot"))
            .AddMeter(BotMetrics.MeterName)
            .AddPrometheusExporter(prometheus => prometheus.ScopeInfoEnabled = false)
            .Build());
        return services;
    }
}
