using System.Globalization;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Audit;

/// <summary>
/// The audit log as CSV (<see cref="CsvTable"/>: UTF-8 with a byte-order mark, ';' between fields for Excel with kk-KZ
/// and ru-RU settings, formulas escaped since details carry staff's own words), times in the configured zone.
/// </summary>
internal static class AuditCsv
{
    private static readonly TextKey[] Headers =
    [
        AuditTexts.CsvTime, AuditTexts.CsvActorId, AuditTexts.CsvActor, AuditTexts.CsvAction, AuditTexts.CsvSubject, AuditTexts.CsvDetails, AuditTexts.CsvChat,
    ];

    public static byte[] Write(IEnumerable<AuditEntry> entries, Language language, TimeZoneInfo zone) =>
        CsvTable.Write(Headers, entries.Select(e => new[]
        {
            TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc), zone).ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture),
            e.ActorId.ToString(CultureInfo.InvariantCulture),
            e.ActorName,
            TextCatalog.Default.RenderPlain(AuditTexts.Action(e.Action), language, zone),
            e.Subject,
            e.Details ?? string.Empty,
            e.ChatId.ToString(CultureInfo.InvariantCulture),
        }), language, zone, ';');
}
