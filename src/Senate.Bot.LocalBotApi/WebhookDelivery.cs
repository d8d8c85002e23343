using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Senate.Bot.LocalBotApi;

/// <summary>
/// Webhook delivery as Telegram's Bot API server does it (its <c>WebhookActor</c>): updates are posted to the URL
/// with the <c>X-Telegram-Bot-Api-Secret-Token</c> header, one chat's updates one at a time and in order (the next
/// only after a 2xx for the one before), at most <c>max_connections</c> requests at once. A non-2xx answer, a
/// timeout or a dropped connection is an error: the update is posted again after the answer's <c>Retry-After</c>,
/// or after a delay doubling from <see cref="LocalBotApiOptions.WebhookRetryDelay"/> up to a minute, and the error
/// shows in getWebhookInfo. Thread-safe.
/// </summary>
internal sealed class WebhookDelivery : IAsyncDisposable
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    private readonly UpdateQueue _updates;
    private readonly LocalBotApiOptions _options;
    private readonly TimeProvider _time;
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly HashSet<int> _inFlight = [];
    private readonly Dictionary<int, (DateTimeOffset At, TimeSpan Delay)> _retry = [];
    private readonly List<WebhookAttempt> _attempts = [];
    private readonly Task _loop;
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Webhook? _hook;
    private (DateTimeOffset At, string Message)? _lastError;

    public WebhookDelivery(UpdateQueue updates, LocalBotApiOptions options)
    {
        _updates = updates;
        _options = options;
        _time = options.TimeProvider;
        _http = new HttpClient { Timeout = options.WebhookTimeout };
        _loop = Task.Run(Loop);
    }

    /// <summary>The webhook set, or null.</summary>
    public Webhook? Current
    {
        get
        {
            lock (_gate)
            {
                return _hook;
            }
        }
    }

    /// <summary>Every post so far, in the order they ended.</summary>
    public IReadOnlyList<WebhookAttempt> Attempts
    {
        get
        {
            lock (_gate)
            {
                return [.. _attempts];
            }
        }
    }

    /// <summary>The last delivery error, or null.</summary>
    public (DateTimeOffset At, string Message)? LastError
    {
        get
        {
            lock (_gate)
            {
                return _lastError;
            }
        }
    }

    /// <summary>Sets (or, with null, deletes) the webhook.</summary>
    public void Set(Webhook? hook)
    {
        lock (_gate)
        {
            _hook = hook;
            _retry.Clear();
            _lastError = null;
            _updates.WebhookActive = hook is not null;
            if (hook is not null)
            {
                _updates.Allow(hook.AllowedUpdates);
            }

            Wake();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        lock (_gate)
        {
            Wake();
        }

        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }

        _http.Dispose();
        _stopping.Dispose();
    }

    private async Task Loop()
    {
        while (!_stopping.IsCancellationRequested)
        {
            if (WaitForWebhook() is { } set)
            {
                await set.WaitAsync(_stopping.Token);
                continue;
            }

            var (pending, changed) = _updates.Snapshot();
            Task woken;
            TimeSpan? nextRetry = null;
            lock (_gate)
            {
                woken = _wake.Task;
                if (_hook is { } hook)
                {
                    nextRetry = Start(hook, pending);
                }
            }

            var waits = new List<Task> { changed, woken };
            if (nextRetry is { } retry)
            {
                waits.Add(Task.Delay(retry, _time, _stopping.Token));
            }

            await Task.WhenAny(waits).WaitAsync(_stopping.Token);
        }
    }

    /// <summary>
    /// Without a webhook, a task that completes when one is set (or at stop); null with one. The pending updates
    /// are then not looked at: under a burst, that look would copy the whole queue at every update enqueued.
    /// </summary>
    private Task? WaitForWebhook()
    {
        lock (_gate)
        {
            return _hook is null ? _wake.Task : null;
        }
    }

    /// <summary>Posts each chat's first pending update that is due, within the connection limit; returns the wait to the next retry.</summary>
    private TimeSpan? Start(Webhook hook, IReadOnlyList<(int Id, string Json)> pending)
    {
        var now = _time.GetUtcNow();
        TimeSpan? nextRetry = null;
        var chats = new HashSet<long>();
        foreach (var (id, json) in pending)
        {
            if (!chats.Add(ChatOf(id, json)) || _inFlight.Contains(id))
            {
                continue;
            }

            if (_retry.TryGetValue(id, out var retry) && retry.At > now)
            {
                nextRetry = retry.At - now < nextRetry || nextRetry is null ? retry.At - now : nextRetry;
                continue;
            }

            if (_inFlight.Count >= hook.MaxConnections)
            {
                break;
            }

            _inFlight.Add(id);
            _ = Post(hook, id, json);
        }

        return nextRetry;
    }

    private async Task Post(Webhook hook, int id, string json)
    {
        int? status = null;
        string? error = null;
        TimeSpan? retryAfter = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            if (hook.SecretToken is { } secret)
            {
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
            }

            using var response = await _http.SendAsync(request, _stopping.Token);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                error = $"Wrong response from the webhook: {status} {response.ReasonPhrase}";
                retryAfter = RetryAfter(response.Headers.RetryAfter);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            error = e is TaskCanceledException ? "Read timeout expired" : "Connection refused";
        }

        lock (_gate)
        {
            _inFlight.Remove(id);
            _attempts.Add(new WebhookAttempt(id, status, error));
            if (_hook != hook)
            {
                // Deleted or changed meanwhile: the update stays pending for whatever comes next.
            }
            else if (error is null)
            {
                _retry.Remove(id);
                _updates.Delivered(id);
            }
            else
            {
                var now = _time.GetUtcNow();
                var delay = _retry.TryGetValue(id, out var before) ? TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, before.Delay.Ticks * 2)) : _options.WebhookRetryDelay;
                _retry[id] = (now + (retryAfter ?? delay), delay);
                _lastError = (now, error);
            }

            Wake();
        }
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Delta is { } delta ? TimeSpan.FromSeconds(Math.Clamp(delta.TotalSeconds, 0, 3600)) : null;

    /// <summary>The chat an update belongs to (its queue, as Telegram's server keys it); the update's own id when it has none.</summary>
    private static long ChatOf(int id, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("message", out var message) && message.TryGetProperty("chat", out var chat))
        {
            return chat.GetProperty("id").GetInt64();
        }

        if (root.TryGetProperty("callback_query", out var query))
        {
            return query.TryGetProperty("message", out var pressed) && pressed.TryGetProperty("chat", out var pressedChat)
                ? pressedChat.GetProperty("id").GetInt64()
                : query.GetProperty("from").GetProperty("id").GetInt64();
        }

        return long.MinValue + id;
    }

    private void Wake()
    {
        _wake.TrySetResult();
        _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>A webhook as set with setWebhook.</summary>
/// <param name="Url">Where updates are posted, as given.</param>
/// <param name="SecretToken">The header value sent with each, or null.</param>
/// <param name="MaxConnections">Requests at once.</param>
/// <param name="AllowedUpdates">The kinds of update delivered, or null for all.</param>
public sealed record Webhook(string Url, string? SecretToken, int MaxConnections, IReadOnlyList<string>? AllowedUpdates);

/// <summary>One post of an update to the webhook.</summary>
/// <param name="UpdateId">The update.</param>
/// <param name="Status">The HTTP status answered, or null when there was no answer.</param>
/// <param name="Error">Why it counts as failed, or null when it was delivered.</param>
public sealed record WebhookAttempt(int UpdateId, int? Status, string? Error);
