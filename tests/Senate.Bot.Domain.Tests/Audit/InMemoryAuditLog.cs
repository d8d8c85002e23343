using Senate.Bot.Domain.Audit;

namespace Senate.Bot.Domain.Tests.Audit;

/// <summary>The audit log in memory: appended to, never changed.</summary>
internal sealed class InMemoryAuditLog : IAuditLog
{
    private readonly List<AuditEntry> _entries = [];

    public IReadOnlyList<AuditEntry> All => _entries;

    public void Append(AuditEntry entry)
    {
        entry.Id = _entries.Count + 1;
        _entries.Add(entry);
    }

    public IReadOnlyList<AuditEntry> Find(AuditFilter filter, int skip, int take) =>
        [.. _entries.Where(filter.Matches).OrderByDescending(e => e.Id).Skip(skip).Take(take)];

    public int Count(AuditFilter filter) => _entries.Count(filter.Matches);
}
