using Senate.Bot.Domain.Conversations;

namespace Senate.Bot.Domain.Privacy;

/// <summary>
/// A part of what the bot stores about a person, and how it is shown and erased: the extension point of
/// <c>/mydata</c>, <c>/forget</c> and consent withdrawal. Each feature that keeps personal data adds one (the host
/// registers it as a service): profile, consents, concerns, registrations, and the digests' subscriptions.
/// Every method runs inside the turn's transaction.
/// </summary>
public interface IPersonalData
{
    /// <summary>The name of the part in the <c>/mydata</c> file and the erasure record (<c>concerns</c>, <c>subscriptions</c>).</summary>
    string Section { get; }

    /// <summary>Everything stored about the turn's user, as plain values System.Text.Json writes readably; null when nothing.</summary>
    object? Export(Turn turn);

    /// <summary>
    /// The names and phone numbers the part holds for the user, collected before anything is erased so that every
    /// part can take them out of free text (a description that quotes the author's phone).
    /// </summary>
    IEnumerable<string> Identifiers(Turn turn) => [];

    /// <summary>Erases or anonymises the user's data; returns how many items it touched (for the erasure record).</summary>
    int Erase(Turn turn, Redactor redactor);

    /// <summary>Withdraws a consent of this part's scope; false when the scope is not this part's.</summary>
    bool Withdraw(Turn turn, ConsentRecord consent) => false;
}
