using System.Globalization;
using Senate.Bot.Domain.Conversations;

namespace Senate.Bot.Domain.Audit;

/// <summary>
/// The filters of <c>/audit</c>, carried in the data of its buttons (at most 64 bytes): who (a user id), what (an
/// action), when (a period: <c>a</c> all, <c>t</c> today, <c>w</c> 7 days, <c>m</c> 30 days, <c>d20260512</c> one day,
/// <c>r20260501-20260531</c> a range, in the configured zone).
/// </summary>
internal sealed record AuditQuery(long? ActorId, AuditAction? Action, string Period)
{
    public const string All = "a";
    public const string Today = "t";
    public const string Week = "w";
    public const string Month = "m";

    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    /// <summary>The periods offered on buttons.</summary>
    public static IReadOnlyList<string> Periods { get; } = [Today, Week, Month, All];

    /// <summary>Reads typed filters: a user id, an action's name, a date or two, in any order; null when a word is none of these.</summary>
    public static AuditQuery? Parse(string argument, Turn turn, TimeZoneInfo zone)
    {
        var query = new AuditQuery(null, null, All);
        var dates = new List<DateOnly>();
        foreach (var word in argument.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DateOnly.TryParseExact(word, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates.Add(date);
            }
            else if (long.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                query = query with { ActorId = id };
            }
            else if (Enum.TryParse<AuditAction>(word, ignoreCase: true, out var action) && Enum.IsDefined(action) && !long.TryParse(word, out _))
            {
                query = query with { Action = action };
            }
            else
            {
                return null;
            }
        }

        return dates switch
        {
            [] => query,
            [var day] => query with { Period = "d" + Compact(day) },
            [var first, var last] when first <= last => query with { Period = "r" + Compact(first) + "-" + Compact(last) },
            _ => null,
        };
    }

    /// <summary>The query in a button's data, or null when the data was not made by <see cref="Data"/>.</summary>
    public static AuditQuery? FromData(string actor, string action, string period)
    {
        long? actorId = null;
        if (actor != "-")
        {
            if (!long.TryParse(actor, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return null;
            }

            actorId = id;
        }

        AuditAction? kind = null;
        if (action != "-")
        {
            if (!int.TryParse(action, NumberStyles.None, CultureInfo.InvariantCulture, out var code) || !Enum.IsDefined((AuditAction)code))
            {
                return null;
            }

            kind = (AuditAction)code;
        }

        return period is All or Today or Week or Month || Days(period) is not null ? new AuditQuery(actorId, kind, period) : null;
    }

    public string Data(int page) => string.Create(CultureInfo.InvariantCulture, $"au:q:{Actor}:{ActionCode}:{Period}:{page}");

    public string PickerData(string picker) => $"au:{picker}:{Actor}:{ActionCode}:{Period}";

    /// <summary>The audit filter at <paramref name="now"/>.</summary>
    public AuditFilter Filter(DateTimeOffset now, TimeZoneInfo zone)
    {
        var (from, before) = Range(Period, zone, now) ?? (null, null);
        return new AuditFilter { ActorId = ActorId, Action = Action, FromUtc = from, BeforeUtc = before };
    }

    /// <summary>The UTC moment a local day starts.</summary>
    public static DateTime StartOfDayUtc(DateOnly day, TimeZoneInfo zone) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone);

    /// <summary>The first and last day of a typed period, for display; null for the relative ones.</summary>
    public static (DateOnly From, DateOnly To)? Days(string period) => period switch
    {
        ['d', .. var day] when ParseDay(day) is { } d => (d, d),
        ['r', .. var range] when range.Split('-') is [var a, var b] && ParseDay(a) is { } first && ParseDay(b) is { } last => (first, last),
        _ => null,
    };

    private string Actor => ActorId?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private string ActionCode => Action is { } action ? ((int)action).ToString(CultureInfo.InvariantCulture) : "-";

    private static string Compact(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDay(string text) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>The UTC bounds of a period at <paramref name="now"/>; (null, null) for all time; null when the code is unknown.</summary>
    private static (DateTime? From, DateTime? Before)? Range(string period, TimeZoneInfo zone, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        DateTime Start(DateOnly day) => StartOfDayUtc(day, zone);
        return period switch
        {
            All => (null, null),
            Today => (Start(today), null),
            Week => (Start(today.AddDays(-6)), null),
            Month => (Start(today.AddDays(-29)), null),
            _ when Days(period) is var (first, last) && last < DateOnly.MaxValue => (Start(first), Start(last.AddDays(1))),
            _ => null,
        };
    }
}
