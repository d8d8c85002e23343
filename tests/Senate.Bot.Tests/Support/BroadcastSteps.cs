using Senate.Bot.Concerns;
using Senate.Bot.Deliveries;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Deliveries;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using Senate.Bot.Domain.Youth;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Storage;
using Senate.Bot.Youth;

namespace Senate.Bot.Tests.Support;

/// <summary>People seeded into the running bot as an audience, and an editor's steps through /broadcast (Russian labels).</summary>
internal static class BroadcastSteps
{
    /// <summary>
    /// People the bot knows (a user record with their language, as after their first /start), their chats open on the
    /// local Bot API, each with a concern in <paramref name="regionId"/> when given (their region by the rule).
    /// </summary>
    internal static async Task<List<LocalUser>> People(BotApplication app, long first, int count, Language language = Language.Ru, string? regionId = null)
    {
        var now = DateTime.UtcNow;
        var people = Enumerable.Range(0, count).Select(i => app.User(first + i, "Reader" + (first + i), language.Code())).ToList();
        await app.Get<DatabaseWriter>().Run(() =>
        {
            foreach (var person in people)
            {
                app.Get<UserStore>().Save(new BotUser { Id = person.Id, Language = language, LanguageChosen = true, FirstName = person.FirstName, FirstSeenUtc = now, LastSeenUtc = now });
                if (regionId is not null)
                {
                    app.Get<ConcernStore>().Insert(new Concern
                    {
                        Number = "T-" + person.Id,
                        AuthorId = person.Id,
                        AuthorLanguage = language,
                        RegionId = regionId,
                        CategoryId = "ecology",
                        Description = "Test concern",
                        RegisteredUtc = now,
                        RegistrationDate = now.Date,
                        DueDate = now.Date.AddDays(21),
                    });
                }
            }
        });
        return people;
    }

    /// <summary>A registration of a person for an event, in a region.</summary>
    internal static Task Register(BotApplication app, YouthEvent youthEvent, LocalUser person, string regionId, RegistrationStatus status, bool attended = false) =>
        app.Get<DatabaseWriter>().Run(() => app.Get<RegistrationStore>().Insert(new Registration
        {
            EventId = youthEvent.Id,
            UserId = person.Id,
            RegionId = regionId,
            FullName = person.FirstName,
            Age = 20,
            Status = status,
            Code = ("C" + person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).PadRight(8, 'X')[..8],
            RegisteredUtc = DateTime.UtcNow,
            AttendedUtc = attended ? DateTime.UtcNow : null,
        }));

    /// <summary>/broadcast up to the audience hub, the message(s) sent by <paramref name="send"/> after the mode is chosen.</summary>
    internal static async Task<BotMessage> ToAudience(LocalUser editor, bool perLanguage, Func<Task> send)
    {
        await editor.SendText("/broadcast");
        var mode = await editor.WaitFor(m => m.HasButton("Одно сообщение для всех"));
        await editor.Press(mode, perLanguage ? "Своя версия для каждого языка" : "Одно сообщение для всех");
        await editor.WaitFor(m => m.Text?.Contains(perLanguage ? "русскую" : "Пришлите объявление", StringComparison.Ordinal) == true && m.MessageId > mode.MessageId);
        await send();
        return await Hub(editor);
    }

    /// <summary>The audience hub, once it is (again) the latest question.</summary>
    internal static Task<BotMessage> Hub(LocalUser editor) => editor.WaitFor(m => m.HasButton("Готово —") && m.Text?.Contains("Кто получит", StringComparison.Ordinal) == true);

    /// <summary>Opens a condition of the hub, presses each toggle in place, then "Done" back to a new hub.</summary>
    internal static async Task<BotMessage> Narrow(LocalUser editor, BotMessage hub, string condition, params string[] toggles)
    {
        await editor.Press(hub, condition);
        var screen = await editor.WaitFor(m => m.MessageId > hub.MessageId && m.HasButton("✅ Готово"));
        foreach (var toggle in toggles)
        {
            var before = screen.Edited;
            await editor.Press(screen, toggle);
            screen = await editor.WaitFor(m => m.MessageId == screen.MessageId && m.Edited > before);
        }

        await editor.Press(screen, "✅ Готово");
        return await editor.WaitFor(m => m.MessageId > screen.MessageId && m.HasButton("Готово —"));
    }

    /// <summary>From the hub to the review: done, now, not pinned (or pinned).</summary>
    internal static async Task<BotMessage> ToReview(LocalUser editor, BotMessage hub, bool pin = false)
    {
        await editor.Press(hub, "Готово —");
        await editor.Press(await editor.WaitFor(m => m.HasButton("Сейчас") && m.MessageId > hub.MessageId), "Сейчас");
        await editor.Press(await editor.WaitFor(m => m.HasButton("Не закреплять")), pin ? "📌 Закрепить" : "Не закреплять");
        return await editor.WaitFor(m => m.HasButton("📣 Отправить"));
    }

    /// <summary>Sends from the review; returns the progress message.</summary>
    internal static async Task<BotMessage> Send(LocalUser editor, BotMessage review)
    {
        await editor.Press(review, "📣 Отправить");
        return await editor.WaitFor(m => m.MessageId > review.MessageId && m.Text?.StartsWith("📣 Рассылка №", StringComparison.Ordinal) == true);
    }

    /// <summary>Waits until the newest delivery of a kind satisfies a condition (read through the writer, as stored).</summary>
    internal static async Task<Delivery> Until(BotApplication app, long broadcastId, Func<Delivery, bool> condition, DeliveryKind kind = DeliveryKind.Broadcast, TimeSpan? timeout = null)
    {
        var limit = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var delivery = await app.Get<DatabaseWriter>().Run(() => app.Get<DeliveryStore>().Of(kind, broadcastId) is [.., var last] ? last : null);
            if (delivery is not null && condition(delivery))
            {
                return delivery;
            }

            if (DateTime.UtcNow > limit)
            {
                throw new TimeoutException($"Delivery of broadcast {broadcastId} did not get there: {System.Text.Json.JsonSerializer.Serialize(delivery)}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>The bot's message in the chat starting with <paramref name="start"/>, once there is one (edits and all).</summary>
    internal static async Task<BotMessage> Eventually(LocalUser user, string start, TimeSpan? timeout = null)
    {
        BotMessage? found = null;
        await Telegram.ReceivingTests.Until(() => (found = user.Transcript.LastOrDefault(m => m.FromBot && m.Text?.StartsWith(start, StringComparison.Ordinal) == true)) is not null, timeout ?? TimeSpan.FromSeconds(30));
        return found!;
    }

    /// <summary>The bot's messages in a person's chat whose text or caption contains <paramref name="text"/>.</summary>
    internal static IReadOnlyList<BotMessage> Got(BotApplication app, LocalUser person, string text) =>
        [.. app.Api.Messages(person.Id).Where(m => m.Text?.Contains(text, StringComparison.Ordinal) == true)];
}
