using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Privacy;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>
/// The announcements sent to a person: which, when, how it ended, and the ids of the messages in their chat (kept so a
/// broadcast can be recalled). The same records of digests' deliveries go with them. <c>/forget</c> deletes them all,
/// so nothing ties the person to what they were sent (a recall then leaves their copy in place).
/// </summary>
internal sealed class BroadcastsPersonalData(BroadcastsContext context) : IPersonalData
{
    public string Section => "deliveries";

    public object? Export(Turn turn) => context.Deliveries.OfUser(turn.User.Id) is { Count: > 0 } received
        ? received.Select(r => new
        {
            Delivery = context.Deliveries.Get(r.DeliveryId) is { } d ? $"{d.Kind} {d.SubjectId}" : r.DeliveryId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Result = r.Outcome.ToString(),
            At = r.AtUtc,
            Messages = r.MessageIds,
        }).ToList()
        : null;

    public int Erase(Turn turn, Redactor redactor) => context.Deliveries.DeleteOfUser(turn.User.Id);
}
