using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Youth;

/// <summary>
/// The .ics file sent with a registration: one VEVENT with the event's start and end, place or link, and title in
/// the participant's language. Its UID is fixed per registration, so a calendar that imports the file again (after
/// a change of time) updates the entry instead of adding a second one.
/// </summary>
internal static class CalendarFile
{
    public static Conversations.Attachment For(YouthEvent youthEvent, Registration registration, YouthSettings settings, DateTime nowUtc)
    {
        var language = registration.Language;
        var zone = settings.TimeZone;
        var calendar = new Calendar { ProductId = "-//Senate.Bot//Youth events//EN" };
        var start = Moment(calendar, youthEvent.StartUtc, zone);
        var calendarEvent = new CalendarEvent
        {
            Uid = $"registration-{registration.Id}@{settings.CalendarUidDomain}",
            Summary = youthEvent.Title.Best(language).Value,
            DtStamp = new CalDateTime(nowUtc, "UTC", true),
            DtStart = start,
            DtEnd = Moment(calendar, youthEvent.StartUtc + settings.EventDuration, zone),
            Location = youthEvent.Place ?? youthEvent.OnlineUrl,
            Description = TextCatalog.Default.RenderPlain(
                registration.Status == RegistrationStatus.Confirmed
                    ? YouthTexts.CalendarDescriptionConfirmed.With(new { code = registration.Code })
                    : YouthTexts.CalendarDescriptionWaitlisted,
                language,
                zone),
        };
        if (youthEvent.OnlineUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            calendarEvent.Url = uri;
        }

        calendar.Events.Add(calendarEvent);
        var ics = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        return new Conversations.Attachment
        {
            Kind = Conversations.AttachmentKind.Document,
            Content = Encoding.UTF8.GetBytes(ics),
            FileName = $"event-{youthEvent.Id}.ics",
        };
    }

    /// <summary>
    /// A moment in the configured zone with its VTIMEZONE, so calendars show the local time of the event; in UTC
    /// when the zone is not one the iCalendar library knows (a Windows zone id, say).
    /// </summary>
    private static CalDateTime Moment(Calendar calendar, DateTime utc, TimeZoneInfo zone)
    {
        utc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        try
        {
            if (!calendar.TimeZones.Any(t => t.TzId == zone.Id))
            {
                calendar.AddTimeZone(zone.Id);
            }

            return new CalDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone), zone.Id, true);
        }
        catch (ArgumentException)
        {
            return new CalDateTime(utc, "UTC", true);
        }
    }
}
