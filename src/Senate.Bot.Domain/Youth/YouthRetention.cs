using Senate.Bot.Domain.Conversations;

namespace Senate.Bot.Domain.Youth;

/// <summary>
/// Keeps the consent's promise on storage time, as a daily background job: once
/// <see cref="YouthSettings.RetentionAfterEvent"/> has passed since an event, its registrants' personal details
/// (name, phone, place of study or work, motivation) are erased, keeping only what counts need (status, age,
/// region, attendance); remembered profiles unused for as long are deleted.
/// </summary>
public static class YouthRetention
{
    /// <summary>Erases what is due at <paramref name="now"/>; sends nothing (the result is always empty).</summary>
    public static IReadOnlyList<Reply> Run(DateTimeOffset now, YouthStores stores, YouthSettings settings)
    {
        var cutoff = now.UtcDateTime - settings.RetentionAfterEvent;
        foreach (var youthEvent in stores.Events.StartingBetween(DateTime.MinValue, cutoff))
        {
            foreach (var registration in stores.Registrations.ByEvent(youthEvent.Id).Where(r => r.AnonymisedUtc is null))
            {
                registration.FullName = string.Empty;
                registration.Phone = string.Empty;
                registration.StudyOrWork = string.Empty;
                registration.Motivation = null;
                registration.AnonymisedUtc = now.UtcDateTime;
                stores.Registrations.Update(registration);
            }
        }

        foreach (var profile in stores.Profiles.UpdatedBefore(cutoff))
        {
            stores.Profiles.Delete(profile.Id);
        }

        return [];
    }
}
