using System.ComponentModel.DataAnnotations;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// Settings of the concerns feature. The host binds them from configuration (section <see cref="SectionName"/>;
/// <see cref="StaffChatId"/> from <c>Bot:StaffChatId</c>, <see cref="TimeZoneId"/> from <c>Bot:TimeZone</c>) and
/// validates them at start-up.
/// </summary>
public sealed class ConcernSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Concerns";

    /// <summary>The staff chat where new concerns are posted; null: staff use private commands only.</summary>
    public long? StaffChatId { get; set; }

    /// <summary>The language of posts in the staff chat.</summary>
    public Language StaffLanguage { get; set; } = Language.Ru;

    /// <summary>How many concerns one person may submit per day (Astana calendar day).</summary>
    [Range(1, 100)]
    public int DailyLimit { get; set; } = 3;

    /// <summary>The shortest description accepted, in characters.</summary>
    [Range(1, 1000)]
    public int DescriptionMinLength { get; set; } = 20;

    /// <summary>The longest description accepted, in characters (a staff post must fit Telegram's 4096).</summary>
    [Range(100, 3000)]
    public int DescriptionMaxLength { get; set; } = 3000;

    /// <summary>The same text from the same person within this window is refused.</summary>
    public TimeSpan RepeatedTextWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// The end of the working day (Astana time, 18:00 by default): a concern submitted at or after it, or on a day
    /// off, is registered the next working day (АППК art. 64). One submitted on a working day before the office
    /// opens is registered that same day, so the start of the working day plays no part.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "23:59:59")]
    public TimeSpan WorkdayEnd { get; set; } = TimeSpan.FromHours(18);

    /// <summary>Working days to answer (АППК art. 76).</summary>
    [Range(1, 60)]
    public int AnswerWorkingDays { get; set; } = 15;

    /// <summary>Staff are warned when a concern is due within this many working days.</summary>
    [Range(0, 10)]
    public int DueSoonWorkingDays { get; set; } = 2;

    /// <summary>The time zone of dates and deadlines (IANA id).</summary>
    public string TimeZoneId { get; set; } = "Asia/Almaty";

    /// <summary>How many open concerns of the same region and category are offered for support.</summary>
    [Range(0, 10)]
    public int SimilarShown { get; set; } = 3;

    /// <summary>Items per page in lists.</summary>
    [Range(3, 20)]
    public int PageSize { get; set; } = 5;

    /// <summary>The period a regional briefing covers, back from today.</summary>
    public TimeSpan BriefingPeriod { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// The CSV field separator: ';' by default, because Excel with the kk-KZ and ru-RU regional settings splits
    /// columns on ';' and would show a comma-separated file in one column.
    /// </summary>
    public char CsvSeparator { get; set; } = ';';

    /// <summary>The time zone (<see cref="TimeZoneId"/>).</summary>
    /// <exception cref="TimeZoneNotFoundException">The id is unknown.</exception>
    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The most photos a concern may have (Telegram albums and staff posts are built around it).</summary>
    public const int MaxPhotos = 5;
}
