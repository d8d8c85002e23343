using Senate.Bot.Domain.Conversations;

namespace Senate.Bot.Workers;

/// <summary>
/// A periodic domain job (deadline warnings, event reminders): given the moment, it changes what it must and
/// returns the messages to send. It runs in one unit of work on the database writer, so its marks ("warned",
/// "reminded") and its outbox entries commit together and nothing is sent twice, even across restarts.
/// </summary>
/// <param name="Name">A short name for logs and tests.</param>
/// <param name="Interval">How often it runs.</param>
/// <param name="Run">The job: every reply must name its chat.</param>
public sealed record ScheduledJob(string Name, TimeSpan Interval, Func<DateTimeOffset, IReadOnlyList<Reply>> Run);
