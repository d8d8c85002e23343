using LiteDB;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Storage;

namespace Senate.Bot.Digests;

/// <summary>
/// Digests in LiteDB. Lists are read through an index whose key orders a status's digests by meeting date and id
/// (<see cref="NewestKey"/>), so a page reads only the digests on it and the ones before it. Every insert and update
/// is passed on to the search index once its transaction commits, so writes must run inside a unit of work of the
/// <see cref="DatabaseWriter"/>.
/// </summary>
public sealed class DigestStore : IDigestStore
{
    /// <summary>Status, meeting date and id: the order of a list of one status is this key's, descending.</summary>
    private const string NewestKey = "$.Status + '/' + $.Content.MeetingDate + '/' + FORMAT($._id, '000000000000')";

    private readonly ILiteCollection<Digest> _digests;
    private readonly DatabaseWriter _writer;
    private readonly DigestSearch _search;

    /// <summary>Opens the collection and its indexes.</summary>
    public DigestStore(BotDatabase database, DatabaseWriter writer, DigestSearch search)
    {
        _writer = writer;
        _search = search;
        DigestBson.Register(database.Mapper);
        _digests = database.Collection<Digest>("digests");
        _digests.EnsureIndex("newest", NewestKey);
        _digests.EnsureIndex("region", "$.Content.RegionIds[*]");
        _digests.EnsureIndex(d => d.Status);
        _digests.EnsureIndex(d => d.Delivery);
        _digests.EnsureIndex(d => d.PublishedUtc);
        _digests.EnsureIndex(d => d.SeedKey);
    }

    /// <inheritdoc />
    public Digest? Get(long id) => _digests.FindById(id);

    /// <inheritdoc />
    public Digest? GetBySeedKey(string seedKey) => _digests.FindOne(d => d.SeedKey == seedKey);

    /// <inheritdoc />
    public void Insert(Digest digest)
    {
        _digests.Insert(digest);
        Reindex(digest.Id);
    }

    /// <inheritdoc />
    public void Update(Digest digest)
    {
        if (!_digests.Update(digest))
        {
            throw new InvalidOperationException($"Digest {digest.Id} does not exist.");
        }

        Reindex(digest.Id);
    }

    /// <inheritdoc />
    public DigestPage Find(DigestFilter filter, int skip, int take)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        var wanted = skip + take + 1;
        IEnumerable<Digest> matching;
        if (filter.RegionId is { } region)
        {
            // A region has a small share of the archive: read it by the region index and sort it here.
            matching = _digests.Find(d => d.Content.RegionIds.Contains(region)).Where(filter.Matches).OrderByDescending(d => (d.Content.MeetingDate, d.Id));
        }
        else
        {
            // Each status's newest first straight from the index, merged.
            var statuses = filter.Statuses is { Count: > 0 } some ? some.Distinct() : Enum.GetValues<DigestStatus>();
            matching = statuses.SelectMany(status => Newest(status, wanted)).OrderByDescending(d => (d.Content.MeetingDate, d.Id));
        }

        var page = matching.Skip(skip).Take(take + 1).ToList();
        return new DigestPage(page.Take(take).ToList(), page.Count > take);
    }

    /// <inheritdoc />
    public IReadOnlyList<Digest> DueForPublishing(DateTime nowUtc) =>
        [.. _digests.Find(d => d.Status == DigestStatus.Scheduled).Where(d => d.ScheduledUtc <= nowUtc).OrderBy(d => d.ScheduledUtc).ThenBy(d => d.Id)];

    /// <inheritdoc />
    public IReadOnlyList<Digest> PendingDelivery() =>
        [.. _digests.Find(d => d.Delivery == DigestDelivery.Pending).Where(d => d.Status == DigestStatus.Published).OrderBy(d => d.PublishedUtc).ThenBy(d => d.Id)];

    /// <inheritdoc />
    public IReadOnlyList<Digest> PublishedBetween(DateTime fromUtc, DateTime toUtc) =>
        [.. _digests.Find(d => d.PublishedUtc >= fromUtc && d.PublishedUtc < toUtc)
            .Where(d => d.Status == DigestStatus.Published && d.Delivery != DigestDelivery.Never)
            .OrderBy(d => d.PublishedUtc)
            .ThenBy(d => d.Id)];

    /// <summary>Every published digest, newest first (what the search index is built from).</summary>
    public IEnumerable<Digest> Published() => Newest(DigestStatus.Published, int.MaxValue);

    private IEnumerable<Digest> Newest(DigestStatus status, int limit) =>
        _digests.Query()
            .Where(NewestKey + " BETWEEN @0 AND @1", $"{status}/0000-00-00/000000000000", $"{status}/9999-99-99/999999999999")
            .OrderByDescending(BsonExpression.Create(NewestKey))
            .Limit(limit)
            .ToEnumerable();

    private void Reindex(long id) => _writer.AfterCommit(() =>
    {
        if (Get(id) is { } committed)
        {
            _search.Index(committed);
        }
    });
}
