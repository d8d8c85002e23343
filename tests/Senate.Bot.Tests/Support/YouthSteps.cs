using Senate.Bot.Domain.Youth;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Storage;
using Senate.Bot.Youth;

namespace Senate.Bot.Tests.Support;

/// <summary>Youth events seeded into the running bot, and a participant's steps through the registration.</summary>
internal static class YouthSteps
{
    /// <summary>Seeds an open event starting a week (or <paramref name="startsIn"/>) after <paramref name="nowUtc"/>.</summary>
    internal static async Task<YouthEvent> Seed(BotApplication app, DateTime nowUtc, int capacity, TimeSpan? startsIn = null)
    {
        var youthEvent = new YouthEvent
        {
            ProgrammeId = "school",
            Title = new EventTitle { Ru = "Open data workshop", En = "Open data workshop", Kk = "Open data workshop" },
            StartUtc = nowUtc + (startsIn ?? TimeSpan.FromDays(7)),
            RegistrationDeadlineUtc = nowUtc + (startsIn ?? TimeSpan.FromDays(7)),
            Place = "Astana",
            Capacity = capacity,
            Status = EventStatus.Open,
            CreatedUtc = nowUtc,
            CreatedBy = BotApplication.AdminId,
            UpdatedUtc = nowUtc,
        };
        await app.Get<DatabaseWriter>().Run(() => app.Get<YouthEventStore>().Insert(youthEvent));
        return youthEvent;
    }

    /// <summary>From an event's card to the registration's review, typing the details (Russian labels unless given).</summary>
    internal static async Task<BotMessage> UpToReview(LocalUser student, BotMessage card, string name, string region, string register = "Записаться", string agree = "Даю согласие", string skip = "Пропустить", string confirm = "Подтвердить", string phone = "+77011234567")
    {
        await student.Press(card, register);
        await student.Press(await student.NextMessage(), agree);
        await student.NextMessage();
        await student.SendText(name);
        await student.NextMessage();
        await student.SendText("19");
        await student.Press(await student.NextMessage(), region);
        await student.NextMessage();
        await student.SendText("Университет, 2 курс");
        await student.WaitFor(m => m.ReplyKeyboard is not null);
        await student.SendContact(phone);
        var motivation = await student.WaitFor(m => m.HasButton(skip));
        await student.Press(motivation, skip);
        return await student.WaitFor(m => m.HasButton(confirm));
    }

    /// <summary>Registers from an event's card to the outcome (in Kazakh when the card is); returns the outcome message.</summary>
    internal static async Task<BotMessage> Register(LocalUser student, BotMessage card, string name, string region, string confirm = "Подтвердить", string register = "Записаться", string agree = "Даю согласие", string skip = "Пропустить", string phone = "+77011234567")
    {
        if (card.HasButton("Тіркелу"))
        {
            (register, agree, skip, confirm) = ("Тіркелу", "Келісемін", "Өткізіп жіберу", "Растау");
        }

        var review = await UpToReview(student, card, name, region, register, agree, skip, confirm, phone);
        await student.Press(review, confirm);

        // The outcome (code or waitlist place) comes first, then the calendar file.
        var file = await student.WaitFor(m => m.Kind == BotMessageKind.Document);
        return student.Transcript.Last(m => m.FromBot && m.MessageId < file.MessageId && m.Kind == BotMessageKind.Text);
    }
}
