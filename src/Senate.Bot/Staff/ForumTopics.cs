using System.Collections.Concurrent;
using System.Globalization;
using LiteDB;
using Microsoft.Extensions.Logging;
using Senate.Bot.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Senate.Bot.Staff;

/// <summary>
/// The forum topics messages go to. When the chat is a forum supergroup, a message with a topic key (a region's
/// concerns) goes to that topic, created by the bot the first time and remembered; a message without one keeps the
/// topic of the update it answers. In a plain group (or when the topic cannot be created) it goes to the chat as
/// before. Called by the sender, one message of a chat at a time, so a topic is never created twice.
/// </summary>
public sealed partial class ForumTopics(ITelegramBotClient bot, BotDatabase database, DatabaseWriter writer, ILogger<ForumTopics> logger)
{
    private readonly ILiteCollection<ForumTopic> _topics = database.Collection<ForumTopic>("forum_topics");
    private readonly ConcurrentDictionary<long, bool> _forums = new();

    /// <summary>True when a 400 from Telegram says the message's topic no longer exists.</summary>
    public static bool IsGone(ApiRequestException e) =>
        e.Message.Contains("thread not found", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("TOPIC_DELETED", StringComparison.OrdinalIgnoreCase);

    /// <summary>The message_thread_id for a message: its topic's (created if missing), or the one it already has.</summary>
    public async Task<int?> ThreadFor(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Topic is not { } key)
        {
            return message.ThreadId;
        }

        if (!await IsForum(message.ChatId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        if (_topics.FindById(Id(message.ChatId, key)) is { } known)
        {
            return known.ThreadId;
        }

        try
        {
            var created = await bot.CreateForumTopic(message.ChatId, message.TopicTitle ?? key, cancellationToken: cancellationToken).ConfigureAwait(false);
            var topic = new ForumTopic { Id = Id(message.ChatId, key), ThreadId = created.MessageThreadId };
            await writer.Run(() => _topics.Upsert(topic)).ConfigureAwait(false);
            LogCreated(message.ChatId, key, created.MessageThreadId);
            return created.MessageThreadId;
        }
        catch (ApiRequestException e) when (e.ErrorCode is >= 400 and < 500 and not 429)
        {
            // No right to manage topics, say: the post goes to the chat's general topic rather than nowhere.
            LogCannotCreate(e, message.ChatId, key);
            return null;
        }
    }

    /// <summary>Forgets the message's topic (deleted in the chat), so the next send creates it again.</summary>
    public Task Forget(OutboxMessage message) =>
        message.Topic is { } key ? writer.Run(() => _topics.Delete(Id(message.ChatId, key))) : Task.CompletedTask;

    private async Task<bool> IsForum(long chatId, CancellationToken cancellationToken)
    {
        if (chatId > 0)
        {
            return false;
        }

        if (_forums.TryGetValue(chatId, out var known))
        {
            return known;
        }

        try
        {
            var chat = await bot.GetChat(chatId, cancellationToken).ConfigureAwait(false);
            return _forums[chatId] = chat.IsForum;
        }
        catch (ApiRequestException e) when (e.ErrorCode is >= 400 and < 500 and not 429)
        {
            LogChatUnknown(e, chatId);
            return false;
        }
    }

    private static string Id(long chatId, string key) => string.Create(CultureInfo.InvariantCulture, $"{chatId}:{key}");

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Created the forum topic {Key} ({ThreadId}) in chat {ChatId}.")]
    private partial void LogCreated(long chatId, string key, int threadId);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Cannot create the forum topic {Key} in chat {ChatId}; the message goes to the general topic.")]
    private partial void LogCannotCreate(Exception exception, long chatId, string key);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "getChat for chat {ChatId} failed; it is treated as a chat without topics.")]
    private partial void LogChatUnknown(Exception exception, long chatId);
}
