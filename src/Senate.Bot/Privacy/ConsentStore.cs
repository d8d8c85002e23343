using LiteDB;
using Senate.Bot.Domain.Privacy;
using Senate.Bot.Storage;

namespace Senate.Bot.Privacy;

/// <summary>Recorded consents in LiteDB, by person.</summary>
public sealed class ConsentStore : IConsentStore
{
    private readonly ILiteCollection<ConsentRecord> _consents;

    /// <summary>Opens the collection and its index.</summary>
    public ConsentStore(BotDatabase database)
    {
        _consents = database.Collection<ConsentRecord>("consents");
        _consents.EnsureIndex(c => c.UserId);
    }

    /// <inheritdoc />
    public void Add(ConsentRecord consent) => _consents.Insert(consent);

    /// <inheritdoc />
    public IReadOnlyList<ConsentRecord> ByUser(long userId) => [.. _consents.Find(c => c.UserId == userId).OrderBy(c => c.Id)];

    /// <inheritdoc />
    public void Update(ConsentRecord consent) => _consents.Update(consent);

    /// <inheritdoc />
    public int DeleteByUser(long userId) => _consents.DeleteMany(c => c.UserId == userId);
}
