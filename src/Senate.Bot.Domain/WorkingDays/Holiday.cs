using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.WorkingDays;

/// <summary>A public holiday on a given date.</summary>
/// <param name="Date">The date.</param>
/// <param name="Name">The holiday's name in the three languages.</param>
/// <param name="Religious">
/// True for the religious holidays (Orthodox Christmas, the first day of Kurban Ait): when one falls on a weekend,
/// no day off is moved to the next working day (Labour Code art. 85).
/// </param>
public sealed record Holiday(DateOnly Date, LocalizedString Name, bool Religious);
