using Telegram.Bot.Types.Enums;

namespace Senate.Bot.LocalBotApi;

/// <summary>Forum supergroups and their topics (createForumTopic, message_thread_id).</summary>
internal sealed partial class LocalWorld
{
    private const int FirstTopic = 1000;
    private readonly Dictionary<long, Dictionary<int, string>> _forums = [];
    private readonly Dictionary<long, int> _lastTopic = [];

    /// <summary>Turns a supergroup into a forum.</summary>
    public void MakeForum(long chatId)
    {
        lock (_gate)
        {
            if (KnownChat(chatId).Type != ChatType.Supergroup)
            {
                throw new ArgumentException($"Chat {chatId} is not a supergroup (use an id of the -100… form).", nameof(chatId));
            }

            _forums.TryAdd(chatId, []);
        }
    }

    /// <summary>createForumTopic: a new topic's message_thread_id, or a 400 outside a forum.</summary>
    public int CreateTopic(long chatId, string name)
    {
        lock (_gate)
        {
            KnownChat(chatId);
            if (!_forums.TryGetValue(chatId, out var topics))
            {
                throw BotApiException.BadRequest("the chat is not a forum");
            }

            // Ids are never reused, even after a topic is deleted.
            var id = _lastTopic[chatId] = _lastTopic.TryGetValue(chatId, out var last) ? last + 1 : FirstTopic;
            topics[id] = name;
            return id;
        }
    }

    /// <summary>The topics of a chat by id.</summary>
    public IReadOnlyDictionary<int, string> Topics(long chatId)
    {
        lock (_gate)
        {
            return _forums.TryGetValue(chatId, out var topics) ? new Dictionary<int, string>(topics) : [];
        }
    }

    /// <summary>Deletes a topic, as a chat administrator would.</summary>
    public void DeleteTopic(long chatId, int threadId)
    {
        lock (_gate)
        {
            if (_forums.TryGetValue(chatId, out var topics))
            {
                topics.Remove(threadId);
            }
        }
    }

    /// <summary>The topic a message is sent to: null without one (or in a chat without topics); a 400 for a topic the forum does not have.</summary>
    public int? Thread(long chatId, long? threadId)
    {
        lock (_gate)
        {
            if (threadId is not { } id || !_forums.TryGetValue(chatId, out var topics))
            {
                return null;
            }

            return topics.ContainsKey((int)id) ? (int)id : throw BotApiException.BadRequest("message thread not found");
        }
    }
}
