using LiteDB;

namespace Senate.Bot.Storage;

/// <summary>Per-chat cursors of handled updates.</summary>
public sealed class ChatCursorStore(BotDatabase database)
{
    private readonly ILiteCollection<ChatCursor> _cursors = database.Collection<ChatCursor>("cursors");

    /// <summary>The chat's cursor, or a new one.</summary>
    public ChatCursor Get(long chatId) => _cursors.FindById(chatId) ?? new ChatCursor { Id = chatId };

    /// <summary>True if the update was handled already.</summary>
    public bool IsHandled(long chatId, long updateId) => updateId <= Get(chatId).LastUpdateId;

    /// <summary>Saves the cursor, in the current transaction.</summary>
    public void Save(ChatCursor cursor) => _cursors.Upsert(cursor);
}
