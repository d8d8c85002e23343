using System.Text.Json;
using Senate.Bot.Domain.Concerns;

namespace Senate.Bot.Domain.Tests.Concerns;

/// <summary>
/// A working in-memory store. It keeps copies, as a database does: a change to a concern the domain got from it
/// is kept only when the domain calls <see cref="Update"/>, so a forgotten update fails the tests.
/// </summary>
internal sealed class InMemoryConcernStore : IConcernStore
{
    private readonly Dictionary<long, string> _rows = [];
    private readonly Dictionary<int, int> _counters = [];
    private long _lastId;

    public int Updates { get; private set; }

    public IReadOnlyList<Concern> All => [.. _rows.Values.Select(Read)];

    public Concern? Get(long id) => _rows.TryGetValue(id, out var row) ? Read(row) : null;

    public Concern? GetByNumber(string number) =>
        All.FirstOrDefault(c => string.Equals(c.Number, number.Trim(), StringComparison.OrdinalIgnoreCase));

    public void Insert(Concern concern)
    {
        if (concern.Id != 0)
        {
            throw new InvalidOperationException("A new concern must not have an id.");
        }

        if (concern.Number.Length == 0 || All.Any(c => c.Number == concern.Number))
        {
            throw new InvalidOperationException($"The number '{concern.Number}' is empty or taken.");
        }

        concern.Id = ++_lastId;
        _rows[concern.Id] = Write(concern);
    }

    public void Update(Concern concern)
    {
        if (!_rows.ContainsKey(concern.Id))
        {
            throw new InvalidOperationException($"Concern {concern.Id} does not exist.");
        }

        _rows[concern.Id] = Write(concern);
        Updates++;
    }

    public int NextNumber(int year)
    {
        var next = _counters.GetValueOrDefault(year) + 1;
        _counters[year] = next;
        return next;
    }

    public IReadOnlyList<Concern> ByAuthor(long authorId) => [.. All.Where(c => c.AuthorId == authorId)];

    public IReadOnlyList<Concern> Find(ConcernFilter filter) => [.. All.Where(filter.Matches)];

    /// <summary>Puts a concern in as it is (for arranging a test), assigning an id and a number if missing.</summary>
    public Concern Seed(Concern concern)
    {
        if (concern.Number.Length == 0)
        {
            concern.Number = $"SB-{concern.RegisteredUtc.Year}-{NextNumber(concern.RegisteredUtc.Year):D6}";
        }

        Insert(concern);
        return concern;
    }

    private static string Write(Concern concern) => JsonSerializer.Serialize(concern);

    private static Concern Read(string row) => JsonSerializer.Deserialize<Concern>(row)!;
}
