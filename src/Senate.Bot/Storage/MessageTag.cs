namespace Senate.Bot.Storage;

/// <summary>A sent message remembered by name, e.g. the staff-chat post of a concern.</summary>
public sealed class MessageTag
{
    /// <summary>The tag, e.g. <c>concern:42</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The chat the message is in.</summary>
    public long ChatId { get; set; }

    /// <summary>The message id.</summary>
    public int MessageId { get; set; }

    /// <summary><c>chatId:messageId</c>, for finding the tag of a message a staff member replied to.</summary>
    public string Location { get; set; } = string.Empty;
}
