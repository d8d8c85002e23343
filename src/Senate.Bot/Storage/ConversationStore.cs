using LiteDB;
using Senate.Bot.Domain.Conversations;

namespace Senate.Bot.Storage;

/// <summary>Each chat's conversation record; idle chats have none.</summary>
public sealed class ConversationStore(BotDatabase database, DatabaseWriter? writer = null)
{
    private readonly ILiteCollection<ConversationRecord> _records = database.Collection<ConversationRecord>("conversations");
    private readonly RecentCache<long, ConversationRecord> _recent = new(writer);
    private readonly StoredIds<ConversationRecord> _ids = new(database.Collection<ConversationRecord>("conversations"), writer);

    /// <summary>The chat's record, or a new idle one, to change and save in the current unit of work.</summary>
    public ConversationRecord Load(long chatId) =>
        (_recent.TryTake(chatId, out var record) ? record : _ids.MayExist(chatId) ? _records.FindById(chatId) : null) ?? new ConversationRecord { Id = chatId };

    /// <summary>Saves an active record; deletes one that has become idle (<paramref name="wasActive"/>: as loaded).</summary>
    public void Save(ConversationRecord record, bool wasActive)
    {
        if (record.IsActive)
        {
            if (_ids.IsNew(record.Id))
            {
                _records.Insert(record);
            }
            else
            {
                _records.Upsert(record);
            }

            _ids.Saved(record.Id);
        }
        else if (wasActive)
        {
            _records.Delete(record.Id);
        }

        _recent.Saved(record.Id, record.IsActive ? record : null);
    }
}
