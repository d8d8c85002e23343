using LiteDB;

namespace Senate.Bot.Storage;

/// <summary>Per-chat cursors of handled updates.</summary>
public sealed class ChatCursorStore(BotDatabase database)
{
    private readonly ILiteCollection<ChatCursor> _cursors = database.Collection<ChatCursor>("cursors");

    /// <summary>True if the update was handled already.</summary>
    public bool IsHandled(long chatId, long updateId) => _cursors.FindById(chatId) is { } cursor && updateId <= cursor.LastUpdateId;

    /// <summary>Records the update as handled, in the current transaction.</summary>
    public void MarkHandled(long chatId, long updateId) => _cursors.Upsert(new ChatCursor { Id = chatId, LastUpdateId = updateId });
}
