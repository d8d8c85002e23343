using System.Text.Json;
using Senate.Bot.Domain.Privacy;

namespace Senate.Bot.Domain.Tests.Privacy;

/// <summary>Consents and erasure records in memory, kept as copies as a database keeps them.</summary>
internal sealed class InMemoryPrivacyStores : IConsentStore, IErasureLog
{
    private readonly Dictionary<long, string> _consents = [];
    private readonly List<ErasureRecord> _erasures = [];

    public IReadOnlyList<ConsentRecord> AllConsents => [.. _consents.Keys.Order().Select(Read)];

    public IReadOnlyList<ErasureRecord> AllErasures => _erasures;

    public void Add(ConsentRecord consent)
    {
        consent.Id = _consents.Count == 0 ? 1 : _consents.Keys.Max() + 1;
        _consents[consent.Id] = JsonSerializer.Serialize(consent);
    }

    public IReadOnlyList<ConsentRecord> ByUser(long userId) => [.. AllConsents.Where(c => c.UserId == userId)];

    public void Update(ConsentRecord consent) => _consents[consent.Id] = JsonSerializer.Serialize(consent);

    public int DeleteByUser(long userId)
    {
        var ids = AllConsents.Where(c => c.UserId == userId).Select(c => c.Id).ToList();
        ids.ForEach(id => _consents.Remove(id));
        return ids.Count;
    }

    public void Add(ErasureRecord record)
    {
        record.Id = _erasures.Count + 1;
        _erasures.Add(record);
    }

    IReadOnlyList<ErasureRecord> IErasureLog.ByUser(long userId) => [.. _erasures.Where(e => e.UserId == userId)];

    private ConsentRecord Read(long id) => JsonSerializer.Deserialize<ConsentRecord>(_consents[id])!;
}
