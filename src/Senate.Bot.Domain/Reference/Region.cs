using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Reference;

/// <summary>One of Kazakhstan's 20 regions: 17 oblasts and the cities Astana, Almaty and Shymkent.</summary>
/// <param name="Id">A short slug (at most 16 ASCII bytes), used in button data and stored records.</param>
/// <param name="Name">The name in the three languages.</param>
/// <param name="IsCity">True for the three cities of republican significance.</param>
/// <param name="Centre">The administrative centre of an oblast.</param>
/// <param name="ShortName">The name on buttons: without the word for oblast or city where that stays unambiguous.</param>
public sealed record Region(string Id, LocalizedString Name, bool IsCity, LocalizedString? Centre, LocalizedString ShortName);
