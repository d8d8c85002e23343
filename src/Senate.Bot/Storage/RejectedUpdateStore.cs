using LiteDB;

namespace Senate.Bot.Storage;

/// <summary>Updates that could not be decoded (collection <c>rejected_updates</c>), for inspection.</summary>
public sealed class RejectedUpdateStore(BotDatabase database)
{
    private readonly ILiteCollection<RejectedUpdate> _updates = database.Collection<RejectedUpdate>("rejected_updates");

    /// <summary>Keeps one, in the current transaction.</summary>
    public void Add(RejectedUpdate update) => _updates.Insert(update);

    /// <summary>Everything kept, oldest first.</summary>
    public IReadOnlyList<RejectedUpdate> All() => [.. _updates.FindAll().OrderBy(u => u.ReceivedUtc)];
}
