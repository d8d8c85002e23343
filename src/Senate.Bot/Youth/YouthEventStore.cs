using Senate.Bot.Storage;
using LiteDB;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Youth;

/// <summary>Youth programme events in LiteDB.</summary>
public sealed class YouthEventStore : IYouthEventStore
{
    private readonly ILiteCollection<YouthEvent> _events;

    /// <summary>Opens the collection and its index.</summary>
    public YouthEventStore(BotDatabase database)
    {
        _events = database.Collection<YouthEvent>("youth_events");
        _events.EnsureIndex(e => e.StartUtc);
    }

    /// <inheritdoc />
    public YouthEvent? Get(long id) => _events.FindById(id);

    /// <inheritdoc />
    public void Insert(YouthEvent youthEvent) => _events.Insert(youthEvent);

    /// <inheritdoc />
    public void Update(YouthEvent youthEvent) => _events.Update(youthEvent);

    /// <inheritdoc />
    public IReadOnlyList<YouthEvent> StartingBetween(DateTime fromUtc, DateTime toUtc) =>
        [.. _events.Find(e => e.StartUtc >= fromUtc && e.StartUtc < toUtc)];
}
