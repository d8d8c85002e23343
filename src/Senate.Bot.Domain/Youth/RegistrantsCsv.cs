using System.Globalization;
using CsvHelper;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Youth;

/// <summary>
/// The CSV export of an event's registrants for staff: UTF-8 with a BOM (so Excel shows Cyrillic), headers and
/// values in the staff member's language, times in the configured zone, the waitlist in order. Separated by
/// semicolons, which Excel expects in Kazakh and Russian locales. Text that participants typed cannot start a
/// spreadsheet formula.
/// </summary>
internal static class RegistrantsCsv
{
    private static readonly TextKey[] Headers =
    [
        YouthTexts.CsvNumber, YouthTexts.CsvCode, YouthTexts.CsvStatus, YouthTexts.CsvWaitlistPosition,
        YouthTexts.CsvFullName, YouthTexts.CsvAge, YouthTexts.CsvRegion, YouthTexts.CsvStudyOrWork, YouthTexts.CsvPhone,
        YouthTexts.CsvMotivation, YouthTexts.CsvRegistered, YouthTexts.CsvAttended,
    ];

    /// <summary>
    /// The file, made after the update commits: the waitlist's order is read now, in the update's transaction, the
    /// table is written later from what was read.
    /// </summary>
    public static Attachment For(YouthEvent youthEvent, IReadOnlyList<Registration> registrations, EventRoster roster, Regions regions, Language language, TimeZoneInfo zone)
    {
        var positions = roster.Waitlist(youthEvent.Id).Select((r, i) => (r.Id, Position: i + 1)).ToDictionary(x => x.Id, x => x.Position);
        return new Attachment
        {
            Kind = AttachmentKind.Document,
            Render = () => Write(registrations, positions, regions, language, zone),
            FileName = $"registrants-event-{youthEvent.Id}.csv",
        };
    }

    private static byte[] Write(IReadOnlyList<Registration> registrations, Dictionary<long, int> positions, Regions regions, Language language, TimeZoneInfo zone)
    {
        var catalog = TextCatalog.Default;
        string Plain(Text text) => catalog.RenderPlain(text, language, zone);
        string Time(DateTime? utc) => utc is { } value
            ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : string.Empty;

        using var stream = new MemoryStream();
        var options = new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, FormatProvider = CultureInfo.InvariantCulture };
        using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            foreach (var header in Headers)
            {
                csv.WriteField(Plain(header));
            }

            csv.EndRecord();
            var number = 0;
            foreach (var registration in registrations)
            {
                csv.WriteField((++number).ToString(CultureInfo.InvariantCulture));
                csv.WriteField(registration.Code);
                csv.WriteField(Plain(StatusWord(registration)));
                csv.WriteField(positions.TryGetValue(registration.Id, out var position) ? position.ToString(CultureInfo.InvariantCulture) : string.Empty);
                csv.WriteField(Safe(registration.FullName));
                csv.WriteField(registration.Age.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(regions.Find(registration.RegionId)?.Name.In(language) ?? registration.RegionId);
                csv.WriteField(Safe(registration.StudyOrWork));
                csv.WriteField(registration.Phone);
                csv.WriteField(Safe(registration.Motivation ?? string.Empty));
                csv.WriteField(Time(registration.RegisteredUtc));
                csv.WriteField(Time(registration.AttendedUtc));
                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }

    /// <summary>The status as a word for staff.</summary>
    public static TextKey StatusWord(Registration registration) => registration switch
    {
        { Status: RegistrationStatus.Cancelled } => YouthTexts.WordCancelled,
        { Status: RegistrationStatus.Waitlisted } => YouthTexts.WordWaitlisted,
        { AttendedUtc: not null } => YouthTexts.WordAttended,
        _ => YouthTexts.WordConfirmed,
    };

    /// <summary>A participant's words that a spreadsheet would take for a formula get a leading apostrophe.</summary>
    private static string Safe(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
