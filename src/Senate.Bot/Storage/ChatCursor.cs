namespace Senate.Bot.Storage;

/// <summary>The last update handled in a chat: a redelivered update (getUpdates is at-least-once) is recognised by it.</summary>
public sealed class ChatCursor
{
    /// <summary>The chat id.</summary>
    public long Id { get; set; }

    /// <summary>The id of the last update handled for the chat.</summary>
    public long LastUpdateId { get; set; }

    /// <summary>
    /// When that update was handled. Telegram keeps an update for about a day, so only an update with a lower id
    /// that comes within days of it can be a redelivery; one that comes later means Telegram restarted its ids
    /// (it does after a week without updates) and is new.
    /// </summary>
    public DateTime HandledUtc { get; set; }

    /// <summary>
    /// True while a reply keyboard (contact or location button) may be showing in the chat, so a later message
    /// removes it; false spares every other message the extra call that removal costs.
    /// </summary>
    public bool KeyboardShown { get; set; }
}
