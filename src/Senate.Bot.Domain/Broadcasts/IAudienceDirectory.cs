using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>
/// What the bot knows about people that an audience is made of, read inside the host's current transaction. The rule
/// that turns it into an audience is the domain's (<see cref="AudienceResolver"/>).
/// </summary>
public interface IAudienceDirectory
{
    /// <summary>
    /// Everyone the bot may write to, by id: people with a user record (so not those who erased their data) who have not
    /// blocked the bot and are not banned, with the language they read.
    /// </summary>
    IEnumerable<Person> Reachable();

    /// <summary>The regions people gave the bot: each concern they filed (while it is still linked to them) and each registration they made.</summary>
    IEnumerable<RegionMention> RegionMentions();

    /// <summary>The registrations (any status) for the events of a programme, or for one event.</summary>
    IEnumerable<Registration> Registrations(string? programmeId, long? eventId);
}

/// <summary>A person the bot may write to.</summary>
/// <param name="UserId">Their Telegram user id (their private chat).</param>
/// <param name="Language">The language they read.</param>
public sealed record Person(long UserId, Language Language);

/// <summary>A region a person gave, and when.</summary>
/// <param name="UserId">The person.</param>
/// <param name="RegionId">The region's id.</param>
/// <param name="AtUtc">When they gave it (the concern filed, the registration made).</param>
public sealed record RegionMention(long UserId, string RegionId, DateTime AtUtc);
