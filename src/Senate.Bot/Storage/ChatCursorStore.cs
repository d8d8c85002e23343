using LiteDB;

namespace Senate.Bot.Storage;

/// <summary>Per-chat cursors of handled updates, which recognise a redelivered update (getUpdates is at-least-once).</summary>
public sealed class ChatCursorStore(BotDatabase database, DatabaseWriter? writer = null)
{
    /// <summary>
    /// How long after handling an update a lower or equal id can still be its redelivery. Telegram keeps updates
    /// about 24 hours and restarts ids only after a week without any: anything between is safe.
    /// </summary>
    public static readonly TimeSpan RedeliveryWindow = TimeSpan.FromDays(3);

    private readonly ILiteCollection<ChatCursor> _cursors = database.Collection<ChatCursor>("cursors");
    private readonly RecentCache<long, ChatCursor> _recent = new(writer);
    private readonly StoredIds<ChatCursor> _ids = new(database.Collection<ChatCursor>("cursors"), writer);

    /// <summary>The chat's cursor, or a new one, to change and save in the current unit of work.</summary>
    public ChatCursor Get(long chatId) =>
        (_recent.TryTake(chatId, out var cursor) ? cursor : _ids.MayExist(chatId) ? _cursors.FindById(chatId) : null) ?? new ChatCursor { Id = chatId };

    /// <summary>The highest update id handled in any chat, 0 when none was (a scan: for start-up tools, not for updates).</summary>
    public long LastHandledUpdateId() => _cursors.FindAll().Select(c => c.LastUpdateId).DefaultIfEmpty().Max();

    /// <summary>True if <paramref name="updateId"/> was handled in the chat already (a redelivery).</summary>
    public static bool IsHandled(ChatCursor cursor, long updateId, DateTime nowUtc) =>
        updateId <= cursor.LastUpdateId && nowUtc - cursor.HandledUtc < RedeliveryWindow;

    /// <summary>Moves the cursor to a handled update and saves it, in the current transaction.</summary>
    public void Advance(ChatCursor cursor, long updateId, DateTime nowUtc)
    {
        cursor.LastUpdateId = updateId;
        cursor.HandledUtc = nowUtc;
        Save(cursor);
    }

    /// <summary>Saves the cursor, in the current transaction.</summary>
    public void Save(ChatCursor cursor)
    {
        if (_ids.IsNew(cursor.Id))
        {
            _cursors.Insert(cursor);
        }
        else
        {
            _cursors.Upsert(cursor);
        }

        _ids.Saved(cursor.Id);
        _recent.Saved(cursor.Id, cursor);
    }
}
