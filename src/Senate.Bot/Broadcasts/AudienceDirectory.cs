using LiteDB;
using Senate.Bot.Domain.Broadcasts;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Youth;
using Senate.Bot.Storage;

namespace Senate.Bot.Broadcasts;

/// <summary>
/// What audiences are made of, read from the users', concerns' and youth collections. People are read as raw documents
/// and only the fields an audience needs are looked at: "everyone" over 100,000 users is one pass over the collection.
/// </summary>
public sealed class AudienceDirectory(BotDatabase database) : IAudienceDirectory
{
    private readonly ILiteCollection<BsonDocument> _users = database.Database.GetCollection("users");
    private readonly ILiteCollection<BsonDocument> _concerns = database.Database.GetCollection("concerns");
    private readonly ILiteCollection<YouthEvent> _events = database.Collection<YouthEvent>("youth_events");
    private readonly ILiteCollection<Registration> _registrations = database.Collection<Registration>("youth_registrations");

    /// <inheritdoc />
    public IEnumerable<Person> Reachable() =>
        _users.FindAll()
            .Where(u => u["BlockedBotUtc"].IsNull && !(u["Banned"].IsBoolean && u["Banned"].AsBoolean))
            .Select(u => new Person(u["_id"].AsInt64, Enum.TryParse<Language>(u["Language"].AsString, out var language) ? language : Language.Ru));

    /// <inheritdoc />
    public IEnumerable<RegionMention> RegionMentions() =>
        _concerns.Find(Query.Not("AuthorId", BsonValue.Null))
            .Where(c => c["AuthorId"].IsNumber)
            .Select(c => new RegionMention(c["AuthorId"].AsInt64, c["RegionId"].AsString, c["RegisteredUtc"].AsDateTime))
            .Concat(_registrations.FindAll().Where(r => r.UserId != 0 && r.RegionId.Length > 0).Select(r => new RegionMention(r.UserId, r.RegionId, r.RegisteredUtc)));

    /// <inheritdoc />
    public IEnumerable<Registration> Registrations(string? programmeId, long? eventId)
    {
        var events = eventId is { } one ? [one] : _events.Find(e => e.ProgrammeId == programmeId).Select(e => e.Id).ToList();
        return events.SelectMany(id => _registrations.Find(r => r.EventId == id));
    }
}
