namespace Senate.Bot.Domain.WorkingDays;

/// <summary>
/// A government transfer of a day of rest: <paramref name="From"/> (usually a Saturday) becomes a working day and
/// <paramref name="To"/> a day off, e.g. from Saturday 4 May 2024 to Wednesday 8 May 2024.
/// </summary>
public sealed record DayTransfer(DateOnly From, DateOnly To);
