namespace Senate.Bot.Domain.Privacy;

/// <summary>Erasure records; synchronous, inside the host's transaction.</summary>
public interface IErasureLog
{
    /// <summary>Adds a record and assigns its id.</summary>
    void Add(ErasureRecord record);

    /// <summary>The records of a user id, oldest first.</summary>
    IReadOnlyList<ErasureRecord> ByUser(long userId);
}
