using System.ComponentModel.DataAnnotations;

namespace Senate.Bot.Hosting;

/// <summary>
/// Receiving by webhook (section <c>Telegram</c>: <c>Telegram__WebhookUrl</c>…). With a URL set, Telegram posts
/// updates to it, through the operator's TLS proxy, to <see cref="WebhookListenUrl"/>; without one the bot polls.
/// </summary>
public sealed class WebhookOptions
{
    /// <summary>The configuration section (shared with <see cref="Telegram.TelegramOptions"/>).</summary>
    public const string SectionName = "Telegram";

    /// <summary>The public HTTPS address Telegram posts to, e.g. <c>https://bot.example.kz/telegram/webhook</c>; its path is served.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// The secret Telegram sends in <c>X-Telegram-Bot-Api-Secret-Token</c> (1–256 of <c>A-Z a-z 0-9 _ -</c>); unset: one is
    /// generated and kept in the database.
    /// </summary>
    [RegularExpression("^[A-Za-z0-9_-]{1,256}$", ErrorMessage = "Telegram__WebhookSecretToken takes 1 to 256 of A-Z, a-z, 0-9, _ and -.")]
    public string? WebhookSecretToken { get; set; }

    /// <summary>The local address the webhook is served on, behind the proxy (plain HTTP).</summary>
    [Required]
    public string WebhookListenUrl { get; set; } = "http://127.0.0.1:8081";

    /// <summary>How many connections Telegram may open to the webhook at once (Telegram allows 1–100).</summary>
    [Range(1, 100)]
    public int WebhookMaxConnections { get; set; } = 40;

    /// <summary>
    /// The longest a webhook request waits for its update's commit; past it the answer is 503 with
    /// <c>Retry-After</c> and Telegram comes back for the same update, which is then answered once committed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:50")]
    public TimeSpan WebhookAnswerWithin { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often getWebhookInfo is asked (Telegram's delivery errors are logged; readiness sees nothing pending).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan WebhookCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>True when the bot receives by webhook.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(WebhookUrl);

    /// <summary>
    /// A webhook URL Telegram accepts: absolute HTTPS (plain HTTP only on loopback, for the local Bot API in tests).
    /// </summary>
    public static bool IsValidWebhookUrl(string? url) =>
        url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)));
}
