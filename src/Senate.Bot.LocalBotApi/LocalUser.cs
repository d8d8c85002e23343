namespace Senate.Bot.LocalBotApi;

/// <summary>
/// A Telegram user talking to the bot in their private chat, for tests and tools: sends what a person can send,
/// presses buttons and waits (always with a timeout) for the bot's messages. Get one from
/// <see cref="LocalBotApiServer.User"/>; the same id gives the same handle. Thread-safe.
/// </summary>
public sealed class LocalUser
{
    private readonly LocalWorld _world;
    private readonly ChatView _view;

    internal LocalUser(LocalWorld world, long id, string firstName)
    {
        _world = world;
        Id = id;
        FirstName = firstName;
        _view = new ChatView(world, id, $"the chat of user {id} ({firstName})");
    }

    /// <summary>The user id, which is also the id of the private chat with the bot.</summary>
    public long Id { get; }

    /// <summary>The first name the bot sees.</summary>
    public string FirstName { get; }

    /// <summary>Every message of the private chat, the user's and the bot's, in order (current state).</summary>
    public IReadOnlyList<BotMessage> Transcript => _view.Transcript;

    /// <summary>The bot's latest message in the private chat, or null.</summary>
    public BotMessage? LastBotMessage => _view.LastBotMessage;

    /// <summary>The reply keyboard shown now (set by the bot and not removed since), or null.</summary>
    public IReadOnlyList<IReadOnlyList<KeyboardKey>>? CurrentKeyboard => _view.CurrentKeyboard;

    /// <summary>Sends a text; a text starting with "/" carries a bot_command entity as in Telegram. Returns the update id.</summary>
    public Task<int> SendText(string text) => Post(UserMessages.Text(Id, Id, text, null));

    /// <summary>Sends a formatted text (bold, italic, links…) with Telegram's entities. Returns the update id.</summary>
    public Task<int> SendFormatted(string text, params global::Telegram.Bot.Types.MessageEntity[] entities) =>
        Post(UserMessages.Text(Id, Id, text, null) with { Entities = entities });

    /// <summary>Sends a text as a reply to a message of the chat. Returns the update id.</summary>
    public Task<int> SendText(string text, int replyToMessageId) => Post(UserMessages.Text(Id, Id, text, replyToMessageId));

    /// <summary>Forwards to the bot a text message of <paramref name="original"/>, as Telegram shows it: with its origin.</summary>
    public Task<int> SendForwarded(LocalUser original, string text)
    {
        ArgumentNullException.ThrowIfNull(original);
        return Post(UserMessages.Text(Id, Id, text, null) with { ForwardedFromChatId = original.Id });
    }

    /// <summary>Shares a phone number: the user's own (as the contact key does, with user_id set) or someone else's.</summary>
    public Task<int> SendContact(string phone, bool own = true) => Post(UserMessages.Contact(Id, Id, phone, own));

    /// <summary>Shares a location.</summary>
    public Task<int> SendLocation(double latitude, double longitude) => Post(UserMessages.Location(Id, Id, latitude, longitude));

    /// <summary>Sends a photo; the bytes are kept so the bot can getFile and download them.</summary>
    public Task<int> SendPhoto(byte[] jpeg, string? caption = null) => Post(UserMessages.Photo(_world, Id, Id, jpeg, caption));

    /// <summary>Sends a photo whose caption carries formatting (Telegram's caption entities).</summary>
    public Task<int> SendPhoto(byte[] jpeg, string caption, params global::Telegram.Bot.Types.MessageEntity[] entities) =>
        Post(UserMessages.Photo(_world, Id, Id, jpeg, caption) with { Entities = entities });

    /// <summary>Sends a video (any bytes stand for one) with an optional caption.</summary>
    public Task<int> SendVideo(byte[] bytes, string? caption = null) => Post(UserMessages.Video(_world, Id, Id, bytes, caption));

    /// <summary>
    /// Sends an album as Telegram does: one message per item, sharing a media_group_id, each its own update; the caption
    /// goes on the first. Items are photos (<c>.jpg</c>) or videos (<c>.mp4</c>) by their names. Returns the update ids.
    /// </summary>
    public async Task<IReadOnlyList<int>> SendAlbum(IReadOnlyList<(string Name, byte[] Bytes)> items, string? caption = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(items.Count, 2);
        var group = "album" + Guid.NewGuid().ToString("N")[..12];
        var updates = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            var text = i == 0 ? caption : null;
            var template = items[i].Name.EndsWith(".mp4", StringComparison.OrdinalIgnoreCase)
                ? UserMessages.Video(_world, Id, Id, items[i].Bytes, text)
                : UserMessages.Photo(_world, Id, Id, items[i].Bytes, text);
            updates.Add(await Post(template with { MediaGroupId = group }));
        }

        return updates;
    }

    /// <summary>Sends a file; the bytes are kept so the bot can getFile and download them.</summary>
    public Task<int> SendDocument(byte[] bytes, string fileName, string? caption = null) =>
        Post(UserMessages.Document(_world, Id, Id, bytes, fileName, caption));

    /// <summary>Sends a sticker (a kind of message the bot does not support).</summary>
    public Task<int> SendSticker() => Post(UserMessages.Sticker(_world, Id, Id));

    /// <summary>
    /// Presses the inline button with this label (exact, else the first containing it) on the message as it is
    /// now, in whatever chat it is. Returns the callback query id.
    /// </summary>
    public Task<string> Press(BotMessage message, string buttonText)
    {
        ArgumentNullException.ThrowIfNull(message);
        var current = _world.Find(message.ChatId, message.MessageId)
            ?? throw new ArgumentException($"Message {message.MessageId} is not in chat {message.ChatId}.", nameof(message));
        var button = current.FindButton(buttonText) ?? throw new InvalidOperationException(
            $"No button \"{buttonText}\" on {current}.");
        if (button.CallbackData is null)
        {
            throw new InvalidOperationException($"The button \"{button.Text}\" opens a link ({button.Url}); it sends nothing to the bot.");
        }

        return Task.FromResult(_world.Press(Id, current.ChatId, current.MessageId, button.CallbackData).QueryId);
    }

    /// <summary>Presses a button of a private-chat message with any data, even data the bot never issued. Returns the callback query id.</summary>
    public Task<string> PressData(int messageId, string callbackData) =>
        Task.FromResult(_world.Press(Id, Id, messageId, callbackData).QueryId);

    /// <summary>Waits for the bot's answerCallbackQuery to a press (default 10 s).</summary>
    public Task<CallbackAnswer> WaitForAnswer(string callbackQueryId, TimeSpan? timeout = null)
    {
        var limit = timeout ?? ChatView.DefaultTimeout;
        return ChatView.Until(
            _world,
            () => _world.AnswerOf(callbackQueryId),
            limit,
            () => $"The bot did not answer callback query {callbackQueryId} within {limit.TotalSeconds:0.#} s. Transcript:\n"
                + ChatView.Describe(Transcript),
            _world.ChatOfPress(callbackQueryId));
    }

    /// <summary>
    /// The next new bot message in the private chat since the last call (default timeout 10 s); throws
    /// <see cref="TimeoutException"/> with the transcript when none comes.
    /// </summary>
    public Task<BotMessage> NextMessage(TimeSpan? timeout = null) => _view.NextMessage(timeout);

    /// <summary>
    /// The first bot message created or changed since the last consumed one whose current state matches
    /// (default timeout 10 s); an edit of an older message counts.
    /// </summary>
    public Task<BotMessage> WaitFor(Func<BotMessage, bool> predicate, TimeSpan? timeout = null) => _view.WaitFor(predicate, timeout);

    /// <inheritdoc />
    public override string ToString() => $"user {Id} ({FirstName})";

    private Task<int> Post(BotMessage template) => Task.FromResult(_world.PostUserMessage(template).UpdateId);
}
