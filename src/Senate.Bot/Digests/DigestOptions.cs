using System.ComponentModel.DataAnnotations;

namespace Senate.Bot.Digests;

/// <summary>The meeting digests' settings from configuration (<c>Digests__PageSize</c> …), validated at start-up.</summary>
public sealed class DigestOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Digests";

    /// <summary>Digests per archive page.</summary>
    [Range(3, 10)]
    public int PageSize { get; set; } = 6;

    /// <summary>How often newly published digests are handed to the delivery engine.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DeliveryInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often scheduled digests and the weekly roll-up are checked.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan ScheduleInterval { get; set; } = TimeSpan.FromMinutes(1);
}
