namespace Senate.Bot.Storage;

/// <summary>The last update handled in a chat: a redelivered update (getUpdates is at-least-once) is recognised by it.</summary>
public sealed class ChatCursor
{
    /// <summary>The chat id.</summary>
    public long Id { get; set; }

    /// <summary>The highest update id handled for the chat.</summary>
    public long LastUpdateId { get; set; }
}
