using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Deliveries;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Digests;

/// <summary>
/// The digests' jobs. Each runs in one unit of work with the messages it returns, so its marks (published, handed to
/// the delivery engine, rolled up) and those messages commit together: nothing is sent twice or lost across a restart.
/// </summary>
public sealed partial class DigestsFeature
{
    /// <summary>Publishes the scheduled digests whose time has come, and tells each editor.</summary>
    public IReadOnlyList<Reply> PublishDue(DateTimeOffset now)
    {
        var replies = new List<Reply>();
        foreach (var digest in _context.Digests.DueForPublishing(now.UtcDateTime))
        {
            if (digest.Content.Problems(_context.Regions).Count > 0)
            {
                continue;
            }

            digest.Publish(now.UtcDateTime);
            _context.Digests.Update(digest);
            _context.Audit?.Append(new AuditEntry
            {
                AtUtc = now.UtcDateTime,
                ActorId = digest.CreatedBy,
                ActorName = DigestAudit.Scheduler,
                Action = AuditAction.DigestPublished,
                Subject = AuditSubjects.Digest(digest.Id),
                Details = DigestAudit.OnSchedule,
            });
            if (_context.Readers.Find(digest.CreatedBy) is { Blocked: false } editor)
            {
                replies.Add(new Reply
                {
                    ChatId = digest.CreatedBy,
                    Language = editor.Language,
                    Text = DigestTexts.PublishedAsScheduled.With(new { id = digest.Id, title = digest.Content.Best(editor.Language).Title }),
                    Buttons = [[new Button(DigestTexts.StaffCardButton, DigestStaffFeature.CardData(digest.Id))]],
                });
            }
        }

        return replies;
    }

    /// <summary>
    /// Hands each newly published digest to the delivery engine: a delivery that starts now and sends the digest to the
    /// "at once" subscribers of its regions (fixed when it starts), each person once however many of their regions it is
    /// about, in their language, through the bulk lane (<see cref="DigestDeliverySource"/>).
    /// </summary>
    public IReadOnlyList<Reply> Deliver(DateTimeOffset now)
    {
        foreach (var digest in _context.Digests.PendingDelivery())
        {
            _deliveries.Insert(Delivery.Schedule(DeliveryKind.Digest, digest.Id, digest.CreatedBy, now.UtcDateTime, now.UtcDateTime));
            digest.MarkDelivered(now.UtcDateTime);
            _context.Digests.Update(digest);
        }

        return [];
    }

    /// <summary>
    /// The weekly roll-up (Monday 10:00 in the configured zone): one message to each weekly subscriber listing the week's
    /// digests of their regions, none when there were none; each subscriber is marked for the week either way.
    /// </summary>
    public IReadOnlyList<Reply> SendRollups(DateTimeOffset now)
    {
        var week = WeeklyRollup.LatestDue(now, _context.Settings.TimeZone);
        var due = _context.Subscriptions.DueForRollup(week.Week).Take(_context.Settings.RollupBatch).ToList();
        if (due.Count == 0)
        {
            return [];
        }

        var published = _context.Digests.PublishedBetween(week.FromUtc, week.DueUtc);
        var replies = new List<Reply>();
        foreach (var userId in due)
        {
            if (_context.Subscriptions.Get(userId) is { } subscription
                && week.For(subscription, published) is { Count: > 0 } digests
                && _context.Readers.Find(userId) is { Blocked: false } reader)
            {
                replies.Add(Rollup(userId, reader.Language, digests));
            }

            _context.Subscriptions.MarkRolledUp(userId, week.Week);
        }

        return replies;
    }

    private Reply Rollup(long userId, Language language, IReadOnlyList<Digest> digests) => new()
    {
        ChatId = userId,
        Language = language,
        Text = DigestTexts.Rollup.With(new
        {
            count = digests.Count,
            lines = Text.Lines(digests.Select(d => DigestTexts.RollupLine.With(new
            {
                date = d.Content.MeetingDate,
                regions = _context.RegionNames(d.Content.RegionIds),
                title = d.Content.Best(language).Title,
            }))),
        }),
        Buttons =
        [
            .. digests.Take(8).Select(d => (IReadOnlyList<Button>)[new Button(ArchiveLabel(d, language), ViewData(d.Id))]),
            [new Button(DigestTexts.SubscriptionsButton, SubscriptionsData)],
        ],
    };
}
