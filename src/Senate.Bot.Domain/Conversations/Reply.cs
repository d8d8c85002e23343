using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Conversations;

/// <summary>
/// A message the bot will send, described without Telegram: the text, buttons, and where it goes.
/// The host renders it in the recipient's language and sends it through its rate-limited outbound path.
/// </summary>
public sealed record Reply
{
    /// <summary>The text (or the caption, with an attachment).</summary>
    public required Text Text { get; init; }

    /// <summary>Inline buttons, row by row.</summary>
    public IReadOnlyList<IReadOnlyList<Button>> Buttons { get; init; } = [];

    /// <summary>A reply keyboard (for Telegram's contact and location request buttons); null leaves the current one.</summary>
    public Keyboard? Keyboard { get; init; }

    /// <summary>Removes the reply keyboard.</summary>
    public bool RemoveKeyboard { get; init; }

    /// <summary>The chat it goes to; null means the chat the input came from.</summary>
    public long? ChatId { get; init; }

    /// <summary>
    /// The language to render it in when it goes to another chat (a group, another user); null means the
    /// recipient's own language, or the sender's for the current chat.
    /// </summary>
    public Language? Language { get; init; }

    /// <summary>When set, the message the pressed button was on is edited instead of a new one sent.</summary>
    public bool EditPressedMessage { get; init; }

    /// <summary>
    /// With <see cref="EditPressedMessage"/>: only the pressed message's buttons change; its text (or photo and caption)
    /// stays as it is, and <see cref="Text"/> is not sent.
    /// </summary>
    public bool ButtonsOnly { get; init; }

    /// <summary>Edits a known message of <see cref="ChatId"/> instead of sending a new one.</summary>
    public int? EditMessageId { get; init; }

    /// <summary>
    /// Edits the message sent earlier under this <see cref="Tag"/> (e.g. a staff-chat post showing a concern's
    /// status) instead of sending a new one; if that message is unknown, a new one is sent.
    /// </summary>
    public string? EditTag { get; init; }

    /// <summary>A photo or file to send with the text as its caption.</summary>
    public Attachment? Attachment { get; init; }

    /// <summary>Photos (Telegram file ids) to send as an album before the text.</summary>
    public IReadOnlyList<string> Album { get; init; } = [];

    /// <summary>
    /// Photos, videos or documents (2 to 10, by Telegram file id) sent as one album with <see cref="Text"/> as the first
    /// one's caption; nothing else is sent (an announcement that is an album).
    /// </summary>
    public IReadOnlyList<Attachment> MediaGroup { get; init; } = [];

    /// <summary>Pins the sent message (an album's first) in the chat, without a notification.</summary>
    public bool Pin { get; init; }

    /// <summary>Deletes these messages of <see cref="ChatId"/> instead of sending anything (a broadcast recalled).</summary>
    public IReadOnlyList<int> DeleteMessageIds { get; init; } = [];

    /// <summary>A location to send after the text.</summary>
    public (double Latitude, double Longitude)? Location { get; init; }

    /// <summary>
    /// A name under which the host remembers the id of the sent message (e.g. <c>concern:42</c>), so a later
    /// reply can edit it or a group reply to it can be traced back.
    /// </summary>
    public string? Tag { get; init; }

    /// <summary>
    /// The forum topic the message goes to in a chat that has topics (a region's topic in the staff chat); the host
    /// creates it the first time and remembers it. Ignored in a chat without topics. A reply to the chat of the input
    /// without a topic goes to the topic the input came from.
    /// </summary>
    public ChatTopic? Topic { get; init; }

    /// <summary>Sends the message as a reply to the one sent earlier under this <see cref="Tag"/> (e.g. under a concern's post).</summary>
    public string? ReplyToTag { get; init; }

    /// <summary>A reply with just a text.</summary>
    public static Reply Of(Text text) => new() { Text = text };
}

/// <summary>A forum topic by a stable key (e.g. <c>region:atyrau</c>) and the title it is created with.</summary>
/// <param name="Key">The key under which the host remembers the topic.</param>
/// <param name="Title">The title, rendered in the chat's language.</param>
public sealed record ChatTopic(string Key, Text Title);

/// <summary>An inline button: a label and the callback data the bot will receive (at most 64 bytes).</summary>
public sealed record Button(Text Label, string Data)
{
    /// <summary>A button that opens a URL instead of sending data.</summary>
    public string? Url { get; init; }
}

/// <summary>A reply keyboard: rows of keys, shown under the input field until removed.</summary>
public sealed record Keyboard(IReadOnlyList<IReadOnlyList<Key>> Rows);

/// <summary>A reply keyboard key; it may ask Telegram to send the user's phone contact or location.</summary>
public sealed record Key(Text Label, KeyRequest Request = KeyRequest.None);

/// <summary>What a reply keyboard key asks Telegram to send.</summary>
public enum KeyRequest
{
    /// <summary>The label as text.</summary>
    None,
    /// <summary>The user's own phone contact.</summary>
    Contact,
    /// <summary>The user's location.</summary>
    Location,
}

/// <summary>A file to send: a photo, a video (by Telegram file id) or a document (by file id, or bytes and a file name).</summary>
public sealed record Attachment
{
    /// <summary>Photo, video or document.</summary>
    public required AttachmentKind Kind { get; init; }

    /// <summary>An existing Telegram file id, or null when <see cref="Content"/> is given.</summary>
    public string? FileId { get; init; }

    /// <summary>The bytes to upload.</summary>
    public byte[]? Content { get; init; }

    /// <summary>
    /// Makes the bytes to upload when <see cref="Content"/> is null: a chart or an export, made by the host after the
    /// update's changes are committed, outside the database's transaction, and stored once. It works only on what
    /// the handler gave it (read in the update's own transaction), never on stores, and may run on another thread.
    /// </summary>
    public Func<byte[]>? Render { get; init; }

    /// <summary>The bytes: <see cref="Content"/>, or made now by <see cref="Render"/>.</summary>
    public byte[] Bytes() => Content ?? Render?.Invoke() ?? [];

    /// <summary>The file name shown to the user.</summary>
    public string FileName { get; init; } = "file";
}

/// <summary>How an attachment is sent.</summary>
public enum AttachmentKind
{
    /// <summary>As a photo.</summary>
    Photo,
    /// <summary>As a document (file).</summary>
    Document,
    /// <summary>As a video.</summary>
    Video,
}
