using Senate.Bot.Domain.Conversations;

namespace Senate.Bot.Domain.Youth;

/// <summary>
/// Reminders before events, as a background job: the host calls <see cref="Run"/> every minute or so inside one
/// transaction and sends the replies it returns. Each (registration, offset) is marked in
/// <see cref="Registration.RemindersSent"/> in that same transaction, so a reminder is never sent twice, even
/// across restarts.
/// </summary>
public static class ReminderPlanner
{
    /// <summary>
    /// The reminders due at <paramref name="now"/>, each to the participant's chat in their language, marked as sent.
    /// A reminder goes to confirmed participants of events that are not cancelled and have not started. One whose
    /// moment passed more than <see cref="YouthSettings.ReminderMaxDelay"/> ago (the bot was down), or that a
    /// closer reminder has already replaced, is skipped rather than sent late; so is one whose moment came before
    /// the participant got their seat. Waitlisted participants get no reminders: they are told when a seat frees up.
    /// </summary>
    public static IReadOnlyList<Reply> Run(DateTimeOffset now, YouthStores stores, YouthSettings settings)
    {
        var nowUtc = now.UtcDateTime;
        var offsets = settings.ReminderOffsets.Where(o => o > TimeSpan.Zero).Distinct().OrderByDescending(o => o).ToList();
        if (offsets.Count == 0)
        {
            return [];
        }

        var replies = new List<Reply>();
        foreach (var youthEvent in stores.Events.StartingBetween(nowUtc, nowUtc + offsets[0]))
        {
            if (youthEvent.Status == EventStatus.Cancelled)
            {
                continue;
            }

            // The reminder for the closest offset whose moment has come; earlier offsets are superseded by it.
            var due = offsets.Where(o => youthEvent.StartUtc - o <= nowUtc).Min();
            var late = nowUtc - (youthEvent.StartUtc - due);
            if (late > settings.ReminderMaxDelay)
            {
                continue;
            }

            var key = (int)due.TotalMinutes;
            var moment = youthEvent.StartUtc - due;
            foreach (var registration in stores.Registrations.ByEvent(youthEvent.Id))
            {
                // Someone who got their seat after the moment was just told everything a reminder says.
                if (registration.Status != RegistrationStatus.Confirmed
                    || registration.AttendedUtc is not null
                    || registration.RemindersSent.Contains(key)
                    || (registration.PromotedUtc ?? registration.RegisteredUtc) > moment)
                {
                    continue;
                }

                registration.RemindersSent.Add(key);
                stores.Registrations.Update(registration);
                replies.Add(new Reply
                {
                    ChatId = registration.UserId,
                    Language = registration.Language,
                    Text = YouthTexts.Reminder.With(new { @event = YouthScreens.Summary(youthEvent, registration.Language), code = registration.Code }),
                    Buttons = [[new Button(YouthTexts.MyRegistrationButton, YouthFeature.RegistrationData(registration.Id))]],
                });
            }
        }

        return replies;
    }
}
