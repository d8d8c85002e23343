using LiteDB;

namespace Senate.Bot.Storage;

/// <summary>An update the bot could not decode, kept as Telegram sent it for someone to look at.</summary>
public sealed class RejectedUpdate
{
    /// <summary>The record's id.</summary>
    public ObjectId Id { get; set; } = ObjectId.Empty;

    /// <summary>Telegram's update id (ids restart, so it is not the key).</summary>
    public long UpdateId { get; set; }

    /// <summary>The kind of update, e.g. <c>message</c> or <c>message_reaction</c>.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The update's JSON, exactly as received.</summary>
    public string Json { get; set; } = string.Empty;

    /// <summary>Why it could not be decoded.</summary>
    public string Error { get; set; } = string.Empty;

    /// <summary>When it arrived.</summary>
    public DateTime ReceivedUtc { get; set; }
}
