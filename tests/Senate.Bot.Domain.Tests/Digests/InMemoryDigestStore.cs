using System.Text.Json;
using Senate.Bot.Domain.Digests;

namespace Senate.Bot.Domain.Tests.Digests;

/// <summary>A working in-memory store keeping JSON copies, as a database does: a change is kept only by <see cref="Update"/>.</summary>
internal sealed class InMemoryDigestStore : IDigestStore
{
    private readonly SortedDictionary<long, string> _rows = [];
    private long _lastId;

    public IReadOnlyList<Digest> All => [.. _rows.Values.Select(Read)];

    public int Writes { get; private set; }

    /// <summary>How many times a digest was read by id.</summary>
    public int Reads { get; private set; }

    public Digest? Get(long id)
    {
        Reads++;
        return _rows.TryGetValue(id, out var row) ? Read(row) : null;
    }

    public Digest? GetBySeedKey(string seedKey) => All.FirstOrDefault(d => d.SeedKey == seedKey);

    public void Insert(Digest digest)
    {
        digest.Id = ++_lastId;
        _rows[digest.Id] = JsonSerializer.Serialize(digest);
        Writes++;
    }

    public void Update(Digest digest)
    {
        if (!_rows.ContainsKey(digest.Id))
        {
            throw new InvalidOperationException($"Digest {digest.Id} does not exist.");
        }

        _rows[digest.Id] = JsonSerializer.Serialize(digest);
        Writes++;
    }

    public DigestPage Find(DigestFilter filter, int skip, int take)
    {
        var matching = All.Where(filter.Matches).OrderByDescending(d => (d.Content.MeetingDate, d.Id)).Skip(skip).ToList();
        return new DigestPage([.. matching.Take(take)], matching.Count > take);
    }

    public IReadOnlyList<Digest> DueForPublishing(DateTime nowUtc) =>
        [.. All.Where(d => d.Status == DigestStatus.Scheduled && d.ScheduledUtc <= nowUtc).OrderBy(d => d.ScheduledUtc)];

    public IReadOnlyList<Digest> PendingDelivery() =>
        [.. All.Where(d => d.Status == DigestStatus.Published && d.Delivery == DigestDelivery.Pending).OrderBy(d => d.PublishedUtc)];

    public IReadOnlyList<Digest> PublishedBetween(DateTime fromUtc, DateTime toUtc) =>
        [.. All.Where(d => d.Status == DigestStatus.Published && d.Delivery != DigestDelivery.Never && d.PublishedUtc >= fromUtc && d.PublishedUtc < toUtc).OrderBy(d => d.PublishedUtc)];

    private static Digest Read(string row) => JsonSerializer.Deserialize<Digest>(row)!;
}
