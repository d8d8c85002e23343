using LiteDB;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Storage;

namespace Senate.Bot.Staff;

/// <summary>
/// The audit log in LiteDB: appended in the unit of work of the action it records, read newest first. It has no
/// update and no delete: nothing in the bot can change an entry.
/// </summary>
public sealed class AuditStore : IAuditLog
{
    private readonly ILiteCollection<AuditEntry> _entries;

    /// <summary>Opens the collection and its indexes.</summary>
    public AuditStore(BotDatabase database)
    {
        _entries = database.Collection<AuditEntry>("audit");
        _entries.EnsureIndex(e => e.AtUtc);
        _entries.EnsureIndex(e => e.ActorId);
    }

    /// <inheritdoc />
    public void Append(AuditEntry entry) => _entries.Insert(entry);

    /// <inheritdoc />
    public IReadOnlyList<AuditEntry> Find(AuditFilter filter, int skip, int take) =>
        [.. Query(filter).OrderByDescending(e => e.Id).Skip(skip).Take(take)];

    /// <inheritdoc />
    public int Count(AuditFilter filter) => Query(filter).Count();

    private IEnumerable<AuditEntry> Query(AuditFilter filter)
    {
        // Narrow by an index, then apply the filter's own meaning.
        IEnumerable<AuditEntry> candidates = filter switch
        {
            { ActorId: { } actor } => _entries.Find(e => e.ActorId == actor),
            { FromUtc: { } from } => _entries.Find(e => e.AtUtc >= from),
            _ => _entries.FindAll(),
        };
        return candidates.Where(filter.Matches);
    }
}
