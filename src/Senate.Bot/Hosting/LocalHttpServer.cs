using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Senate.Bot.Hosting;

/// <summary>
/// A small Kestrel server (plain HTTP, behind the operator's proxy or on loopback) inside the bot's host, for the
/// webhook and the monitoring endpoints. The bot's host stays a generic host; each server is started and stopped
/// by the hosted service that needs it, with the host's logging.
/// </summary>
internal sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalHttpServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The address the server listens on (with the port it got when asked for port 0).</summary>
    public Uri Address { get; }

    /// <summary>Starts a server on <paramref name="url"/> (<c>http://host:port</c>) running <paramref name="configure"/>'s pipeline.</summary>
    public static async Task<LocalHttpServer> StartAsync(Uri url, ILoggerFactory loggers, long maxRequestBody, Action<WebApplication> configure, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(loggers);
        builder.Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            Listen(kestrel, url);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = maxRequestBody;
        });
        var app = builder.Build();
        configure(app);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new LocalHttpServer(app, new UriBuilder(url) { Port = bound.Port }.Uri);
    }

    /// <summary>Stops taking requests and lets those under way finish, until <paramref name="cancellationToken"/>.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => _app.StopAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>A local address to listen on: <c>http://</c> with an IP address or <c>localhost</c>, and a port.</summary>
    public static bool IsListenUrl(string? url) =>
        url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttp
            && (uri.Host == "localhost" || IPAddress.TryParse(uri.Host.Trim('[', ']'), out _))
            && uri.AbsolutePath == "/");

    /// <summary>Writes a plain-text answer.</summary>
    public static Task Answer(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }

    private static void Listen(KestrelServerOptions kestrel, Uri url)
    {
        var port = url.IsDefaultPort ? 80 : url.Port;
        switch (url.Host)
        {
            case "localhost":
                kestrel.ListenLocalhost(port);
                break;
            default:
                kestrel.Listen(IPAddress.Parse(url.Host.Trim('[', ']')), port);
                break;
        }
    }
}
