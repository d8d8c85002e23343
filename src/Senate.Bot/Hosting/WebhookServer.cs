using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Senate.Bot.Telegram;
using Senate.Bot.Telemetry;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Senate.Bot.Hosting;

/// <summary>
/// Receives updates by webhook when <c>Telegram__WebhookUrl</c> is set. It serves the URL's path on
/// <see cref="WebhookOptions.WebhookListenUrl"/> (behind the operator's TLS proxy), then registers the webhook with
/// a secret token, the update kinds the bot reads and the connection limit, and asks Telegram every
/// <see cref="WebhookOptions.WebhookCheckInterval"/> how delivery goes (logging its errors, re-registering a
/// webhook changed under it).
/// </summary>
/// <remarks>
/// A request without the secret header is refused (401) before its body is read. An update goes through the same
/// path as a polled one (<see cref="UpdateIntake"/>, <see cref="ChatScheduler"/>, <see cref="UpdateProcessor"/>) and
/// is answered 200 only once its effects are committed. Telegram sends a chat's next update only after that answer,
/// so each chat's order holds, and a redelivered update is either still in flight (the request waits for it), or
/// already handled (the chat's cursor recognises it). A request waits at most
/// <see cref="WebhookOptions.WebhookAnswerWithin"/>: then it gets 503 with <c>Retry-After</c>, the update stays in
/// flight, and Telegram's retry of it waits for the same handling instead of starting another, so a slow disk costs
/// Telegram a few retries, never a second handling.
/// </remarks>
public sealed partial class WebhookServer(
    IOptions<WebhookOptions> options,
    WebhookSecret secrets,
    ITelegramBotClient bot,
    ChatScheduler scheduler,
    UpdateIntake intake,
    BotIdentity identity,
    BotMetrics metrics,
    ILoggerFactory loggers,
    [FromKeyedServices(TransportClock.Key)] TimeProvider time,
    ILogger<WebhookServer> logger) : IHostedService, IAsyncDisposable
{
    /// <summary>The longest update body taken.</summary>
    private const long MaxBody = 1024 * 1024;

    private static readonly UpdateType[] Kinds = [.. UpdateSource.Allowed.Select(k => Enum.Parse<UpdateType>(k.Replace("_", "", StringComparison.Ordinal), ignoreCase: true))];

    private readonly CancellationTokenSource _stopping = new();
    private LocalHttpServer? _server;
    private byte[] _secret = [];
    private Task _registration = Task.CompletedTask;
    private DateTime _startedUtc;

    /// <summary>The local address served, or null when the bot polls.</summary>
    public Uri? Address => _server?.Address;

    /// <inheritdoc />
    /// <remarks>
    /// Not async itself: compiling an async method brings in every assembly its body names, and ASP.NET Core's should
    /// stay out of a bot that polls.
    /// </remarks>
    public Task StartAsync(CancellationToken cancellationToken) =>
        options.Value.IsEnabled ? StartServing(options.Value, cancellationToken) : Task.CompletedTask;

    private async Task StartServing(WebhookOptions settings, CancellationToken cancellationToken)
    {
        _startedUtc = time.GetUtcNow().UtcDateTime;
        var secret = await secrets.Get().ConfigureAwait(false);
        _secret = Encoding.ASCII.GetBytes(secret);
        var path = new Uri(settings.WebhookUrl!).AbsolutePath;
        _server = await LocalHttpServer.StartAsync(new Uri(settings.WebhookListenUrl), loggers, MaxBody, app => app.Run(context =>
            context.Request.Path.Value == path && HttpMethods.IsPost(context.Request.Method)
                ? Receive(context)
                : LocalHttpServer.Answer(context, StatusCodes.Status404NotFound, string.Empty)), cancellationToken).ConfigureAwait(false);
        LogServing(_server.Address, path);
        _registration = Task.Run(() => RegisterAndWatch(secret, _stopping.Token), CancellationToken.None);
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // The webhook stays registered: Telegram keeps what arrives meanwhile and delivers it after the restart.
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _registration.ConfigureAwait(false);
        if (_server is not null)
        {
            await _server.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _stopping.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task Receive(HttpContext context)
    {
        var header = context.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(header), _secret))
        {
            metrics.WebhookRefused();
            LogRefused(context.Connection.RemoteIpAddress?.ToString() ?? "?");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        metrics.Received();
        UpdateSource.Received received;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
            if (!document.RootElement.TryGetProperty("update_id", out var id) || !id.TryGetInt32(out var updateId))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            received = UpdateSource.Decode(updateId, document.RootElement);
        }
        catch (JsonException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var bound = options.Value.WebhookAnswerWithin;
        var started = time.GetTimestamp();
        try
        {
            // Reading /cmd@bot needs getMe's answer (asked at start, beside the webhook's registration).
            await identity.Resolved.WaitAsync(bound, time, context.RequestAborted).ConfigureAwait(false);
            if (scheduler.Accept(received.Id))
            {
                intake.Take(received);
            }

            // With no offset to confirm it, a finished update is forgotten: a later redelivery meets the chat's cursor.
            var finished = scheduler.WhenFinished(received.Id).ContinueWith(
                _ => scheduler.Forget(received.Id), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            var left = bound - time.GetElapsedTime(started);
            await finished.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, time, context.RequestAborted).ConfigureAwait(false);
            context.Response.StatusCode = StatusCodes.Status200OK;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // Telegram hung up; the update stays in handling and its retry is answered once committed.
        }
        catch (TimeoutException)
        {
            LogSlow(received.Id, bound.TotalSeconds);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(bound.TotalSeconds / 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Registers the webhook (retrying with back-off until it is), then watches Telegram's view of it.</summary>
    private async Task RegisterAndWatch(string secret, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var registered = false;
        var failures = 0;
        DateTime? lastError = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = settings.WebhookCheckInterval;
            try
            {
                if (!registered)
                {
                    await bot.SetWebhook(settings.WebhookUrl!, maxConnections: settings.WebhookMaxConnections, allowedUpdates: Kinds,
                        dropPendingUpdates: false, secretToken: secret, cancellationToken: stoppingToken).ConfigureAwait(false);
                    registered = true;
                    LogRegistered(settings.WebhookUrl!, settings.WebhookMaxConnections);
                }

                var info = await bot.GetWebhookInfo(stoppingToken).ConfigureAwait(false);
                failures = 0;
                if (info.Url != settings.WebhookUrl)
                {
                    LogChangedUnderUs(info.Url);
                    registered = false;
                    continue;
                }

                if (info.PendingUpdateCount == 0)
                {
                    metrics.Received();
                }

                if (info.LastErrorDate is { } errorAt && errorAt != lastError && errorAt >= _startedUtc)
                {
                    LogDeliveryError(info.LastErrorMessage ?? string.Empty, errorAt, info.PendingUpdateCount);
                    lastError = errorAt;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                wait = TimeSpan.FromSeconds(Math.Min(settings.WebhookCheckInterval.TotalSeconds, Math.Pow(2, Math.Min(failures - 1, 6))));
                LogCallFailed(e, registered ? "getWebhookInfo" : "setWebhook", wait.TotalSeconds);
            }

            try
            {
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Webhook served on {Address} at {Path}.")]
    private partial void LogServing(Uri address, string path);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "Webhook registered with Telegram: {Url} (max {MaxConnections} connections).")]
    private partial void LogRegistered(string url, int maxConnections);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning, Message = "A webhook request from {Remote} had no valid secret token; refused.")]
    private partial void LogRefused(string remote);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Warning, Message = "Update {UpdateId} was not committed within {Seconds} s; answered 503 so Telegram asks again, and it stays in handling.")]
    private partial void LogSlow(int updateId, double seconds);

    [LoggerMessage(EventId = 7105, Level = LogLevel.Warning, Message = "{Call} failed; trying again in {Seconds} s.")]
    private partial void LogCallFailed(Exception exception, string call, double seconds);

    [LoggerMessage(EventId = 7106, Level = LogLevel.Warning, Message = "Telegram has the webhook set to '{Url}', not ours: registering it again.")]
    private partial void LogChangedUnderUs(string url);

    [LoggerMessage(EventId = 7107, Level = LogLevel.Warning, Message = "Telegram could not deliver to the webhook: {Error} (at {At:u}, {Pending} updates pending). Check the proxy and the certificate.")]
    private partial void LogDeliveryError(string error, DateTime at, int pending);
}
