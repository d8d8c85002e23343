using Telegram.Bot.Types.Enums;

namespace Senate.Bot.LocalBotApi;

/// <summary>A chat the fake server knows, with its messages in order. Guarded by <see cref="LocalWorld"/>'s lock.</summary>
internal sealed class LocalChat(long id, ChatType type, string title)
{
    public long Id { get; } = id;

    public ChatType Type { get; } = type;

    /// <summary>The group's title, or the user's first name for a private chat.</summary>
    public string Title { get; set; } = title;

    /// <summary>Messages by id − 1 (ids are dense within a chat).</summary>
    public List<MessageSlot> Messages { get; } = [];

    public bool IsPrivate => Type == ChatType.Private;

    /// <summary>Completed (and replaced) at each change in this chat, so a participant waits for its own chat only.</summary>
    public TaskCompletionSource Changed { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The world's sequence number at the chat's last change.</summary>
    public long LastChange { get; set; }
}
