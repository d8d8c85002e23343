namespace Senate.Bot.Domain.Broadcasts;

/// <summary>Storage of broadcasts. Synchronous and bound to the host's current transaction like every store.</summary>
public interface IBroadcastStore
{
    /// <summary>The broadcast with an id, or null.</summary>
    Broadcast? Get(long id);

    /// <summary>Stores a new broadcast and sets its <see cref="Broadcast.Id"/> to a new positive id.</summary>
    void Insert(Broadcast broadcast);

    /// <summary>Saves a changed broadcast.</summary>
    void Update(Broadcast broadcast);

    /// <summary>A page of broadcasts, newest first.</summary>
    IReadOnlyList<Broadcast> Newest(int skip, int take);

    /// <summary>How many broadcasts there are.</summary>
    int Count();
}
