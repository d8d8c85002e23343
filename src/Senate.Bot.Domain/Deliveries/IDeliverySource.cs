using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Deliveries;

/// <summary>
/// A feature whose messages the delivery engine sends (digests, broadcasts): who a delivery goes to, what each person
/// gets, and what staff are told along the way. Called inside the engine's units of work.
/// </summary>
public interface IDeliverySource
{
    /// <summary>The kinds of delivery this source composes.</summary>
    IReadOnlyCollection<DeliveryKind> Kinds { get; }

    /// <summary>
    /// The people a delivery goes to, fixed when it starts: each once, in the order to send to, none who blocked the
    /// bot or is unknown to it.
    /// </summary>
    IReadOnlyList<long> Audience(Delivery delivery);

    /// <summary>
    /// What each recipient of one batch gets when their turn comes: a function from the recipient and their language
    /// to their messages, each with its chat set; none when they are no longer to get it (the recipient is then counted
    /// as skipped). The batch is composed in one unit of work, so a source looks its subject up once for all of them.
    /// </summary>
    Func<long, Language, IReadOnlyList<Reply>> Composer(Delivery delivery);

    /// <summary>What staff are told when a delivery starts.</summary>
    IReadOnlyList<Reply> Started(Delivery delivery) => [];

    /// <summary>What staff are told every few seconds while it runs (the host sends only what changed).</summary>
    IReadOnlyList<Reply> Progress(Delivery delivery, DeliveryPace pace) => [];

    /// <summary>What staff are told when it ends (completed, or cancelled once what was handed over has gone).</summary>
    IReadOnlyList<Reply> Finished(Delivery delivery) => [];
}
