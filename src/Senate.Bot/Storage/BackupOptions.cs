using System.ComponentModel.DataAnnotations;

namespace Senate.Bot.Storage;

/// <summary>Scheduled backups of the database (section <c>Backup</c>: <c>Backup__Folder</c>, <c>Backup__KeepDays</c>…).</summary>
public sealed class BackupOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Backup";

    /// <summary>Whether backups are taken on schedule.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The folder backups are written to; unset: <c>backups</c> beside the database file.</summary>
    public string? Folder { get; set; }

    /// <summary>The local time (in <c>Bot__TimeZone</c>) of the day's first backup.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:59")]
    public TimeSpan At { get; set; } = TimeSpan.FromHours(3);

    /// <summary>How often a backup is taken, counted from <see cref="At"/> each day.</summary>
    [Range(typeof(TimeSpan), "00:15:00", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Backups older than this many days are deleted (the newest is always kept).</summary>
    [Range(1, 3650)]
    public int KeepDays { get; set; } = 14;
}
