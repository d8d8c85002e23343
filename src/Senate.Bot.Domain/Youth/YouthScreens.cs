using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Youth;

/// <summary>Pieces of text and buttons shared by the participant's screens, the flows, the staff side and the notices.</summary>
internal static class YouthScreens
{
    /// <summary>A stored UTC time as an argument the renderer shows in the configured zone.</summary>
    public static DateTimeOffset Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(value.ToUniversalTime()),
        _ => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)),
    };

    /// <summary>Where it happens: the place, or the online link.</summary>
    public static Text Where(YouthEvent youthEvent) =>
        youthEvent.OnlineUrl is { } url ? YouthTexts.WhereOnline.With(new { url = url }) : YouthTexts.WherePlace.With(new { place = youthEvent.Place ?? string.Empty });

    /// <summary>Title, start and place of an event in a reader's language.</summary>
    public static Text Summary(YouthEvent youthEvent, Language reader) =>
        YouthTexts.EventSummary.With(new { title = youthEvent.Title.Show(reader), start = Utc(youthEvent.StartUtc), where = Where(youthEvent) });

    /// <summary>A participant's status line for a registration.</summary>
    public static Text Status(Registration registration, YouthEvent youthEvent, EventRoster roster) => registration switch
    {
        _ when youthEvent.Status == EventStatus.Cancelled => YouthTexts.StatusEventCancelled,
        { Status: RegistrationStatus.Cancelled } => YouthTexts.StatusCancelled,
        { Status: RegistrationStatus.Waitlisted } => YouthTexts.StatusWaitlisted.With(new { position = roster.WaitlistPosition(registration) }),
        { AttendedUtc: { } attended } => YouthTexts.StatusAttended.With(new { at = Utc(attended) }),
        _ => YouthTexts.StatusConfirmed.With(new { code = registration.Code }),
    };

    /// <summary>The reply telling a participant their seat came free, with their code.</summary>
    public static Reply Promoted(Registration registration, YouthEvent youthEvent) => new()
    {
        ChatId = registration.UserId,
        Language = registration.Language,
        Text = YouthTexts.Promoted.With(new { @event = Summary(youthEvent, registration.Language), code = registration.Code }),
        Buttons = [[new Button(YouthTexts.MyRegistrationButton, YouthFeature.RegistrationData(registration.Id))]],
    };
}
