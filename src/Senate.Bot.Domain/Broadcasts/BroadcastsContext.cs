using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Deliveries;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>What the broadcast screens, the editor's flow and the delivery source share.</summary>
internal sealed class BroadcastsContext(
    IBroadcastStore broadcasts,
    IDeliveryStore deliveries,
    IAudienceDirectory directory,
    IReaders readers,
    IYouthEventStore events,
    Regions regions,
    Programmes programmes,
    BroadcastSettings settings,
    IAuditLog? audit)
{
    public IBroadcastStore Broadcasts { get; } = broadcasts;

    public IDeliveryStore Deliveries { get; } = deliveries;

    public AudienceResolver Audience { get; } = new(directory);

    public IAudienceDirectory Directory { get; } = directory;

    /// <summary>Who the bot may write to, and in which language (the editor's reports).</summary>
    public IReaders Readers { get; } = readers;

    public IYouthEventStore Events { get; } = events;

    public Regions Regions { get; } = regions;

    public Programmes Programmes { get; } = programmes;

    public BroadcastSettings Settings { get; } = settings;

    /// <summary>Where the engine's steps record what they do on staff's behalf (a scheduled broadcast started).</summary>
    public IAuditLog? Audit { get; } = audit;

    /// <summary>A broadcast's sending.</summary>
    public Delivery? SendingOf(Broadcast broadcast) => Deliveries.Get(broadcast.DeliveryId);

    /// <summary>A broadcast's recall, if it was recalled.</summary>
    public Delivery? RecallOf(Broadcast broadcast) => broadcast.RecallId is { } id ? Deliveries.Get(id) : null;
}
