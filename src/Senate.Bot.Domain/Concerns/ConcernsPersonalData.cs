using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Privacy;

namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// The concerns' part of a person's data. <c>/mydata</c> shows their concerns with history (without staff's internal
/// notes and names), answers and additions, and the concerns they supported. <c>/forget</c> keeps each concern for
/// the statistics and the official record but takes out every personal field: the author link, the contact and its
/// consent, their names and numbers wherever they were quoted; the staff post is edited to show it as anonymised.
/// Their "me too" is kept as a count without their id. Withdrawing the contact's consent erases that contact.
/// </summary>
internal sealed class ConcernsPersonalData(ConcernContext context, ConcernCards cards) : IPersonalData
{
    public string Section => "concerns";

    public object? Export(Turn turn)
    {
        var language = turn.Language;
        var authored = context.Store.ByAuthor(turn.User.Id).OrderBy(c => c.RegisteredUtc).Select(c => new
        {
            c.Number,
            Registered = c.RegisteredUtc,
            Due = c.DueDate,
            Status = c.Status.ToString(),
            Region = context.RegionName(c.RegionId).In(language),
            c.Settlement,
            Category = context.CategoryName(c.CategoryId).In(language),
            c.Description,
            Photos = c.PhotoFileIds.Count,
            Location = c.Latitude is { } lat && c.Longitude is { } lon ? new { Latitude = lat, Longitude = lon } : null,
            c.Anonymous,
            Contact = c.ContactPhone is null ? null : new { Name = c.ContactName, Phone = c.ContactPhone },
            Consent = c.ConsentVersion is null ? null : new { Version = c.ConsentVersion, At = c.ConsentUtc },
            c.ForwardedTo,
            RejectReason = c.RejectReason?.ToString(),
            Answers = ConcernCards.AnswersOf(c).Select(h => new { At = h.AtUtc, Text = h.Note }),
            c.OpenQuestion,
            Additions = c.Additions.Select(a => new { At = a.AtUtc, a.Text, Photo = a.PhotoFileId is not null, AnswersQuestion = a.Question }),
            History = c.History
                .Where(h => h.Event != ConcernEvent.Note)
                .Select(h => new { At = h.AtUtc, Event = h.Event.ToString() }),
            PeopleAffected = c.SupportCount + 1,
        }).ToList();
        var supported = Supported(turn.User.Id).Select(c => c.Number).ToList();
        return authored.Count == 0 && supported.Count == 0 ? null : new { Authored = authored, Supported = supported };
    }

    public IEnumerable<string> Identifiers(Turn turn) =>
        context.Store.ByAuthor(turn.User.Id).SelectMany(c => new[] { c.ContactName, c.ContactPhone }).OfType<string>();

    public int Erase(Turn turn, Redactor redactor)
    {
        var userId = turn.User.Id;
        var nowUtc = turn.Now.UtcDateTime;
        var authored = context.Store.ByAuthor(userId);
        foreach (var concern in authored)
        {
            concern.AuthorId = null;
            EraseContact(concern);
            concern.OpenQuestion = null;
            concern.Settlement = redactor.Redact(concern.Settlement);
            concern.Description = redactor.Redact(concern.Description)!;
            concern.ForwardedTo = redactor.Redact(concern.ForwardedTo);
            concern.Answer = redactor.Redact(concern.Answer);
            if (concern.AnswerDraft is { } draft)
            {
                draft.Text = redactor.Redact(draft.Text)!;
            }

            foreach (var addition in concern.Additions)
            {
                (addition.Text, addition.Question) = (redactor.Redact(addition.Text), redactor.Redact(addition.Question));
            }

            foreach (var entry in concern.History)
            {
                entry.Note = redactor.Redact(entry.Note);
            }

            concern.History.Add(new ConcernHistoryEntry { AtUtc = nowUtc, Event = ConcernEvent.AuthorErased });
            concern.AuthorErasedUtc = nowUtc;
            concern.UpdatedUtc = nowUtc;
            context.Store.Update(concern);
            Post(turn, concern);
        }

        foreach (var concern in Supported(userId))
        {
            // The count of people affected stays; only the id that kept it from counting twice goes.
            concern.SupporterIds.RemoveAll(id => id == userId);
            context.Store.Update(concern);
        }

        return authored.Count;
    }

    public bool Withdraw(Turn turn, ConsentRecord consent)
    {
        if (consent.Scope != ConsentScopes.ConcernContact)
        {
            return false;
        }

        if (context.Store.Get(consent.SubjectId) is { } concern && concern.AuthorId == turn.User.Id && concern.ContactPhone is not null)
        {
            var nowUtc = turn.Now.UtcDateTime;
            EraseContact(concern);
            concern.ContactWithdrawnUtc = nowUtc;
            concern.History.Add(new ConcernHistoryEntry { AtUtc = nowUtc, Event = ConcernEvent.ContactWithdrawn });
            concern.UpdatedUtc = nowUtc;
            context.Store.Update(concern);
            Post(turn, concern);
        }

        return true;
    }

    private static void EraseContact(Concern concern)
    {
        concern.Anonymous = true;
        concern.ContactName = null;
        concern.ContactPhone = null;
        concern.ConsentUtc = null;
        concern.ConsentVersion = null;
    }

    private List<Concern> Supported(long userId) =>
        [.. context.Store.Find(new ConcernFilter()).Where(c => c.SupporterIds.Contains(userId)).OrderBy(c => c.RegisteredUtc)];

    private void Post(Turn turn, Concern concern)
    {
        if (cards.PostUpdate(concern) is { } update)
        {
            turn.Send(update);
        }
    }
}
