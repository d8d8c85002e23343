using System.Security.Cryptography;
using LiteDB;

namespace Senate.Bot.Storage;

/// <summary>
/// The outbox of Telegram calls not yet made. An attachment's bytes go to LiteDB's file storage once, named by
/// their hash, and entries refer to them, so a chart or an export is not copied into every row that sends it.
/// </summary>
public sealed class OutboxStore
{
    private const string FilePrefix = "$outbox/";

    private readonly ILiteCollection<OutboxMessage> _messages;
    private readonly ILiteStorage<string> _files;

    /// <summary>Opens the collection, its indexes and the file storage.</summary>
    public OutboxStore(BotDatabase database)
    {
        _messages = database.Collection<OutboxMessage>("outbox");

        // Every entry is inserted and deleted once: an index nothing reads (ChatId, in older files) costs both times.
        _messages.DropIndex(nameof(OutboxMessage.ChatId));
        _messages.EnsureIndex(m => m.Attachment!.StoredId);
        _files = database.Database.GetStorage<string>("_outbox_files", "_outbox_chunks");
    }

    /// <summary>
    /// Queues a call (in the current transaction); the id is assigned and attachment bytes stored once. An attachment
    /// that is made after the commit (<see cref="OutboxAttachment.Render"/>) is marked as rendering: the bytes come with
    /// <see cref="StoreRendered"/>, and the entry must not be sent before.
    /// </summary>
    public void Add(OutboxMessage message)
    {
        if (message.Attachment is { Content: { } bytes } attachment)
        {
            Store(attachment, bytes);
        }
        else if (message.Attachment is { Render: not null, StoredId: null, FileId: null } rendered)
        {
            rendered.Rendering = true;
        }

        _messages.Insert(message);
    }

    /// <summary>True for an entry whose attachment is still to be rendered (<see cref="StoreRendered"/>).</summary>
    public static bool NeedsRendering(OutboxMessage message) => message.Attachment is { Rendering: true };

    /// <summary>Stores an entry's rendered bytes (once, like any attachment's), in the current transaction.</summary>
    public void StoreRendered(OutboxMessage message, byte[] bytes)
    {
        var attachment = message.Attachment!;
        Store(attachment, bytes);
        attachment.Render = null;
        attachment.Rendering = false;
        _messages.Update(message);
    }

    private void Store(OutboxAttachment attachment, byte[] bytes)
    {
        var id = FilePrefix + Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!_files.Exists(id))
        {
            using var content = new MemoryStream(bytes, writable: false);
            _files.Upload(id, attachment.FileName, content);
        }

        attachment.StoredId = id;
        attachment.Content = null;
    }

    /// <summary>Removes a call once made, and its attachment's bytes when no other entry needs them.</summary>
    public void Remove(OutboxMessage message)
    {
        _messages.Delete(message.Id);
        if (message.Attachment?.StoredId is { } stored && !_messages.Exists(m => m.Attachment!.StoredId == stored))
        {
            _files.Delete(stored);
        }
    }

    /// <summary>The bytes of a stored attachment (read by the sender, outside the writer's transactions).</summary>
    public byte[] Content(string storedId)
    {
        using var content = new MemoryStream();
        _files.Download(storedId, content);
        return content.ToArray();
    }

    /// <summary>Everything still owed, in order (read at start-up).</summary>
    public IReadOnlyList<OutboxMessage> Pending() => [.. _messages.Query().OrderBy(m => m.Id).ToEnumerable()];
}
