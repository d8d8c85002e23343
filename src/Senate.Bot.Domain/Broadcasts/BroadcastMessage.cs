using System.Text.Json.Serialization;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>
/// An announcement as the editor sent it to the bot: a text, or a photo, video or document with a caption, or an album
/// of two to ten, with the formatting Telegram's entities carried. A value.
/// </summary>
public sealed record BroadcastMessage
{
    /// <summary>The most items of an album (Telegram's limit).</summary>
    public const int MaxAlbum = 10;

    /// <summary>The text, or the caption (of an album: the first item's).</summary>
    public FormattedText Text { get; init; } = FormattedText.Empty;

    /// <summary>The photos, videos or documents; none for a text.</summary>
    public IReadOnlyList<BroadcastMedia> Media { get; init; } = [];

    /// <summary>The album Telegram sent it as (its items come one by one), or null for one message.</summary>
    public string? MediaGroupId { get; init; }

    /// <summary>True for an album of more than one item.</summary>
    [JsonIgnore]
    public bool IsAlbum => Media.Count > 1;

    /// <summary>The message with one more album item (up to <see cref="MaxAlbum"/>); the first caption given stays.</summary>
    public BroadcastMessage With(BroadcastMessage item) => Media.Count >= MaxAlbum ? this : this with
    {
        Media = [.. Media, .. item.Media],
        Text = Text.Length > 0 ? Text : item.Text,
    };

    /// <summary>Equal when the text, the files and the album are.</summary>
    public bool Equals(BroadcastMessage? other) =>
        other is not null && Text == other.Text && Media.SequenceEqual(other.Media) && MediaGroupId == other.MediaGroupId;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Media.Count, MediaGroupId);
}
