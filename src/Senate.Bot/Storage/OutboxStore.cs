using LiteDB;

namespace Senate.Bot.Storage;

/// <summary>The outbox of Telegram calls not yet made.</summary>
public sealed class OutboxStore
{
    private readonly ILiteCollection<OutboxMessage> _messages;

    /// <summary>Opens the collection and its index.</summary>
    public OutboxStore(BotDatabase database)
    {
        _messages = database.Collection<OutboxMessage>("outbox");
        _messages.EnsureIndex(m => m.ChatId);
    }

    /// <summary>Queues a call (in the current transaction); the id is assigned.</summary>
    public void Add(OutboxMessage message) => _messages.Insert(message);

    /// <summary>Removes a call once made.</summary>
    public void Remove(long id) => _messages.Delete(id);

    /// <summary>Everything still owed, in order (read at start-up).</summary>
    public IReadOnlyList<OutboxMessage> Pending() => [.. _messages.Query().OrderBy(m => m.Id).ToEnumerable()];
}
