using System.Globalization;
using System.Runtime.CompilerServices;
using LiteDB;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Digests;

/// <summary>
/// How digests and subscriptions are stored: <see cref="DateOnly"/> as an ISO date string (so it sorts and ranges
/// in an index), <see cref="FormattedText"/> as its text and spans, the subscriber's user id as the document id,
/// and computed properties left out. Registered once per mapper, by the first store that opens.
/// </summary>
internal static class DigestBson
{
    private const string DateFormat = "yyyy-MM-dd";
    private static readonly ConditionalWeakTable<BsonMapper, object> Registered = new();

    /// <summary>Configures <paramref name="mapper"/> for digests, once.</summary>
    public static void Register(BsonMapper mapper)
    {
        lock (Registered)
        {
            if (!Registered.TryAdd(mapper, mapper))
            {
                return;
            }
        }

        mapper.RegisterType(
            serialize: date => new BsonValue(date.ToString(DateFormat, CultureInfo.InvariantCulture)),
            deserialize: bson => DateOnly.ParseExact(bson.AsString, DateFormat, CultureInfo.InvariantCulture));
        mapper.RegisterType(serialize: Serialize, deserialize: Deserialize);
        mapper.Entity<DigestContent>().Ignore(c => c.IsNational);
        mapper.Entity<DigestSubscription>().Id(s => s.UserId, autoId: false).Ignore(s => s.IsActive);
    }

    private static BsonValue Serialize(FormattedText text) => new BsonDocument
    {
        ["Text"] = text.Text,
        ["Spans"] = new BsonArray(text.Spans.Select(span =>
        {
            var document = new BsonDocument
            {
                ["Kind"] = span.Kind.ToString(),
                ["Offset"] = span.Offset,
                ["Length"] = span.Length,
            };
            if (span.Url is not null)
            {
                document["Url"] = span.Url;
            }

            if (span.Language is not null)
            {
                document["Language"] = span.Language;
            }

            return document;
        })),
    };

    private static FormattedText Deserialize(BsonValue bson) => new(
        bson["Text"].AsString,
        [.. bson["Spans"].AsArray.Select(span => new TextSpan(
            Enum.Parse<SpanKind>(span["Kind"].AsString),
            span["Offset"].AsInt32,
            span["Length"].AsInt32,
            span["Url"].IsNull ? null : span["Url"].AsString,
            span["Language"].IsNull ? null : span["Language"].AsString))]);
}
