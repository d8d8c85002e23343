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
        youthEvent.OnlineUrl is { } url ? YouthTexts.WhereOnline.With(url) : YouthTexts.WherePlace.With(youthEvent.Place ?? string.Empty);

    /// <summary>Title, start and place of an event in a reader's language.</summary>
    public static Text Summary(YouthEvent youthEvent, Language reader) =>
        YouthTexts.EventSummary.With(youthEvent.Title.Show(reader), Utc(youthEvent.StartUtc), Where(youthEvent));

    /// <summary>Texts one under another, as one text.</summary>
    public static Text Lines(IReadOnlyList<Text> lines) => lines.Count switch
    {
        0 => YouthTexts.Empty,
        1 => lines[0],
        _ => YouthTexts.TwoLines.With(Lines([.. lines.Take(lines.Count / 2)]), Lines([.. lines.Skip(lines.Count / 2)])),
    };

    /// <summary>A participant's status line for a registration.</summary>
    public static Text Status(Registration registration, YouthEvent youthEvent, EventRoster roster) => registration switch
    {
        _ when youthEvent.Status == EventStatus.Cancelled => YouthTexts.StatusEventCancelled,
        { Status: RegistrationStatus.Cancelled } => YouthTexts.StatusCancelled,
        { Status: RegistrationStatus.Waitlisted } => YouthTexts.StatusWaitlisted.With(roster.WaitlistPosition(registration)),
        { AttendedUtc: { } attended } => YouthTexts.StatusAttended.With(Utc(attended)),
        _ => YouthTexts.StatusConfirmed.With(registration.Code),
    };

    /// <summary>Buttons laid out in rows of <paramref name="perRow"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<Button>> Grid(IEnumerable<Button> buttons, int perRow) =>
        [.. buttons.Chunk(perRow).Select(row => (IReadOnlyList<Button>)row)];

    /// <summary>The reply telling a participant their seat came free, with their code.</summary>
    public static Reply Promoted(Registration registration, YouthEvent youthEvent) => new()
    {
        ChatId = registration.UserId,
        Language = registration.Language,
        Text = YouthTexts.Promoted.With(Summary(youthEvent, registration.Language), registration.Code),
        Buttons = [[new Button(YouthTexts.MyRegistrationButton, YouthFeature.RegistrationData(registration.Id))]],
    };
}
