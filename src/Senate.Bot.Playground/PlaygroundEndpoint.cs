using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Senate.Bot.Playground;

/// <summary>Serves the playground web chat from the resources embedded from <c>wwwroot</c>.</summary>
public static class PlaygroundEndpoint
{
    /// <summary>Maps the page and its files at the root of <paramref name="app"/>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", context => Serve(context, "index.html"));
        app.MapGet("/{file}", context => Serve(context, (string)context.GetRouteValue("file")!));
    }

    private static async Task Serve(HttpContext context, string name)
    {
        await using var resource = typeof(PlaygroundEndpoint).Assembly.GetManifestResourceStream("playground/" + name);
        if (resource is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = Path.GetExtension(name) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        context.Response.Headers.CacheControl = "no-cache";
        await resource.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
