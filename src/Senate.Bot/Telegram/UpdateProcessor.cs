using Microsoft.Extensions.Logging;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Users;
using Senate.Bot.Staff;
using Senate.Bot.Storage;

namespace Senate.Bot.Telegram;

/// <summary>
/// Handles one update durably: in one unit of work on the database writer it skips a redelivered update,
/// loads the user and the chat's conversation, runs the engine, saves what changed and queues the replies in
/// the outbox; after the commit the replies go to the sender. An exception in the engine rolls back that
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
    ILogger<UpdateProcessor> logger)
{
    /// <summary>Handles an update; completes once its effects are committed.</summary>
    public async Task Process(IncomingUpdate update)
    {
        try
        {
            await writer.Run(() => Handle(update)).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            LogHandlingFailed(e, update.UpdateId, update.ChatId);
            await writer.Run(() => Apologise(update)).ConfigureAwait(false);
        }
    }

    private void Handle(IncomingUpdate update)
    {
        var cursor = cursors.Get(update.ChatId);
        if (update.UpdateId <= cursor.LastUpdateId)
        {
            return;
        }

        var now = time.GetUtcNow();
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
        cursor.LastUpdateId = update.UpdateId;
        var queued = new List<OutboxMessage>(turn.Replies.Count + 1);
        if (update.CallbackQueryId is { } queryId)
        {
            queued.Add(new OutboxMessage
            {
                ChatId = update.ChatId,
                Kind = OutboxKind.AnswerCallback,
                CallbackQueryId = queryId,
                Text = turn.Toast is { } toast ? renderer.Toast(toast, user.Language) : string.Empty,
                CreatedUtc = now.UtcDateTime,
            });
        }

        queued.AddRange(turn.Replies.Select(r => renderer.Render(r, turn, now.UtcDateTime)));
        KeepTopic(update, queued);
        TrackKeyboard(cursor, queued);
        cursors.Save(cursor);
        Queue(queued);
    }

    private void Apologise(IncomingUpdate update)
    {
        var cursor = cursors.Get(update.ChatId);
        if (update.UpdateId <= cursor.LastUpdateId)
        {
            return;
        }

        cursor.LastUpdateId = update.UpdateId;
        cursors.Save(cursor);
        var now = time.GetUtcNow().UtcDateTime;
        var language = users.Get(update.From.Id)?.Language ?? Domain.Texts.Languages.FromTelegramTag(update.From.LanguageCode);
        var queued = new List<OutboxMessage>();
        if (update.CallbackQueryId is { } queryId)
        {
            queued.Add(new OutboxMessage { ChatId = update.ChatId, Kind = OutboxKind.AnswerCallback, CallbackQueryId = queryId, CreatedUtc = now });
        }

        if (update.IsPrivate)
        {
            queued.Add(renderer.Render(Reply.Of(CommonTexts.Apology), update.ChatId, language, now));
        }

        Queue(queued);
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

    private void Queue(List<OutboxMessage> messages)
    {
        if (messages.Count == 0)
        {
            return;
        }

        foreach (var message in messages)
        {
            outbox.Add(message);
        }

        writer.AfterCommit(() => dispatcher.Enqueue(messages));
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
