using System.Security.Cryptography;
using LiteDB;

namespace Senate.Bot.Storage;

/// <summary>
/// The outbox of Telegram calls not yet made. An attachment's bytes go to LiteDB's file storage once, named by
/// their hash, and entries refer to them, so a chart or an export is not copied into every row that sends it.
/// </summary>
/// <remarks>
/// Replies to a user's own update (the interactive lane) are sent within milliseconds of their commit, so a row
/// each — an insert, then a delete — was most of what the outbox cost per update. On the writer thread they are
/// kept instead as pages: the replies queued in one transaction are one document of <c>outbox_pages</c>, written
/// once before the commit; the replies sent meanwhile leave their pages in the next transaction, which rewrites
/// each page touched once (from the documents kept in memory, without mapping them again) or deletes it when it
/// is empty. The guarantees are the rows': a reply is stored in the transaction of the change that caused it, and
/// is gone from the database in the transaction after it was sent. Bulk entries and entries with a stored file
/// (whose bytes are shared between rows) stay rows.
/// </remarks>
public sealed class OutboxStore
{
    private const string FilePrefix = "$outbox/";
    private const string MessagesField = "m";

    /// <summary>At most this many replies to a page, so a page rewritten as its replies go stays small.</summary>
    internal const int PageCapacity = 64;

    private readonly ILiteCollection<OutboxMessage> _messages;
    private readonly ILiteCollection<BsonDocument> _pages;
    private readonly ILiteStorage<string> _files;
    private readonly BsonMapper _mapper;
    private readonly DatabaseWriter? _writer;

    // Committed: each page's unsent replies as stored, in id order, and the page of each of them (writer thread).
    private readonly Dictionary<long, List<BsonDocument>> _pageReplies = [];
    private readonly Dictionary<long, long> _pageOf = [];
    private long _lastId;
    private long _lastPage;

    // The transaction in progress: replies queued (a new page) and replies sent, by page.
    private readonly TransactionState<PageChanges> _changes = new(() => new PageChanges());

    /// <summary>Opens the collections, their indexes and the file storage, and reads the pages still owed.</summary>
    public OutboxStore(BotDatabase database, DatabaseWriter? writer = null)
    {
        _messages = database.Collection<OutboxMessage>("outbox");
        _pages = database.Database.GetCollection("outbox_pages");
        _mapper = database.Mapper;
        _writer = writer;

        // Every entry is inserted and deleted once: an index nothing reads (ChatId, in older files) costs both times.
        _messages.DropIndex(nameof(OutboxMessage.ChatId));
        _messages.EnsureIndex(m => m.Attachment!.StoredId);
        _files = database.Database.GetStorage<string>("_outbox_files", "_outbox_chunks");

        _lastId = _messages.FindOne(Query.All(Query.Descending))?.Id ?? 0;
        foreach (var page in _pages.FindAll())
        {
            var id = page["_id"].AsInt64;
            var replies = page[MessagesField].AsArray.Select(r => r.AsDocument).ToList();
            _pageReplies[id] = replies;
            foreach (var reply in replies)
            {
                _pageOf[reply["_id"].AsInt64] = id;
                _lastId = Math.Max(_lastId, reply["_id"].AsInt64);
            }

            _lastPage = Math.Max(_lastPage, id);
        }
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

        // Ids are given here, increasing in the writer's order, for rows and pages alike: the sending order in a chat.
        message.Id = ++_lastId;
        if (message.Lane == OutboxLane.Interactive && message.Attachment is not { StoredId: not null } and not { Rendering: true } && Changes() is { } changes)
        {
            changes.Queued.Add(_mapper.ToDocument(message));
        }
        else
        {
            _messages.Insert(message);
        }
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
        if (_pageOf.TryGetValue(message.Id, out var page))
        {
            if (Changes() is { } changes)
            {
                if (!changes.Sent.TryGetValue(page, out var sent))
                {
                    changes.Sent[page] = sent = [];
                }

                sent.Add(message.Id);
            }
            else
            {
                // Outside the writer (tools, tests): the page is rewritten at once.
                Rewrite(page, [message.Id]);
                Forget(page, [message.Id]);
            }

            return;
        }

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
    public IReadOnlyList<OutboxMessage> Pending() =>
    [
        .. _messages.Query().OrderBy(m => m.Id).ToEnumerable()
            .Concat(_pageReplies.Values.SelectMany(replies => replies).Select(_mapper.ToObject<OutboxMessage>))
            .OrderBy(m => m.Id),
    ];

    /// <summary>
    /// The changes of the transaction in progress, on the writer thread: its first change here has the pages written
    /// before its commit. Null elsewhere (no writer: tools, tests), where replies are rows.
    /// </summary>
    private PageChanges? Changes()
    {
        if (_writer is not { IsWriterThread: true })
        {
            return null;
        }

        var changes = _changes.Begin(_writer, out var isNew);
        if (isNew)
        {
            _writer.BeforeCommit(() => WritePages(changes));
        }

        return changes;
    }

    /// <summary>Before the commit: the transaction's replies as new pages, the pages its sent replies left rewritten.</summary>
    private void WritePages(PageChanges changes)
    {
        var added = new List<(long Page, List<BsonDocument> Replies)>();
        foreach (var replies in changes.Queued.Chunk(PageCapacity))
        {
            var page = ++_lastPage;
            _pages.Insert(new BsonDocument { ["_id"] = page, [MessagesField] = new BsonArray(replies) });
            added.Add((page, [.. replies]));
        }

        foreach (var (page, ids) in changes.Sent)
        {
            Rewrite(page, ids);
        }

        _writer!.AfterCommit(() =>
        {
            foreach (var (page, replies) in added)
            {
                _pageReplies[page] = replies;
                foreach (var reply in replies)
                {
                    _pageOf[reply["_id"].AsInt64] = page;
                }
            }

            foreach (var (page, ids) in changes.Sent)
            {
                Forget(page, ids);
            }
        });
    }

    /// <summary>Writes a page without the given replies, or deletes it when none is left.</summary>
    private void Rewrite(long page, IReadOnlyCollection<long> sent)
    {
        var left = _pageReplies[page].Where(r => !sent.Contains(r["_id"].AsInt64)).ToList();
        if (left.Count == 0)
        {
            _pages.Delete(page);
        }
        else
        {
            _pages.Update(new BsonDocument { ["_id"] = page, [MessagesField] = new BsonArray(left) });
        }
    }

    /// <summary>Takes committed removals into the pages kept in memory.</summary>
    private void Forget(long page, IReadOnlyCollection<long> sent)
    {
        var replies = _pageReplies[page];
        replies.RemoveAll(r => sent.Contains(r["_id"].AsInt64));
        if (replies.Count == 0)
        {
            _pageReplies.Remove(page);
        }

        foreach (var id in sent)
        {
            _pageOf.Remove(id);
        }
    }

    /// <summary>What one transaction changes in the pages.</summary>
    private sealed class PageChanges
    {
        public List<BsonDocument> Queued { get; } = [];

        public Dictionary<long, HashSet<long>> Sent { get; } = [];
    }
}
