namespace Senate.Bot.LocalBotApi;

/// <summary>
/// A group chat with the bot (the staff chat), for tests and tools: local users write in it, reply to the bot's
/// posts and press their buttons. Get one from <see cref="LocalBotApiServer.Group"/>. Thread-safe.
/// </summary>
public sealed class LocalGroup
{
    private readonly LocalWorld _world;
    private readonly ChatView _view;

    internal LocalGroup(LocalWorld world, long id, string title)
    {
        _world = world;
        Id = id;
        Title = title;
        _view = new ChatView(world, id, $"group {id} ({title})");
    }

    /// <summary>The chat id (negative).</summary>
    public long Id { get; }

    /// <summary>The group's title.</summary>
    public string Title { get; }

    /// <summary>Every message of the group in order (current state).</summary>
    public IReadOnlyList<BotMessage> Transcript => _view.Transcript;

    /// <summary>The bot's latest message in the group, or null.</summary>
    public BotMessage? LastBotMessage => _view.LastBotMessage;

    /// <summary>Sends a text from a member; with <paramref name="replyToMessageId"/> it is a reply (e.g. to a bot post). Returns the update id.</summary>
    public Task<int> SendText(LocalUser from, string text, int? replyToMessageId = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        // As in Telegram, a reply to a message in a forum topic is in that topic too.
        var thread = replyToMessageId is { } replied ? _world.Find(Id, replied)?.ThreadId : null;
        return Post(UserMessages.Text(Id, from.Id, text, replyToMessageId) with { ThreadId = thread });
    }

    /// <summary>The forum topics the bot created in the group, by message_thread_id (empty for a plain group).</summary>
    public IReadOnlyDictionary<int, string> Topics => _world.Topics(Id);

    /// <summary>Deletes a forum topic, as a group administrator would (its messages stay in the transcript).</summary>
    public void DeleteTopic(int threadId) => _world.DeleteTopic(Id, threadId);

    /// <summary>Sends a photo from a member, optionally as a reply.</summary>
    public Task<int> SendPhoto(LocalUser from, byte[] jpeg, string? caption = null, int? replyToMessageId = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        return Post(UserMessages.Photo(_world, Id, from.Id, jpeg, caption) with { ReplyToMessageId = replyToMessageId });
    }

    /// <summary>A member presses an inline button of a group message by its label. Returns the callback query id.</summary>
    public Task<string> Press(LocalUser from, BotMessage message, string buttonText)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(message);
        if (message.ChatId != Id)
        {
            throw new ArgumentException($"Message {message.MessageId} belongs to chat {message.ChatId}, not to group {Id}.", nameof(message));
        }

        return from.Press(message, buttonText);
    }

    /// <summary>A member presses a button of a group message with any data. Returns the callback query id.</summary>
    public Task<string> PressData(LocalUser from, int messageId, string callbackData)
    {
        ArgumentNullException.ThrowIfNull(from);
        return Task.FromResult(_world.Press(from.Id, Id, messageId, callbackData).QueryId);
    }

    /// <summary>The next new bot message in the group since the last call (default timeout 10 s).</summary>
    public Task<BotMessage> NextMessage(TimeSpan? timeout = null) => _view.NextMessage(timeout);

    /// <summary>The first bot message created or changed since the last consumed one that matches (default timeout 10 s).</summary>
    public Task<BotMessage> WaitFor(Func<BotMessage, bool> predicate, TimeSpan? timeout = null) => _view.WaitFor(predicate, timeout);

    /// <inheritdoc />
    public override string ToString() => $"group {Id} ({Title})";

    private Task<int> Post(BotMessage template) => Task.FromResult(_world.PostUserMessage(template).UpdateId);
}
