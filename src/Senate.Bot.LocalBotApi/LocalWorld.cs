using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Senate.Bot.LocalBotApi;

/// <summary>
/// Everything the fake server knows: users, chats and their messages, files, pressed buttons and registered
/// commands. One lock guards it all (each operation is short), so a user's message and its update are created
/// together and the bot's many threads see one consistent world. Every change gets a sequence number and wakes
/// the waiters (<see cref="WaitForChangeAsync"/>).
/// </summary>
internal sealed partial class LocalWorld(LocalBotApiOptions options, UpdateQueue updates)
{
    private readonly object _gate = new();
    private readonly TimeProvider _time = options.TimeProvider;
    private readonly Dictionary<long, LocalUserInfo> _users = [];
    private readonly Dictionary<long, LocalChat> _chats = [];
    private long _sequence;
    private TaskCompletionSource _changed = NewSignal();

    public LocalBotApiOptions Options => options;

    /// <summary>The current change sequence number.</summary>
    public long Sequence
    {
        get
        {
            lock (_gate)
            {
                return _sequence;
            }
        }
    }

    /// <summary>Adds a user and their private chat, or updates the name and language of a known one.</summary>
    public void EnsureUser(long id, string firstName, string? languageCode, string? username)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(firstName);
        lock (_gate)
        {
            if (_users.TryGetValue(id, out var user))
            {
                user.FirstName = firstName;
                user.LanguageCode = languageCode;
                user.Username = username;
                _chats[id].Title = firstName;
            }
            else
            {
                _users[id] = new LocalUserInfo(id, firstName, languageCode, username);
                _chats[id] = new LocalChat(id, ChatType.Private, firstName);
            }
        }
    }

    /// <summary>Adds a group chat (negative id; a supergroup when it looks like one, -100…).</summary>
    public void EnsureGroup(long id, string title)
    {
        if (id >= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(id), id, "A group chat id is negative.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        lock (_gate)
        {
            if (_chats.TryGetValue(id, out var chat))
            {
                chat.Title = title;
            }
            else
            {
                _chats[id] = new LocalChat(id, id <= -1_000_000_000_000 ? ChatType.Supergroup : ChatType.Group, title);
            }
        }
    }

    public bool IsKnownUser(long id)
    {
        lock (_gate)
        {
            return _users.ContainsKey(id);
        }
    }

    public bool IsKnownChat(long id)
    {
        lock (_gate)
        {
            return _chats.ContainsKey(id);
        }
    }

    /// <summary>A user writes: stores the message (id and date filled in) and queues its update; returns both.</summary>
    public (int UpdateId, BotMessage Message) PostUserMessage(BotMessage template)
    {
        lock (_gate)
        {
            var chat = UserChat(template.ChatId, template.FromId);
            if (template.ReplyToMessageId is { } replyTo && Slot(chat, replyTo) is null)
            {
                throw new ArgumentException($"Message {replyTo} is not in chat {chat.Id}.", nameof(template));
            }

            var message = Store(chat, template);
            var telegram = ToTelegram(message);
            var updateId = updates.Enqueue(id => ("message", Serialize(new Update { Id = id, Message = telegram })));
            return (updateId, message);
        }
    }

    /// <summary>The bot sends: stores the message with the next id of its chat and the current date.</summary>
    public BotMessage PostBotMessage(BotMessage template)
    {
        lock (_gate)
        {
            var chat = KnownChat(template.ChatId);
            if (template.ReplyToMessageId is { } replyTo && Slot(chat, replyTo) is null)
            {
                throw BotApiException.BadRequest("message to be replied not found");
            }

            return Store(chat, template with { FromId = options.BotId, FromBot = true });
        }
    }

    /// <summary>Stores several bot messages at once (an album), so no other message comes between them.</summary>
    public IReadOnlyList<BotMessage> PostBotMessages(IReadOnlyList<BotMessage> templates) 
    {
        lock (_gate)
        {
            return templates.Select(PostBotMessage).ToList();
        }
    }

    /// <summary>Applies <paramref name="change"/> to a message (it may throw a Bot API error); returns the new snapshot.</summary>
    public BotMessage Edit(long chatId, int messageId, Func<BotMessage, BotMessage> change, string notFound)
    {
        lock (_gate)
        {
            var slot = Slot(KnownChat(chatId), messageId);
            if (slot is null || slot.Message.Deleted)
            {
                throw BotApiException.BadRequest(notFound);
            }

            slot.Message = change(slot.Message);
            slot.Changed = ++_sequence;
            Pulse(_chats[chatId]);
            return slot.Message;
        }
    }

    /// <summary>A message's current snapshot, or null.</summary>
    public BotMessage? Find(long chatId, int messageId)
    {
        lock (_gate)
        {
            return _chats.TryGetValue(chatId, out var chat) ? Slot(chat, messageId)?.Message : null;
        }
    }

    /// <summary>A message that exists and is not deleted, else a 400 with <paramref name="notFound"/>.</summary>
    public BotMessage Existing(long chatId, int messageId, string notFound)
    {
        lock (_gate)
        {
            var message = Slot(KnownChat(chatId), messageId)?.Message;
            return message is { Deleted: false } ? message : throw BotApiException.BadRequest(notFound);
        }
    }

    /// <summary>The messages of a chat in order (current snapshots).</summary>
    public IReadOnlyList<BotMessage> Messages(long chatId, bool botOnly)
    {
        lock (_gate)
        {
            return _chats.TryGetValue(chatId, out var chat)
                ? chat.Messages.Select(s => s.Message).Where(m => !botOnly || m.FromBot).ToList()
                : [];
        }
    }

    /// <summary>Messages of a chat created or changed after <paramref name="sequence"/>, in message order, with their sequence numbers.</summary>
    public IReadOnlyList<(BotMessage Message, long Created, long Changed)> ChangesSince(long chatId, long sequence)
    {
        lock (_gate)
        {
            return _chats.TryGetValue(chatId, out var chat)
                ? chat.Messages.Where(s => s.Changed > sequence).Select(s => (s.Message, s.Created, s.Changed)).ToList()
                : [];
        }
    }

    /// <summary>Completes at the next change after <paramref name="sequence"/> (at once if there was one).</summary>
    public Task WaitForChangeAsync(long sequence)
    {
        lock (_gate)
        {
            return _sequence > sequence ? Task.CompletedTask : _changed.Task;
        }
    }

    /// <summary>
    /// Completes at the next change in one chat after <paramref name="sequence"/> (at once if there was one), so
    /// thousands of waiting participants are not all woken by every change in the world.
    /// </summary>
    public Task WaitForChatChangeAsync(long chatId, long sequence)
    {
        lock (_gate)
        {
            var chat = KnownChat(chatId);
            return chat.LastChange > sequence ? Task.CompletedTask : chat.Changed.Task;
        }
    }

    /// <summary>The Telegram user of a known user id.</summary>
    public User TelegramUser(long id)
    {
        lock (_gate)
        {
            return ToTelegramUser(_users.TryGetValue(id, out var user)
                ? user
                : throw new ArgumentException($"User {id} is unknown: create it with server.User(...).", nameof(id)));
        }
    }

    /// <summary>getChat: the chat's details, or a 400.</summary>
    public ChatFullInfo ChatInfo(long chatId)
    {
        lock (_gate)
        {
            var chat = KnownChat(chatId);
            var user = chat.IsPrivate ? _users[chat.Id] : null;
            return new ChatFullInfo
            {
                Id = chat.Id,
                Type = chat.Type,
                Title = chat.IsPrivate ? null : chat.Title,
                FirstName = user?.FirstName,
                Username = user?.Username,
                AccentColorId = 0,
                MaxReactionCount = 11,
                IsForum = _forums.ContainsKey(chat.Id),
            };
        }
    }

    /// <summary>A known chat, else 400 "chat not found" (what Telegram answers for a chat the bot cannot see).</summary>
    public LocalChat KnownChat(long chatId)
    {
        lock (_gate)
        {
            return _chats.TryGetValue(chatId, out var chat) ? chat : throw BotApiException.BadRequest("chat not found");
        }
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, JsonBotAPI.Options);

    private LocalChat UserChat(long chatId, long fromId)
    {
        if (!_users.ContainsKey(fromId))
        {
            throw new ArgumentException($"User {fromId} is unknown: create it with server.User(...).", nameof(fromId));
        }

        if (!_chats.TryGetValue(chatId, out var chat))
        {
            throw new ArgumentException($"Chat {chatId} is unknown: create it with server.Group(...).", nameof(chatId));
        }

        if (chat.IsPrivate && chat.Id != fromId)
        {
            throw new ArgumentException($"User {fromId} cannot write in the private chat of user {chatId}.", nameof(fromId));
        }

        return chat;
    }

    private BotMessage Store(LocalChat chat, BotMessage template)
    {
        var message = template with
        {
            MessageId = chat.Messages.Count + 1,
            ChatId = chat.Id,
            Date = _time.GetUtcNow(),
        };
        chat.Messages.Add(new MessageSlot(message, ++_sequence));
        Pulse(chat);
        return message;
    }

    private static MessageSlot? Slot(LocalChat chat, int messageId) =>
        messageId >= 1 && messageId <= chat.Messages.Count ? chat.Messages[messageId - 1] : null;

    private void Pulse()
    {
        _changed.TrySetResult();
        _changed = NewSignal();
    }

    private void Pulse(LocalChat chat)
    {
        chat.LastChange = _sequence;
        chat.Changed.TrySetResult();
        chat.Changed = NewSignal();
        Pulse();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
