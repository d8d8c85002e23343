using System.ComponentModel.DataAnnotations;

namespace Senate.Bot.Hosting;

/// <summary>Health and metrics endpoints (<c>Monitoring__Url</c>): off unless an address is set.</summary>
public sealed class MonitoringOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Monitoring";

    /// <summary>
    /// Where <c>/healthz</c>, <c>/readyz</c> and <c>/metrics</c> are served, e.g. <c>http://127.0.0.1:9180</c>
    /// (plain HTTP: keep it on loopback or a private network); unset: no endpoint and no metrics collected.
    /// </summary>
    public string? Url { get; set; }

    /// <summary>Not ready when Telegram has not been heard from (a getUpdates answer, a webhook call or check) for this long.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ReceiveStaleAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Not ready when a sending lane has been held by Telegram's 429s, nothing getting through, for this long.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RateLimitedAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>True when the endpoints are served.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(Url);
}
