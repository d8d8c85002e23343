using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Deliveries;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Digests;

/// <summary>
/// A digest's delivery: its audience is the subscribers who chose "at once" and follow any of its regions (each once,
/// none who blocked the bot), fixed when it starts; each gets the digest in their language with the buttons of their
/// own subscription. Someone who unsubscribed, or a digest withdrawn meanwhile, is skipped when their turn comes.
/// </summary>
internal sealed class DigestDeliverySource(DigestsContext context, DigestMessages messages, DigestsFeature feature) : IDeliverySource
{
    public IReadOnlyCollection<DeliveryKind> Kinds { get; } = [DeliveryKind.Digest];

    public IReadOnlyList<long> Audience(Delivery delivery) =>
        context.Readable(delivery.SubjectId) is { } digest
            ? [.. context.Subscriptions.Subscribers(digest.Content.RegionIds, DigestFrequency.Immediately).Where(id => context.Readers.Find(id) is { Blocked: false })]
            : [];

    public Func<long, Language, IReadOnlyList<Reply>> Composer(Delivery delivery)
    {
        if (context.Readable(delivery.SubjectId) is not { } digest)
        {
            return (_, _) => [];
        }

        return (userId, language) => context.Subscriptions.Get(userId) is { Frequency: DigestFrequency.Immediately } subscription
            && subscription.Covers(digest.Content)
                ? messages.Show(digest, language, userId, feature.DigestButtons(digest, subscription))
                : [];
    }
}
