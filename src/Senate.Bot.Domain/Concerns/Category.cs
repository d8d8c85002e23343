using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>A concern category (ecology and air, roads and transport…).</summary>
/// <param name="Id">A short slug (at most 16 ASCII bytes), used in button data and stored records.</param>
/// <param name="Name">The name in the three languages.</param>
/// <param name="Emoji">A symbol shown before the name on buttons.</param>
public sealed record Category(string Id, LocalizedString Name, string Emoji);
