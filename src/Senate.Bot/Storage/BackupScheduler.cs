using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Senate.Bot.Storage;

/// <summary>
/// Takes a backup at <see cref="BackupOptions.At"/> local time and every <see cref="BackupOptions.Interval"/> after it
/// in the day; a backup missed while the bot was down (the newest older than one and a half intervals) is taken at
/// start. A fresh installation waits for its first slot. A failed backup is logged and tried again within the hour.
/// </summary>
public sealed partial class BackupScheduler(
    DatabaseBackups backups,
    IOptions<BackupOptions> options,
    IOptions<BotOptions> bot,
    TimeProvider time,
    ILogger<BackupScheduler> logger) : BackgroundService
{
    private long _next;

    /// <summary>When the next backup is due (UTC), or null before the schedule is known or when backups are off.</summary>
    public DateTimeOffset? NextUtc => Interlocked.Read(ref _next) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var now = time.GetUtcNow();
        var next = backups.Newest() is { } newest && now - newest > settings.Interval * 1.5 ? now : NextSlot(now);
        while (!stoppingToken.IsCancellationRequested)
        {
            Interlocked.Exchange(ref _next, next.UtcTicks);
            try
            {
                var wait = next - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
                }

                await backups.TakeNow().ConfigureAwait(false);
                next = NextSlot(time.GetUtcNow());
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                now = time.GetUtcNow();
                var slot = NextSlot(now);
                next = slot - now > TimeSpan.FromHours(1) ? now.AddHours(1) : slot;
                LogFailed(e, next);
            }
        }
    }

    /// <summary>The first slot after <paramref name="now"/>: <see cref="BackupOptions.At"/> plus whole intervals, each local day.</summary>
    private DateTimeOffset NextSlot(DateTimeOffset now)
    {
        var settings = options.Value;
        var zone = bot.Value.Zone();
        var local = TimeZoneInfo.ConvertTime(now, zone);
        for (var day = local.Date.AddDays(-1); ; day = day.AddDays(1))
        {
            for (var at = settings.At; at < TimeSpan.FromDays(1); at += settings.Interval)
            {
                var slot = new DateTimeOffset(day + at, zone.GetUtcOffset(day + at));
                if (slot > now)
                {
                    return slot.ToUniversalTime();
                }
            }
        }
    }

    [LoggerMessage(EventId = 1104, Level = LogLevel.Error, Message = "The backup failed; trying again at {Next:u}.")]
    private partial void LogFailed(Exception exception, DateTimeOffset next);
}
