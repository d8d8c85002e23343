using Senate.Bot.Domain.WorkingDays;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// The daily deadline check: warns the staff chat of open concerns due within
/// <see cref="ConcernSettings.DueSoonWorkingDays"/> working days (once per concern) and of overdue ones (at most once
/// a day per concern). What was warned is recorded on each concern, so a restart or a second run the same day
/// warns nobody twice — provided the host saves the store changes and sends the replies in one transaction.
/// Without a staff chat there is nobody to warn, and nothing is recorded.
/// </summary>
public static class DeadlineCheck
{
    private const int LinesPerMessage = 25;

    /// <summary>Runs the check; returns the messages for the staff chat.</summary>
    public static IReadOnlyList<Reply> Run(
        DateTimeOffset now, IConcernStore concerns, WorkingCalendar calendar, ConcernSettings settings, Regions regions, Categories categories)
    {
        if (settings.StaffChatId is not { } staffChat)
        {
            return [];
        }

        var deadlines = new ConcernDeadlines(calendar, settings);
        var today = deadlines.LocalDate(now);
        var nowUtc = now.UtcDateTime;
        var open = concerns.Find(new ConcernFilter { Statuses = ConcernLifecycle.OpenStatuses })
            .OrderBy(c => c.DueDate)
            .ThenBy(c => c.RegisteredUtc)
            .ToList();

        var dueSoon = open
            .Where(c => c.DueSoonWarnedUtc is null)
            .Where(c => ConcernDeadlines.Stored(c.DueDate) is var due && due >= today && calendar.WorkingDaysBetween(today, due) <= settings.DueSoonWorkingDays)
            .ToList();
        var overdue = open
            .Where(c => ConcernDeadlines.IsOverdue(c, today))
            .Where(c => c.OverdueWarnedUtc is not { } warned || deadlines.LocalDate(warned) < today)
            .ToList();

        foreach (var concern in dueSoon)
        {
            concern.DueSoonWarnedUtc = nowUtc;
            concerns.Update(concern);
        }

        foreach (var concern in overdue)
        {
            concern.OverdueWarnedUtc = nowUtc;
            concerns.Update(concern);
        }

        Text Line(Concern c) => ConcernTexts.DeadlineLine.With(new
        {
            number = c.Number,
            region = regions.Find(c.RegionId)?.Name ?? new LocalizedString(c.RegionId, c.RegionId, c.RegionId),
            category = categories.Find(c.CategoryId)?.Name ?? new LocalizedString(c.CategoryId, c.CategoryId, c.CategoryId),
            due = ConcernDeadlines.Stored(c.DueDate),
            status = ConcernFormat.Status(c.Status),
        });

        var replies = new List<Reply>();
        foreach (var chunk in dueSoon.Chunk(LinesPerMessage))
        {
            replies.Add(ToStaff(ConcernTexts.DeadlineDueSoon.With(new { count = dueSoon.Count, days = settings.DueSoonWorkingDays, lines = Text.Lines(chunk.Select(Line)) })));
        }

        foreach (var chunk in overdue.Chunk(LinesPerMessage))
        {
            replies.Add(ToStaff(ConcernTexts.DeadlineOverdue.With(new { count = overdue.Count, lines = Text.Lines(chunk.Select(Line)) })));
        }

        return replies;

        Reply ToStaff(Text text) => new() { ChatId = staffChat, Language = settings.StaffLanguage, Text = text };
    }
}
