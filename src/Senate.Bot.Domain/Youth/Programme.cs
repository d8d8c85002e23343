using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Youth;

/// <summary>One of the Senate's youth programmes (the Youth Experts Club, the Analytics School).</summary>
/// <param name="Id">A short slug used in button data and stored events (<c>yec</c>, <c>school</c>).</param>
/// <param name="Name">The name in the three languages.</param>
/// <param name="Description">A short description in the three languages.</param>
public sealed record Programme(string Id, LocalizedString Name, LocalizedString Description);
