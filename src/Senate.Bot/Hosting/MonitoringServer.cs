using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Senate.Bot.Hosting;

/// <summary>
/// Serves, when <c>Monitoring__Url</c> is set, <c>/healthz</c> (the process answers), <c>/readyz</c> (the
/// <see cref="Readiness"/> checks, 200 or 503 with one line per check) and <c>/metrics</c> (Prometheus text from
/// the OpenTelemetry meter provider).
/// </summary>
public sealed partial class MonitoringServer(
    IOptions<MonitoringOptions> options,
    Readiness readiness,
    Lazy<MeterProvider> meters,
    ILoggerFactory loggers,
    ILogger<MonitoringServer> logger) : IHostedService, IAsyncDisposable
{
    private LocalHttpServer? _server;

    /// <summary>The address served, or null when monitoring is off.</summary>
    public Uri? Address => _server?.Address;

    /// <inheritdoc />
    /// <remarks>Not async itself, so ASP.NET Core's assemblies stay out of a bot without monitoring (as in <see cref="WebhookServer"/>).</remarks>
    public Task StartAsync(CancellationToken cancellationToken) => options.Value.IsEnabled ? StartServing(cancellationToken) : Task.CompletedTask;

    private async Task StartServing(CancellationToken cancellationToken)
    {
        _server = await LocalHttpServer.StartAsync(new Uri(options.Value.Url!), loggers, 0, app =>
        {
            app.UseOpenTelemetryPrometheusScrapingEndpoint(meters.Value, null, "/metrics", null, null);
            app.Run(Serve);
        }, cancellationToken).ConfigureAwait(false);
        LogServing(_server.Address);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => _server?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task Serve(HttpContext context)
    {
        switch (context.Request.Path.Value)
        {
            case "/healthz":
                await LocalHttpServer.Answer(context, StatusCodes.Status200OK, "ok\n").ConfigureAwait(false);
                break;
            case "/readyz":
                var checks = await readiness.Run(context.RequestAborted).ConfigureAwait(false);
                var ready = checks.All(c => c.Ok);
                var text = new StringBuilder(ready ? "ready\n" : "not ready\n");
                foreach (var check in checks)
                {
                    text.Append(check.Ok ? "ok   " : "FAIL ").Append(check.Name).Append(": ").Append(check.Detail).Append('\n');
                }

                await LocalHttpServer.Answer(context, ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable, text.ToString()).ConfigureAwait(false);
                break;
            default:
                await LocalHttpServer.Answer(context, StatusCodes.Status404NotFound, "/healthz, /readyz, /metrics\n").ConfigureAwait(false);
                break;
        }
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Health and metrics on {Address} (/healthz, /readyz, /metrics).")]
    private partial void LogServing(Uri address);
}
