namespace Senate.Bot.Staff;

/// <summary>A forum topic the bot created in a chat, remembered by its key (e.g. a region's topic of the staff chat).</summary>
public sealed class ForumTopic
{
    /// <summary><c>chatId:key</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The topic's message_thread_id.</summary>
    public int ThreadId { get; set; }
}
