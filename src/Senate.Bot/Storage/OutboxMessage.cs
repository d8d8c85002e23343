using LiteDB;

namespace Senate.Bot.Storage;

/// <summary>
/// A Telegram call the bot owes: written in the same transaction as the change that caused it, deleted once sent
/// (in a later transaction shared with other work), so a crash between the two re-sends it instead of losing it.
/// Text is already rendered in the recipient's language. A callback answer is never written: an entry with id 0 lives
/// in memory only.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Increasing id: the sending order within a chat.</summary>
    public long Id { get; set; }

    /// <summary>The chat it goes to.</summary>
    public long ChatId { get; set; }

    /// <summary>An edit that changes only the message's buttons (its text or photo stays).</summary>
    public bool ButtonsOnly { get; set; }

    /// <summary>Which sending lane it takes: a reply to the chat's own update, or bulk under the overall budget.</summary>
    public OutboxLane Lane { get; set; }

    /// <summary>What kind of call.</summary>
    public OutboxKind Kind { get; set; }

    /// <summary>For <see cref="OutboxKind.AnswerCallback"/>: the callback query id.</summary>
    public string? CallbackQueryId { get; set; }

    /// <summary>The HTML text or caption (for a callback answer: the plain notice, may be empty).</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Inline keyboard rows.</summary>
    public List<List<OutboxButton>>? Buttons { get; set; }

    /// <summary>Reply keyboard rows.</summary>
    public List<List<OutboxKey>>? Keyboard { get; set; }

    /// <summary>Removes the reply keyboard.</summary>
    public bool RemoveKeyboard { get; set; }

    /// <summary>Edits this message instead of sending.</summary>
    public int? EditMessageId { get; set; }

    /// <summary>Edits the message remembered under this tag instead of sending.</summary>
    public string? EditTag { get; set; }

    /// <summary>A photo or document.</summary>
    public OutboxAttachment? Attachment { get; set; }

    /// <summary>Photos (file ids) sent as an album before the text.</summary>
    public List<string>? Album { get; set; }

    /// <summary>A location sent after the text.</summary>
    public double? Latitude { get; set; }

    /// <summary>A location sent after the text.</summary>
    public double? Longitude { get; set; }

    /// <summary>Remember the sent message under this tag.</summary>
    public string? Tag { get; set; }

    /// <summary>The forum topic (message_thread_id) it goes to; for a reply, the topic of the update it answers.</summary>
    public int? ThreadId { get; set; }

    /// <summary>The key of the forum topic it goes to, created by the sender when the chat is a forum and has none yet.</summary>
    public string? Topic { get; set; }

    /// <summary>The title a missing <see cref="Topic"/> is created with.</summary>
    public string? TopicTitle { get; set; }

    /// <summary>Sent as a reply to the message remembered under this tag, if it is known.</summary>
    public string? ReplyToTag { get; set; }

    /// <summary>When it was queued.</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>
    /// For a message of a delivery (a digest's, a broadcast's): whose and which part it is. Its result is recorded in the
    /// unit of work that removes it from the outbox (see <see cref="Telegram.IOutboxOutcomes"/>).
    /// </summary>
    public OutboxDelivery? Delivery { get; set; }

    /// <summary>Sent with <c>allow_paid_broadcast</c>, under the paid broadcasts' budget instead of the free bulk one.</summary>
    public bool PaidBroadcast { get; set; }

    /// <summary>Pins the sent message (an album's first) in the chat, without a notification.</summary>
    public bool Pin { get; set; }

    /// <summary>For <see cref="OutboxKind.Delete"/>: the messages of the chat to delete.</summary>
    public List<int>? DeleteMessageIds { get; set; }

    /// <summary>Photos, videos or documents sent as one album with <see cref="Text"/> as the first one's caption; nothing else is sent.</summary>
    public List<OutboxAttachment>? Media { get; set; }

    /// <summary>Every message id the call created (an album has several); filled by the sender, never stored.</summary>
    [BsonIgnore]
    public List<int>? SentMessageIds { get; set; }

    /// <summary>Why Telegram refused it, or the last error before the retries ran out; filled by the sender, never stored.</summary>
    [BsonIgnore]
    public string? Failure { get; set; }
}

/// <summary>Which recipient of which delivery an outbox entry is for, and which of their messages.</summary>
/// <param name="Id">The delivery.</param>
/// <param name="Seq">The recipient's place in its audience.</param>
/// <param name="Part">Which of the recipient's messages (from 0).</param>
/// <param name="Parts">How many messages the recipient gets.</param>
public sealed record OutboxDelivery(long Id, int Seq, int Part, int Parts);

/// <summary>
/// The two sending lanes. Replies to a user's own update are limited only per chat and by 429s; everything else
/// (notifications to other chats, reminders, warnings, digests, broadcasts) shares the overall budget, and a 429
/// there pauses that lane only.
/// </summary>
public enum OutboxLane
{
    /// <summary>Messages to chats other than the one being answered, and background messages (the default).</summary>
    Bulk,
    /// <summary>Replies to a user's own update.</summary>
    Interactive,
}

/// <summary>The Telegram call an outbox entry makes.</summary>
public enum OutboxKind
{
    /// <summary>sendMessage / sendPhoto / sendDocument, or an edit.</summary>
    Message,
    /// <summary>answerCallbackQuery.</summary>
    AnswerCallback,
    /// <summary>deleteMessages: the messages in <see cref="OutboxMessage.DeleteMessageIds"/>.</summary>
    Delete,
}

/// <summary>An inline button as sent.</summary>
public sealed record OutboxButton(string Label, string? Data, string? Url);

/// <summary>A reply keyboard key as sent.</summary>
public sealed record OutboxKey(string Label, bool RequestContact, bool RequestLocation);

/// <summary>A file as sent.</summary>
public sealed class OutboxAttachment
{
    /// <summary>True for a photo, false for a document (or a video).</summary>
    public bool IsPhoto { get; set; }

    /// <summary>True for a video.</summary>
    public bool IsVideo { get; set; }

    /// <summary>A Telegram file id to resend.</summary>
    public string? FileId { get; set; }

    /// <summary>Bytes to upload, until the outbox stores them (then null, and <see cref="StoredId"/> names them).</summary>
    public byte[]? Content { get; set; }

    /// <summary>Makes the bytes after the entry is committed (a chart, an export), outside the writer's transaction.</summary>
    [LiteDB.BsonIgnore]
    public Func<byte[]>? Render { get; set; }

    /// <summary>
    /// True from the commit of the entry until its rendered bytes are stored; an entry still rendering at start lost
    /// its bytes with the previous run and is dropped.
    /// </summary>
    public bool Rendering { get; set; }

    /// <summary>The bytes in the database's file storage, stored once however many entries send them.</summary>
    public string? StoredId { get; set; }

    /// <summary>File name shown to the user.</summary>
    public string FileName { get; set; } = "file";
}
