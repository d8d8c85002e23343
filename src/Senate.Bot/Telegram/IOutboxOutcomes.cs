using Senate.Bot.Storage;

namespace Senate.Bot.Telegram;

/// <summary>
/// Told how a stored outbox entry ended, inside the unit of work that removes it from the outbox: what it records
/// commits exactly when the entry is gone, so after a crash an entry is either still owed or has its result.
/// </summary>
public interface IOutboxOutcomes
{
    /// <summary>Records the end of <paramref name="message"/>; runs on the database writer, inside its unit of work.</summary>
    void Finished(OutboxMessage message, SendOutcome outcome, int? messageId);
}
