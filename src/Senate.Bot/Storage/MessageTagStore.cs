using System.Globalization;
using LiteDB;

namespace Senate.Bot.Storage;

/// <summary>Sent messages remembered by tag, both ways.</summary>
public sealed class MessageTagStore
{
    private readonly ILiteCollection<MessageTag> _tags;

    /// <summary>Opens the collection and its index.</summary>
    public MessageTagStore(BotDatabase database)
    {
        _tags = database.Collection<MessageTag>("message_tags");
        _tags.EnsureIndex(t => t.Location, unique: false);
    }

    /// <summary>Remembers (or moves) a tag.</summary>
    public void Save(string tag, long chatId, int messageId) =>
        _tags.Upsert(new MessageTag { Id = tag, ChatId = chatId, MessageId = messageId, Location = Key(chatId, messageId) });

    /// <summary>The message a tag names, if known.</summary>
    public MessageTag? Find(string tag) => _tags.FindById(tag);

    /// <summary>The tag of a message, if it has one.</summary>
    public string? TagOf(long chatId, int messageId) => _tags.FindOne(t => t.Location == Key(chatId, messageId))?.Id;

    private static string Key(long chatId, int messageId) => string.Create(CultureInfo.InvariantCulture, $"{chatId}:{messageId}");
}
