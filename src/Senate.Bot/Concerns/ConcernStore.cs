using Senate.Bot.Storage;
using LiteDB;
using Senate.Bot.Domain.Concerns;

namespace Senate.Bot.Concerns;

/// <summary>
/// Citizens' concerns in LiteDB, with a receipt counter per year. A concern read by id is kept as its document (the
/// similar concerns a citizen is shown are read at each step of the form): each <see cref="Get"/> maps a new object
/// from it, since callers change what they get and save it. The ids of an author's concerns are kept too (the daily
/// limit and the repeated-text check ask for them four times in one report).
/// </summary>
public sealed class ConcernStore : IConcernStore
{
    private readonly ILiteCollection<Concern> _concerns;
    private readonly ILiteCollection<BsonDocument> _documents;
    private readonly BsonMapper _mapper;
    private readonly RecentCache<long, BsonDocument> _recent;
    private readonly RecentCache<long, long[]> _authored;
    private readonly ILiteCollection<YearCounter> _counters;
    private readonly DatabaseWriter? _writer;
    private readonly OpenConcernIndex _open;
    private readonly TransactionState<Dictionary<int, int>> _pendingCounters = new(() => []);
    private Dictionary<int, int> _committedCounters = [];

    /// <summary>Opens the collections and their indexes.</summary>
    public ConcernStore(BotDatabase database, DatabaseWriter? writer = null)
    {
        _concerns = database.Collection<Concern>("concerns");
        _documents = database.Database.GetCollection("concerns");
        _mapper = database.Mapper;
        _recent = new RecentCache<long, BsonDocument>(writer, capacity: 2_000);
        _authored = new RecentCache<long, long[]>(writer, capacity: 2_000);
        _counters = database.Collection<YearCounter>("concern_counters");
        _writer = writer;
        _concerns.EnsureIndex(c => c.Number, unique: true);
        _concerns.EnsureIndex(c => c.AuthorId);
        _concerns.EnsureIndex(c => c.RegionId);
        _concerns.EnsureIndex(c => c.RegisteredUtc);
        _open = new OpenConcernIndex(writer, () => _concerns.Find(InStatuses(ConcernLifecycle.OpenStatuses)));
    }

    /// <inheritdoc />
    public Concern? Get(long id)
    {
        if (!_recent.TryGet(id, out var document))
        {
            document = _documents.FindById(id);
            _recent.Read(id, document);
        }

        return document is null ? null : _mapper.ToObject<Concern>(document);
    }

    /// <inheritdoc />
    public Concern? GetByNumber(string number)
    {
        // LiteDB's default collation compares strings ignoring case, as receipt numbers are meant to be read.
        var wanted = number.Trim();
        return _concerns.FindOne(c => c.Number == wanted);
    }

    /// <inheritdoc />
    public void Insert(Concern concern)
    {
        _concerns.Insert(concern);
        _recent.Changed(concern.Id);
        if (concern.AuthorId is { } author)
        {
            _authored.Changed(author);
        }

        _open.Saved(concern);
    }

    /// <inheritdoc />
    public void Update(Concern concern)
    {
        _concerns.Update(concern);
        _recent.Changed(concern.Id);
        _open.Saved(concern);
    }

    /// <inheritdoc />
    public IReadOnlyList<OpenConcern> Open(string regionId, string categoryId) =>
        _open.Open(regionId, categoryId) ?? OpenConcern.Find(this, regionId, categoryId);

    /// <inheritdoc />
    /// <remarks>
    /// On the writer thread the counters are kept in memory as committed and as changed by the transaction in
    /// progress (every receipt of a batch of units shares one transaction, so a cache that takes in a change only
    /// after its commit would read the counter again for each of them); a transaction that rolls back leaves only the
    /// committed numbers, so a receipt number it took is given again. Elsewhere (tools, tests) the database is read
    /// and the writer reads it again afterwards.
    /// </remarks>
    public int NextNumber(int year)
    {
        if (_writer is not { IsWriterThread: true } writer)
        {
            _committedCounters = [];
            return StoreNextNumber(year, Stored(year));
        }

        var pendingCounters = _pendingCounters.Current(writer);
        var last = pendingCounters.TryGetValue(year, out var pending) ? pending
            : _committedCounters.TryGetValue(year, out var committed) ? committed
            : Stored(year);
        var next = StoreNextNumber(year, last);
        pendingCounters[year] = next;
        var counters = _committedCounters;
        writer.AfterCommit(() => counters[year] = next);
        return next;
    }

    /// <summary>The last number given in a year as stored, 0 when none was.</summary>
    private int Stored(int year) => _counters.FindById(year)?.Last ?? 0;

    /// <summary>Stores the number after <paramref name="last"/> as the year's last and returns it.</summary>
    private int StoreNextNumber(int year, int last)
    {
        var counter = new YearCounter { Id = year, Last = last + 1 };
        if (last == 0)
        {
            // A year's first receipt; also what a counter never stored reads as.
            _counters.Upsert(counter);
        }
        else
        {
            _counters.Update(counter);
        }

        return counter.Last;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The ids found are kept until the author's next concern is inserted, and each concern is then read by id (its
    /// document most likely kept too). An author is never given to a concern after its insert, only taken away (an
    /// erasure), so the kept ids are all the author's, and a concern erased since is left out as it is read.
    /// </remarks>
    public IReadOnlyList<Concern> ByAuthor(long authorId)
    {
        if (_authored.TryGet(authorId, out var ids))
        {
            return [.. ids!.Select(Get).Where(c => c?.AuthorId == authorId).OfType<Concern>()];
        }

        // The same text for every author, the id a parameter: LiteDB compiles it once, where a lambda would be
        // translated again at each call (and a value written into the text compiled and kept for each author).
        var documents = _documents.Find(BsonExpression.Create("$.AuthorId = @0", new BsonValue(authorId))).ToList();
        _authored.Read(authorId, [.. documents.Select(d => d["_id"].AsInt64)]);
        foreach (var document in documents)
        {
            _recent.Read(document["_id"].AsInt64, document);
        }

        return [.. documents.Select(_mapper.ToObject<Concern>)];
    }

    /// <inheritdoc />
    public IReadOnlyList<Concern> Find(ConcernFilter filter)
    {
        // Narrow by the most selective index at hand, then apply the filter's own meaning.
        IEnumerable<Concern> candidates = filter switch
        {
            { RegionId: { } region } => _concerns.Find(InRegion(region, filter)),
            { RegisteredFromUtc: { } from, RegisteredBeforeUtc: { } before } => _concerns.Find(c => c.RegisteredUtc >= from && c.RegisteredUtc < before),
            { RegisteredFromUtc: { } from } => _concerns.Find(c => c.RegisteredUtc >= from),
            _ => _concerns.FindAll(),
        };
        return [.. candidates.Where(filter.Matches)];
    }

    /// <summary>How many concerns there are in each status, and how many open ones are past their due date on <paramref name="today"/>.</summary>
    public ConcernTally Tally(DateOnly today)
    {
        var byStatus = Enum.GetValues<ConcernStatus>().ToDictionary(s => s, _ => 0);
        var overdue = 0;
        foreach (var concern in _concerns.FindAll())
        {
            byStatus[concern.Status]++;
            if (ConcernDeadlines.IsOverdue(concern, today))
            {
                overdue++;
            }
        }

        return new ConcernTally(byStatus, overdue);
    }

    /// <summary>Concerns by status, and the open ones past their due date.</summary>
    /// <param name="ByStatus">Every status with its count.</param>
    /// <param name="Overdue">Open concerns past their due date.</param>
    public sealed record ConcernTally(IReadOnlyDictionary<ConcernStatus, int> ByStatus, int Overdue);

    /// <summary>
    /// A region's concerns, narrowed in the query by category and status when the filter names them, so the
    /// documents left out are never mapped to concerns (similar concerns are looked up while a citizen types).
    /// </summary>
    private static BsonExpression InRegion(string region, ConcernFilter filter)
    {
        var query = Query.EQ(nameof(Concern.RegionId), region);
        if (filter.CategoryId is { } category)
        {
            query = Query.And(query, Query.EQ(nameof(Concern.CategoryId), category));
        }

        if (filter.Statuses is { } statuses)
        {
            query = Query.And(query, InStatuses(statuses));
        }

        return query;
    }

    private static BsonExpression InStatuses(IEnumerable<ConcernStatus> statuses) =>
        Query.In(nameof(Concern.Status), new BsonArray(statuses.Select(s => new BsonValue(s.ToString()))));

    /// <summary>The last receipt number given in a year.</summary>
    private sealed class YearCounter
    {
        public int Id { get; set; }

        public int Last { get; set; }
    }
}
