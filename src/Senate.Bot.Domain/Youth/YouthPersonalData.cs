using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Privacy;

namespace Senate.Bot.Domain.Youth;

/// <summary>
/// The youth programmes' part of a person's data: their registrations with the details they gave, and the saved
/// profile. <c>/forget</c> cancels registrations for events still to come (a freed seat goes to the waitlist, who is
/// told), anonymises every registration (only what counts need stays: status, age, region, attendance) and deletes
/// the profile. Withdrawing a registration's consent does the same for that registration, and deletes the profile.
/// </summary>
internal sealed class YouthPersonalData(YouthContext youth) : IPersonalData
{
    public string Section => "youth";

    public object? Export(Turn turn)
    {
        var language = turn.Language;
        var registrations = youth.Stores.Registrations.ByUser(turn.User.Id).Select(r =>
        {
            var youthEvent = youth.Stores.Events.Get(r.EventId);
            return new
            {
                Event = youthEvent?.Title.Best(language).Value,
                Start = youthEvent?.StartUtc,
                Status = r.Status.ToString(),
                r.Code,
                r.FullName,
                r.Age,
                Region = youth.Regions.Find(r.RegionId)?.Name.In(language) ?? r.RegionId,
                r.StudyOrWork,
                r.Phone,
                r.Motivation,
                Registered = r.RegisteredUtc,
                Consent = new { Version = r.ConsentVersion, At = r.ConsentUtc },
                Promoted = r.PromotedUtc,
                Cancelled = r.CancelledUtc,
                Attended = r.AttendedUtc,
            };
        }).ToList();
        var profile = youth.Stores.Profiles.Get(turn.User.Id) is { } p
            ? new { p.FullName, p.Age, Region = youth.Regions.Find(p.RegionId)?.Name.In(language) ?? p.RegionId, p.StudyOrWork, p.Phone, Updated = p.UpdatedUtc }
            : null;
        return registrations.Count == 0 && profile is null ? null : new { Registrations = registrations, SavedProfile = profile };
    }

    public IEnumerable<string> Identifiers(Turn turn) =>
        youth.Stores.Registrations.ByUser(turn.User.Id).SelectMany(r => new[] { r.FullName, r.Phone })
            .Concat(youth.Stores.Profiles.Get(turn.User.Id) is { } p ? [p.FullName, p.Phone] : []);

    public int Erase(Turn turn, Redactor redactor)
    {
        var registrations = youth.Stores.Registrations.ByUser(turn.User.Id);
        foreach (var registration in registrations)
        {
            Anonymise(turn, registration);
        }

        youth.Stores.Profiles.Delete(turn.User.Id);
        return registrations.Count;
    }

    public bool Withdraw(Turn turn, ConsentRecord consent)
    {
        if (consent.Scope != ConsentScopes.YouthRegistration)
        {
            return false;
        }

        if (youth.Stores.Registrations.Get(consent.SubjectId) is { } registration && registration.UserId == turn.User.Id)
        {
            Anonymise(turn, registration);
        }

        youth.Stores.Profiles.Delete(turn.User.Id);
        return true;
    }

    /// <summary>Cancels the registration if its event is still to come (promoting the waitlist), then erases its details.</summary>
    private void Anonymise(Turn turn, Registration registration)
    {
        var nowUtc = turn.Now.UtcDateTime;
        if (youth.Stores.Events.Get(registration.EventId) is { } youthEvent && registration.IsActive && nowUtc < youthEvent.StartUtc)
        {
            foreach (var next in youth.Roster.Cancel(registration, youthEvent, nowUtc))
            {
                turn.Send(YouthScreens.Promoted(next, youthEvent));
            }
        }

        registration.UserId = 0;
        registration.FullName = string.Empty;
        registration.Phone = string.Empty;
        registration.StudyOrWork = string.Empty;
        registration.Motivation = null;
        registration.AnonymisedUtc = nowUtc;
        youth.Stores.Registrations.Update(registration);
    }
}
