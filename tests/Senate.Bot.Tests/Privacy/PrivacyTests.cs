using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Senate.Bot.Concerns;
using Senate.Bot.Digests;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Storage;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Tests.Support;
using static Senate.Bot.Tests.Support.ConcernSteps;

namespace Senate.Bot.Tests.Privacy;

/// <summary>/mydata and /forget in the running bot, checked in the file the citizen gets and in the database itself.</summary>
public sealed partial class PrivacyTests : IAsyncLifetime
{
    private const long CitizenId = 8301;
    private const string Name = "Жанар";
    private const string Surname = "Тлеубаева";
    private const string Phone = "+7 701 123 45 67";
    private const string Digits = "77011234567";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 5, 0, 0, TimeSpan.Zero));
    private BotApplication _app = null!;

    public async Task InitializeAsync() => _app = await BotApplication.StartAsync(services => services.AddSingleton<TimeProvider>(_time));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task MyData_IsOneReadableJsonFile_WithEverythingStoredAboutThem()
    {
        var (citizen, concern) = await Citizen();

        await citizen.SendText("/mydata");
        var file = await citizen.WaitFor(m => m.Kind == BotMessageKind.Document);

        Assert.Equal("my-data-2026-11-24.json", file.FileName);
        var json = System.Text.Encoding.UTF8.GetString(file.DocumentBytes!);
        Assert.Contains(Name, json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(CitizenId, root.GetProperty("user_id").GetInt64());
        var profile = root.GetProperty("profile");
        Assert.Equal((Name, "zhanar_t", "ru"), (profile.GetProperty("first_name").GetString(), profile.GetProperty("username").GetString(), profile.GetProperty("language").GetString()));
        var authored = root.GetProperty("concerns").GetProperty("authored")[0];
        Assert.Equal((concern.Number, Phone, Name), (authored.GetProperty("number").GetString(), authored.GetProperty("contact").GetProperty("phone").GetString(), authored.GetProperty("contact").GetProperty("name").GetString()));
        Assert.Equal("Уважаемая Жанар, уборку берега организуют до пятницы.", authored.GetProperty("answers")[0].GetProperty("text").GetString());
        Assert.Equal("concern.consent@2", authored.GetProperty("consent").GetProperty("version").GetString());
        var consents = root.GetProperty("consents").EnumerateArray().Select(c => c.GetProperty("scope").GetString()).ToList();
        Assert.Equal(["concern-contact", "youth-registration"], consents);
        var registration = root.GetProperty("youth").GetProperty("registrations")[0];
        Assert.Equal((Name + " " + Surname, Phone, "Open data workshop", "Confirmed"),
            (registration.GetProperty("full_name").GetString(), registration.GetProperty("phone").GetString(), registration.GetProperty("event").GetString(), registration.GetProperty("status").GetString()));
        Assert.Equal(Name + " " + Surname, root.GetProperty("youth").GetProperty("saved_profile").GetProperty("full_name").GetString());
        var subscription = root.GetProperty("subscriptions");
        Assert.Equal(("Атырауская область", "Weekly"), (subscription.GetProperty("regions")[0].GetString(), subscription.GetProperty("frequency").GetString()));
    }

    [Fact]
    public async Task Forget_LeavesNoPersonalFieldAnywhereInTheDatabase_OnlyAnErasureRecord()
    {
        var (citizen, concern) = await Citizen();
        var waiting = _app.User(8302, "Ерлан", "ru");
        await waiting.SendText("/start");
        await waiting.Press(await waiting.NextMessage(), "Русский");
        await waiting.WaitFor(m => m.InlineButtons.Count > 0 && !m.HasButton("English"));
        await waiting.SendText("/start event_1");
        await YouthSteps.Register(waiting, await waiting.WaitFor(m => m.HasButton("лист ожидания")), "Серікұлы Ерлан", "Атырау", register: "лист ожидания", phone: "+77017654321");

        await citizen.SendText("/forget");
        var confirm = await citizen.WaitFor(m => m.HasButton("🗑 Да, удалить мои данные"));
        Assert.Contains("Telegram не позволяет боту удалить сообщения", confirm.Text, StringComparison.Ordinal);
        await citizen.Press(confirm, "🗑 Да, удалить мои данные");
        await citizen.WaitFor(m => m.Text?.StartsWith("Ваши данные удалены", StringComparison.Ordinal) == true);
        await waiting.WaitFor(m => m.Text?.Contains("Освободилось место", StringComparison.Ordinal) == true);
        await _app.StaffChat.WaitFor(m => m.Text?.Contains(concern.Number, StringComparison.Ordinal) == true && m.Text.Contains("обезличено", StringComparison.Ordinal));
        Assert.DoesNotContain(_app.Api.Messages(BotApplication.StaffChatId).Single(m => m.Text?.Contains("обезличено", StringComparison.Ordinal) == true).Text!, Phone, StringComparison.Ordinal);
        await _app.StopHostAsync();

        using var database = new LiteDatabase(new ConnectionString { Filename = _app.DatabasePath, ReadOnly = true });
        var withTheirId = new List<string>();
        foreach (var name in database.GetCollectionNames())
        {
            foreach (var document in database.GetCollection(name).FindAll())
            {
                var json = LiteDB.JsonSerializer.Serialize(document);
                foreach (var needle in new[] { Name, Surname, Phone, Digits, "701 123", "zhanar_t" })
                {
                    Assert.False(json.Contains(needle, StringComparison.Ordinal), $"'{needle}' is still in {name}: {json}");
                }

                if (TheirId().IsMatch(json))
                {
                    withTheirId.Add(name);
                }
            }
        }

        // The erasure record, and the chat's cursor (the number of the last update handled, nothing about the person).
        Assert.Equal(["cursors", "erasures"], withTheirId.Distinct().Order(StringComparer.Ordinal));
        var anonymised = database.GetCollection<Concern>("concerns").FindById(concern.Id);
        Assert.Equal((null, null, null), (anonymised.AuthorId, anonymised.ContactName, anonymised.ContactPhone));
        Assert.Contains("[…]", anonymised.Description, StringComparison.Ordinal);
    }

    /// <summary>A citizen with a name, a username and a phone: a concern with their contact (answered) and a registration.</summary>
    private async Task<(LocalUser Citizen, Concern Concern)> Citizen()
    {
        var citizen = _app.Api.User(CitizenId, Name, "ru", "zhanar_t");
        await citizen.SendText("/start");
        await citizen.Press(await citizen.NextMessage(), "Русский");
        await citizen.WaitFor(m => m.InlineButtons.Count > 0 && !m.HasButton("English"));
        await File(citizen, 0, false, true, $"Мусор на берегу Жайыка в Атырау не вывозят, звоните {Phone}.");
        var concern = Assert.Single(_app.Get<ConcernStore>().ByAuthor(CitizenId));

        var admin = _app.User(BotApplication.AdminId, "Admin", "ru");
        var post = await Post(_app, _app.StaffChat, citizen);
        await _app.StaffChat.SendText(admin, "Уважаемая Жанар, уборку берега организуют до пятницы.", post.MessageId);
        await _app.StaffChat.Press(admin, await _app.StaffChat.WaitFor(m => m.HasButton("📤 Отправить")), "📤 Отправить");
        await citizen.WaitFor(m => m.Text?.Contains("уборку берега", StringComparison.Ordinal) == true);

        var youthEvent = await YouthSteps.Seed(_app, _time.GetUtcNow().UtcDateTime, capacity: 1);
        await citizen.SendText("/start event_" + youthEvent.Id.ToString(CultureInfo.InvariantCulture));
        await YouthSteps.Register(citizen, await citizen.WaitFor(m => m.HasButton("Записаться")), Name + " " + Surname, "Шымкент");
        var now = _time.GetUtcNow();
        await _app.Get<DatabaseWriter>().Run(() => _app.Get<SubscriptionStore>().Save(DigestSubscription.None(CitizenId)
            .WithRegions(["atyrau"], now.UtcDateTime)
            .WithFrequency(DigestFrequency.Weekly, WeeklyRollup.LatestDue(now, TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty")), now.UtcDateTime)));
        return (citizen, concern);
    }

    [GeneratedRegex(@"(?<![\d-])8301(?!\d)")]
    private static partial Regex TheirId();
}
