using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Privacy;

namespace Senate.Bot.Staff;

/// <summary>
/// Keeps what a turn leaves for the host beside its replies, in the same unit of work as the turn's other changes: the
/// audit entries of its staff actions, the consents given, and the deletion of a user who erased their data. An
/// update that fails is rolled back with all of it, so an entry exists exactly when its action does.
/// </summary>
public sealed class TurnRecords(IAuditLog audit, IConsentStore consents, UserDirectory users)
{
    /// <summary>Writes the turn's records; call after the turn's user has been saved.</summary>
    public void Keep(Turn turn)
    {
        foreach (var entry in turn.AuditEntries)
        {
            audit.Append(entry);
        }

        foreach (var consent in turn.ConsentsGiven)
        {
            consents.Add(consent);
        }

        if (turn.UserErased)
        {
            users.Delete(turn.User.Id);
        }
    }
}
