using Microsoft.Extensions.Logging;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Users;
using Senate.Bot.Staff;
using Senate.Bot.Storage;

namespace Senate.Bot.Telegram;

/// <summary>
/// Handles one update durably: in one unit of work on the database writer it skips a redelivered update,
/// loads the user and the chat's conversation, runs the engine, saves what changed and queues the replies in
/// the outbox; after the commit the replies go to the sender, those to the update's own chat in the interactive
/// lane and the rest in the bulk lane. A button press is answered from memory (never from the outbox: an answer
/// is useless once the query is old, so it is never sent twice). An exception in the engine rolls back that
/// update's changes only; the user then gets an apology and the update is marked handled, so it is not retried forever.
/// </summary>
public sealed partial class UpdateProcessor(
    DatabaseWriter writer,
    BotEngine engine,
    UserStore users,
    ConversationStore conversations,
    ChatCursorStore cursors,
    OutboxStore outbox,
    MessageTagStore tags,
    ReplyRenderer renderer,
    OutboxDispatcher dispatcher,
    StaffDirectory staff,
    TurnRecords records,
    TimeProvider time,
    ILogger<UpdateProcessor> logger,
    StartupWork? startup = null)
{
    /// <summary>
    /// Handles an update; completes once its effects are committed (and the files its replies carry are made and
    /// stored, so the chat's next update is answered after them).
    /// </summary>
    public async Task Process(IncomingUpdate update)
    {
        try
        {
            if (startup is { Done.IsCompleted: false })
            {
                // Polling starts before the seed import; no update is handled before it is committed.
                await startup.Done.ConfigureAwait(false);
            }

            var rendering = await writer.Run(() => Handle(update)).ConfigureAwait(false);
            if (rendering is not null)
            {
                await dispatcher.RenderThenEnqueue(rendering).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            LogHandlingFailed(e, update.UpdateId, update.ChatId);
            await writer.Run(() => Apologise(update)).ConfigureAwait(false);
        }
    }

    /// <summary>The update's unit of work; returns its replies when some carry a file to make after the commit.</summary>
    private List<OutboxMessage>? Handle(IncomingUpdate update)
    {
        var now = time.GetUtcNow();
        var cursor = cursors.Get(update.ChatId);
        if (ChatCursorStore.IsHandled(cursor, update.UpdateId, now.UtcDateTime))
        {
            return null;
        }

        var (user, userSnapshot) = LoadUser(update, now.UtcDateTime);
        var record = conversations.Load(update.ChatId);
        var wasActive = record.IsActive;
        var input = update.Input is ReplyToBotInput reply
            ? reply with { Tag = tags.TagOf(update.ChatId, reply.RepliedMessageId) }
            : update.Input;
        var turn = new Turn(user, update.ChatId, update.IsPrivate, now, record, staff.AccessOf(user.Id))
        {
            PressedMessageId = update.PressedMessageId,
        };

        engine.Handle(turn, input);

        if (user != userSnapshot)
        {
            users.Save(user);
        }
        conversations.Save(record, wasActive);
        records.Keep(turn);
        var queued = turn.Replies.Select(r => renderer.Render(r, turn, now.UtcDateTime)).ToList();
        KeepTopic(update, queued);
        TrackKeyboard(cursor, queued);
        cursors.Advance(cursor, update.UpdateId, now.UtcDateTime);
        return Queue(update, queued, turn.Toast is { } toast ? renderer.Toast(toast, user.Language) : string.Empty);
    }

    private void Apologise(IncomingUpdate update)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var cursor = cursors.Get(update.ChatId);
        if (ChatCursorStore.IsHandled(cursor, update.UpdateId, now))
        {
            return;
        }

        cursors.Advance(cursor, update.UpdateId, now);
        var language = users.Get(update.From.Id)?.Language ?? Domain.Texts.Languages.FromTelegramTag(update.From.LanguageCode);
        List<OutboxMessage> queued = update.IsPrivate ? [renderer.Render(Reply.Of(CommonTexts.Apology), update.ChatId, language, now)] : [];
        Queue(update, queued, string.Empty);
    }

    /// <summary>Replies to the update's own chat go to the forum topic it came from, unless they name a topic of their own.</summary>
    private static void KeepTopic(IncomingUpdate update, List<OutboxMessage> messages)
    {
        foreach (var message in messages.Where(m => m.ChatId == update.ChatId && m.Topic is null))
        {
            message.ThreadId = update.MessageThreadId;
        }
    }

    /// <summary>Drops keyboard removals where no reply keyboard can be showing, and remembers when one is.</summary>
    private static void TrackKeyboard(ChatCursor cursor, List<OutboxMessage> messages)
    {
        foreach (var message in messages.Where(m => m.ChatId == cursor.Id && m.Kind == OutboxKind.Message))
        {
            if (message.Keyboard is { Count: > 0 })
            {
                cursor.KeyboardShown = true;
            }
            else if (message.RemoveKeyboard)
            {
                message.RemoveKeyboard = cursor.KeyboardShown;
                cursor.KeyboardShown = false;
            }
        }
    }

    /// <summary>
    /// Writes the replies to the outbox, each in its lane, and hands them and the callback answer (kept in memory
    /// only, with id 0) to the dispatcher once committed; when a reply carries a file made after the commit, returns
    /// them instead, for <see cref="Process"/> to hand over once the file is stored.
    /// </summary>
    private List<OutboxMessage>? Queue(IncomingUpdate update, List<OutboxMessage> messages, string toast)
    {
        foreach (var message in messages)
        {
            message.Lane = message.ChatId == update.ChatId ? OutboxLane.Interactive : OutboxLane.Bulk;
            outbox.Add(message);
        }

        if (update.CallbackQueryId is { } queryId)
        {
            messages.Insert(0, new OutboxMessage
            {
                ChatId = update.ChatId,
                Lane = OutboxLane.Interactive,
                Kind = OutboxKind.AnswerCallback,
                CallbackQueryId = queryId,
                Text = toast,
            });
        }

        if (messages.Exists(OutboxStore.NeedsRendering))
        {
            return messages;
        }

        if (messages.Count > 0)
        {
            writer.AfterCommit(() => dispatcher.Enqueue(messages));
        }

        return null;
    }

    /// <summary>The sender's record, refreshed from the update, and how it was stored (null for a new user).</summary>
    private (BotUser User, BotUser? Stored) LoadUser(IncomingUpdate update, DateTime nowUtc)
    {
        var from = update.From;
        var stored = users.Get(from.Id);
        if (stored is { Banned: true })
        {
            // Nothing of a banned user's is stored, not even their name or when they last wrote.
            return (stored, stored);
        }

        var user = stored is null
            ? new BotUser { Id = from.Id, Language = Domain.Texts.Languages.FromTelegramTag(from.LanguageCode), FirstSeenUtc = nowUtc }
            : stored with { };
        user.FirstName = from.FirstName;
        user.Username = from.Username;

        // Last-seen is kept to the minute: rewriting the user on every message would cost a write per update.
        if (nowUtc - user.LastSeenUtc >= TimeSpan.FromMinutes(1))
        {
            user.LastSeenUtc = nowUtc;
        }

        if (update.IsPrivate)
        {
            user.BlockedBotUtc = null;
        }

        return (user, stored);
    }


    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Handling update {UpdateId} of chat {ChatId} failed; the user gets an apology.")]
    private partial void LogHandlingFailed(Exception exception, int updateId, long chatId);
}
