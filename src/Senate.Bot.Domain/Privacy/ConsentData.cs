using Senate.Bot.Domain.Conversations;

namespace Senate.Bot.Domain.Privacy;

/// <summary>The recorded consents: what was agreed to, when, for what, and whether it was withdrawn. Erased whole.</summary>
internal sealed class ConsentData(IConsentStore consents) : IPersonalData
{
    public string Section => "consents";

    public object? Export(Turn turn)
    {
        var all = consents.ByUser(turn.User.Id);
        return all.Count == 0
            ? null
            : all.Select(c => new { c.Scope, c.Subject, c.Version, Given = c.GivenUtc, c.Covers, Withdrawn = c.WithdrawnUtc }).ToList();
    }

    public int Erase(Turn turn, Redactor redactor) => consents.DeleteByUser(turn.User.Id);
}
