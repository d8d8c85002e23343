using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>
/// An announcement staff sent: the message (one for everyone, or a version per language with Russian for the rest),
/// who it went to, and its delivery (and recall). How far the sending got is the delivery's; a broadcast itself does
/// not change after it is confirmed, except for its recall. Times are UTC. Not thread-safe.
/// </summary>
public sealed class Broadcast
{
    /// <summary>Store id, assigned on insert; shown as <c>#12</c> and used in button data.</summary>
    public long Id { get; set; }

    /// <summary>The editor who sent it (Telegram user id).</summary>
    public long CreatedBy { get; set; }

    /// <summary>The editor's name as Telegram gave it then.</summary>
    public string CreatedByName { get; set; } = string.Empty;

    /// <summary>When the editor confirmed it.</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>The message for everyone, or null when there is a version per language.</summary>
    public BroadcastMessage? Message { get; set; }

    /// <summary>The versions per language (Russian among them), when there is no message for everyone.</summary>
    public List<BroadcastVersion> Versions { get; set; } = [];

    /// <summary>Who it goes to.</summary>
    public Audience Audience { get; set; } = new();

    /// <summary>How many people the audience had when the editor confirmed it.</summary>
    public int AudienceCount { get; set; }

    /// <summary>Pinned in each chat it reaches.</summary>
    public bool Pin { get; set; }

    /// <summary>When it was set to go, if not at once.</summary>
    public DateTime? ScheduledUtc { get; set; }

    /// <summary>Its delivery.</summary>
    public long DeliveryId { get; set; }

    /// <summary>The delivery that deletes it from the chats it reached, once recalled.</summary>
    public long? RecallId { get; set; }

    /// <summary>The message a reader of <paramref name="language"/> gets: theirs, else the Russian version.</summary>
    public BroadcastMessage For(Language language) =>
        Message ?? (Versions.FirstOrDefault(v => v.Language == language) ?? Versions.FirstOrDefault(v => v.Language == Language.Ru) ?? Versions[0]).Message;

    /// <summary>Every distinct message with the language it is for (null: for everyone).</summary>
    public IEnumerable<(Language? Language, BroadcastMessage Message)> Messages() =>
        Message is { } message ? [(null, message)] : Versions.Select(v => ((Language?)v.Language, v.Message));
}
