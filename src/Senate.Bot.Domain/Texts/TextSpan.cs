using System.Text.Json.Serialization;

namespace Senate.Bot.Domain.Texts;

/// <summary>
/// Formatting over part of a <see cref="FormattedText"/>. <paramref name="Offset"/> and <paramref name="Length"/>
/// count UTF-16 code units, exactly like the offset and length of Telegram's <c>MessageEntity</c>, so an editor's
/// entities map to spans one to one (an emoji outside the Basic Multilingual Plane counts as two).
/// </summary>
/// <param name="Kind">The formatting.</param>
/// <param name="Offset">Where it starts, in UTF-16 code units from the start of the text.</param>
/// <param name="Length">How many UTF-16 code units it covers (at least one).</param>
/// <param name="Url">The target of a <see cref="SpanKind.TextLink"/>; null for other kinds.</param>
/// <param name="Language">The programming language of a <see cref="SpanKind.Pre"/> block, if given; null for other kinds.</param>
public sealed record TextSpan(SpanKind Kind, int Offset, int Length, string? Url = null, string? Language = null)
{
    /// <summary>Where it ends (exclusive), in UTF-16 code units.</summary>
    [JsonIgnore]
    public int End => Offset + Length;
}
