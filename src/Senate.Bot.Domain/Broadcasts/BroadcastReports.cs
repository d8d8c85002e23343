using System.Globalization;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Deliveries;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>What the editor is told when a broadcast's sending or its recall ends, and the file of those it did not reach.</summary>
internal static class BroadcastReports
{
    /// <summary>The final report of a sending: the counts, how long it took, and the file of failures when there were any.</summary>
    public static Reply Sending(BroadcastsContext context, Broadcast broadcast, Delivery sending, Language language)
    {
        Text summary = sending.Status == DeliveryStatus.Cancelled
            ? BroadcastTexts.CancelledReport.With(new { id = broadcast.Id, sent = sending.Sent, unsent = BroadcastScreens.Total(broadcast, sending) - sending.Done, blocked = sending.Blocked, failed = sending.Failed })
            : BroadcastTexts.FinishedReport.With(new
            {
                id = broadcast.Id,
                duration = BroadcastScreens.Duration((sending.FinishedUtc ?? sending.DueUtc) - (sending.StartedUtc ?? sending.DueUtc)),
                sent = sending.Sent,
                blocked = sending.Blocked,
                failed = sending.Failed,
                skipped = sending.Skipped,
            });
        var file = Failures(context, broadcast, language);
        return new Reply
        {
            ChatId = broadcast.CreatedBy,
            Language = language,
            Text = file is null ? summary : Text.Paragraphs(summary, BroadcastTexts.FailuresInFile),
            Attachment = file,
        };
    }

    /// <summary>The final report of a recall.</summary>
    public static Reply Recall(Broadcast broadcast, Delivery recall) => new()
    {
        ChatId = broadcast.CreatedBy,
        Text = BroadcastTexts.RecalledReport.With(new { id = broadcast.Id, deleted = recall.Sent, failed = recall.Failed + recall.Blocked }),
    };

    /// <summary>
    /// The people a broadcast did not reach (blocked the bot, or not delivered), with the reason Telegram gave and the
    /// time, as CSV for a spreadsheet; null when there are none.
    /// </summary>
    public static Attachment? Failures(BroadcastsContext context, Broadcast broadcast, Language language)
    {
        var zone = context.Settings.TimeZone;
        var failed = context.Deliveries.Recipients(broadcast.DeliveryId)
            .Where(r => r.Outcome is DeliveryOutcome.Blocked or DeliveryOutcome.Failed)
            .ToList();
        if (failed.Count == 0)
        {
            return null;
        }

        var bytes = CsvTable.Write(
            [BroadcastTexts.CsvUser, BroadcastTexts.CsvResult, BroadcastTexts.CsvReason, BroadcastTexts.CsvTime],
            failed.Select(r => new[]
            {
                r.UserId.ToString(CultureInfo.InvariantCulture),
                TextCatalog.Default.RenderPlain(r.Outcome == DeliveryOutcome.Blocked ? BroadcastTexts.ResultBlocked : BroadcastTexts.ResultFailed, language, zone),
                r.Error ?? string.Empty,
                TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(r.AtUtc, DateTimeKind.Utc), zone).ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture),
            }),
            language,
            zone,
            ';');
        return new Attachment { Kind = AttachmentKind.Document, Content = bytes, FileName = $"broadcast-{broadcast.Id.ToString(CultureInfo.InvariantCulture)}-not-delivered.csv" };
    }
}
