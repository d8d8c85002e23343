using LiteDB;
using Senate.Bot.Domain.Conversations;

namespace Senate.Bot.Storage;

/// <summary>Each chat's conversation record; idle chats have none.</summary>
public sealed class ConversationStore(BotDatabase database)
{
    private readonly ILiteCollection<ConversationRecord> _records = database.Collection<ConversationRecord>("conversations");

    /// <summary>The chat's record, or a new idle one.</summary>
    public ConversationRecord Load(long chatId) => _records.FindById(chatId) ?? new ConversationRecord { Id = chatId };

    /// <summary>Saves an active record; deletes one that has become idle (<paramref name="wasActive"/>: as loaded).</summary>
    public void Save(ConversationRecord record, bool wasActive)
    {
        if (record.IsActive)
        {
            _records.Upsert(record);
        }
        else if (wasActive)
        {
            _records.Delete(record.Id);
        }
    }
}
