namespace Senate.Bot.Domain.Privacy;

/// <summary>Recorded consents. New ones come from <see cref="Conversations.Turn.RecordConsent"/>; synchronous, inside the host's transaction.</summary>
public interface IConsentStore
{
    /// <summary>Adds a consent and assigns its id.</summary>
    void Add(ConsentRecord consent);

    /// <summary>A person's consents, oldest first.</summary>
    IReadOnlyList<ConsentRecord> ByUser(long userId);

    /// <summary>Saves a changed consent (a withdrawal).</summary>
    void Update(ConsentRecord consent);

    /// <summary>Deletes a person's consents; returns how many there were.</summary>
    int DeleteByUser(long userId);
}
