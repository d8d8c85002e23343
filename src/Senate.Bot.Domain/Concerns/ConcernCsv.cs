using System.Globalization;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// The CSV export of concerns for staff: UTF-8 with a byte-order mark (so Excel shows Cyrillic and Kazakh letters),
/// headers and values in the reader's language, dates in the configured zone. Contacts (names, phones) are left
/// out: an export travels further than the bot, and staff can see a contact on the concern's card.
/// </summary>
internal sealed class ConcernCsv(ConcernContext context)
{
    private static readonly TextKey[] Headers =
    [
        ConcernTexts.CsvNumber, ConcernTexts.CsvReceived, ConcernTexts.CsvDue, ConcernTexts.CsvStatus, ConcernTexts.CsvOverdue,
        ConcernTexts.CsvRegion, ConcernTexts.CsvCategory, ConcernTexts.CsvSettlement, ConcernTexts.CsvDescription,
        ConcernTexts.CsvPhotos, ConcernTexts.CsvLocation, ConcernTexts.CsvAnonymous, ConcernTexts.CsvSupporters,
        ConcernTexts.CsvForwardedTo, ConcernTexts.CsvAnswer, ConcernTexts.CsvRejectReason, ConcernTexts.CsvDuplicateOf,
    ];

    /// <summary>
    /// Reads now (in the update's transaction) what the file needs beyond the concerns — the numbers of the concerns
    /// that duplicates point to — and returns what makes the file's bytes later, outside it.
    /// </summary>
    public Func<byte[]> Prepare(IReadOnlyList<Concern> concerns, Language language, DateOnly today)
    {
        var originals = concerns.Select(c => c.DuplicateOfId).OfType<long>().Distinct()
            .ToDictionary(id => id, id => context.Store.Get(id)?.Number ?? string.Empty);
        return () => Write(concerns, originals, language, today);
    }

    private byte[] Write(IReadOnlyList<Concern> concerns, Dictionary<long, string> originals, Language language, DateOnly today)
    {
        var zone = context.Settings.TimeZone;
        string Plain(Text text) => TextCatalog.Default.RenderPlain(text, language, zone);
        var yes = Plain(CommonTexts.Yes);
        var no = Plain(CommonTexts.No);
        return CsvTable.Write(Headers, concerns.Select(c => new[]
        {
            c.Number,
            Moment(c.RegisteredUtc, zone),
            Day(ConcernDeadlines.Stored(c.DueDate)),
            Plain(ConcernFormat.Status(c.Status)),
            ConcernDeadlines.IsOverdue(c, today) ? yes : no,
            context.RegionName(c.RegionId).In(language),
            context.CategoryName(c.CategoryId).In(language),
            c.Settlement ?? string.Empty,
            c.Description,
            c.PhotoFileIds.Count.ToString(CultureInfo.InvariantCulture),
            c.Latitude is { } lat && c.Longitude is { } lon ? string.Create(CultureInfo.InvariantCulture, $"{lat:0.00000}, {lon:0.00000}") : string.Empty,
            c.Anonymous ? yes : no,
            (c.SupportCount + 1).ToString(CultureInfo.InvariantCulture),
            c.ForwardedTo ?? string.Empty,
            string.Join("\n\n", ConcernCards.AnswersOf(c).Select(h => h.Note)),
            c.RejectReason is { } reason ? Plain(ConcernFormat.Reason(reason)) : string.Empty,
            c.DuplicateOfId is { } originalId ? originals[originalId] : string.Empty,
        }), language, zone, context.Settings.CsvSeparator);
    }

    /// <summary>A moment as a table cell: <c>dd.MM.yyyy HH:mm</c> in the configured zone (Excel reads it in every language).</summary>
    public static string Moment(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A date as a table cell: <c>dd.MM.yyyy</c>.</summary>
    public static string Day(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
