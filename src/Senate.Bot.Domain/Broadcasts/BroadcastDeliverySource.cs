using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Deliveries;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>
/// A broadcast's sending and its recall on the delivery engine. Sending: the audience as the editor chose it, resolved
/// when it starts; each person gets the version of their language (else the Russian one), pinned if asked. Recall:
/// everyone it was sent to; each of their messages is deleted. The editor's progress message is kept up to date, and
/// the end of each is reported (the sending's with the file of those it did not reach).
/// </summary>
internal sealed class BroadcastDeliverySource(BroadcastsContext context, BroadcastScreens screens) : IDeliverySource
{
    public IReadOnlyCollection<DeliveryKind> Kinds { get; } = [DeliveryKind.Broadcast, DeliveryKind.Recall];

    public IReadOnlyList<long> Audience(Delivery delivery) => context.Broadcasts.Get(delivery.SubjectId) is not { } broadcast
        ? []
        : delivery.Kind == DeliveryKind.Broadcast
            ? context.Audience.Resolve(broadcast.Audience)
            : [.. context.Deliveries.Recipients(broadcast.DeliveryId, DeliveryOutcome.Sent).Where(r => r.MessageIds.Count > 0).Select(r => r.UserId)];

    public Func<long, Language, IReadOnlyList<Reply>> Composer(Delivery delivery)
    {
        if (context.Broadcasts.Get(delivery.SubjectId) is not { } broadcast)
        {
            return (_, _) => [];
        }

        if (delivery.Kind == DeliveryKind.Broadcast)
        {
            // Everyone of a language gets the same message: made once per language in the batch.
            var byLanguage = new Dictionary<Language, IReadOnlyList<Reply>>();
            return (_, language) => byLanguage.TryGetValue(language, out var replies)
                ? replies
                : byLanguage[language] = [BroadcastMessages.Reply(broadcast.For(language), broadcast.Pin)];
        }

        return (userId, _) => context.Deliveries.RecipientOf(broadcast.DeliveryId, userId) is { Outcome: DeliveryOutcome.Sent, MessageIds.Count: > 0 } recipient
            ? [new Reply { Text = Text.Empty, DeleteMessageIds = [.. recipient.MessageIds] }]
            : [];
    }

    public IReadOnlyList<Reply> Started(Delivery delivery)
    {
        if (context.Broadcasts.Get(delivery.SubjectId) is not { } broadcast)
        {
            return [];
        }

        if (delivery.Kind == DeliveryKind.Broadcast && broadcast.ScheduledUtc is not null)
        {
            context.Audit?.Append(new AuditEntry
            {
                AtUtc = delivery.StartedUtc!.Value,
                ActorId = broadcast.CreatedBy,
                ActorName = BroadcastAudit.Scheduler,
                Action = AuditAction.BroadcastChanged,
                Subject = AuditSubjects.Broadcast(broadcast.Id),
                Details = BroadcastAudit.OnSchedule,
            });
        }

        return [screens.Progress(broadcast, DeliveryPace.Unknown, delivery.StartedUtc!.Value)];
    }

    public IReadOnlyList<Reply> Progress(Delivery delivery, DeliveryPace pace) =>
        context.Broadcasts.Get(delivery.SubjectId) is { } broadcast ? [screens.Progress(broadcast, pace, delivery.StartedUtc ?? delivery.DueUtc)] : [];

    public IReadOnlyList<Reply> Finished(Delivery delivery)
    {
        if (context.Broadcasts.Get(delivery.SubjectId) is not { } broadcast)
        {
            return [];
        }

        var now = delivery.FinishedUtc!.Value;
        var report = delivery.Kind == DeliveryKind.Broadcast
            ? BroadcastReports.Sending(context, broadcast, delivery, context.Readers.Find(broadcast.CreatedBy)?.Language ?? Language.Ru)
            : BroadcastReports.Recall(broadcast, delivery);
        return [screens.Progress(broadcast, DeliveryPace.Unknown, now), report with { Language = null }];
    }
}
