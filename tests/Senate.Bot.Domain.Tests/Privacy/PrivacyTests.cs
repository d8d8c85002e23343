using Senate.Bot.Domain.Tests.Texts;
using System.Text.Json;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Tests.Concerns;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Privacy;
using Senate.Bot.Domain.Staff;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using Senate.Bot.Domain.Youth;
using static Senate.Bot.Domain.Tests.Concerns.ConcernHarness;

namespace Senate.Bot.Domain.Tests.Privacy;

/// <summary>Consents recorded, <c>/mydata</c>, <c>/forget</c> and consent withdrawal (Law No. 94-V).</summary>
public sealed class PrivacyTests
{
    private const string Name = "Айгерим";
    private const string Surname = "Тестова";
    private const string FormattedPhone = "+7 701 123 45 67";
    private const string Digits = "77011234567";
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static Turn Register(ConcernHarness bot, long userId, YouthEvent youthEvent, string fullName = Name + " " + Surname, string phone = Digits)
    {
        var card = bot.Data(userId, $"y:e:{youthEvent.Id}");
        var consent = bot.Data(userId, ButtonOf(card, b => b.Data.StartsWith("y:r:", StringComparison.Ordinal)).Data);
        var next = bot.Press(userId, consent, YouthTexts.AgreeButton);
        if (Has(next, YouthTexts.ProfileOffer))
        {
            return bot.Press(userId, bot.Press(userId, bot.Press(userId, next, YouthTexts.UseProfileButton), CommonTexts.Skip), CommonTexts.Confirm);
        }

        bot.Text(userId, fullName);
        var region = bot.Text(userId, "19");
        bot.PressData(userId, region, ":r:shymkent");
        bot.Text(userId, "ЮКУ им. М. Ауэзова, 2 курс");
        var motivation = bot.Send(userId, new ContactInput(phone, fullName, null, userId));
        return bot.Press(userId, bot.Press(userId, motivation, CommonTexts.Skip), CommonTexts.Confirm);
    }

    /// <summary>A citizen with a concern (with contact, answered, noted), a "me too" on another, and two registrations.</summary>
    private static (ConcernHarness Bot, Concern Mine, Concern Theirs, YouthEvent Past, YouthEvent Future) Arrange()
    {
        var bot = new ConcernHarness(youth: true);
        bot.User(ConcernHarness.Citizen, Language.Ru, Name);
        bot.UserOf(ConcernHarness.Citizen).Username = "aigerim_t";
        bot.FileConcern(ConcernHarness.Citizen, description: $"Дым от завода, дышать нечем. Звоните мне: {FormattedPhone}, спросите {Name}.", photos: 0);
        bot.FileConcern(OtherCitizen, region: "pavlodar", description: "Над Павлодаром висит смог, в школах закрывают окна.", anonymous: true);
        var mine = bot.Store.All.Single(c => c.AuthorId == ConcernHarness.Citizen);
        var theirs = bot.Store.All.Single(c => c.AuthorId == OtherCitizen);
        theirs.SupporterIds.Add(ConcernHarness.Citizen);
        theirs.SupportCount++;
        bot.Store.Update(theirs);
        bot.InGroup(Moderator, new ReplyToBotInput(1, $"concern:{mine.Id}", $"// {Name} просила перезвонить"), StaffRole.Moderator);
        bot.Answer(Moderator, mine, $"Уважаемая {Name}, проверка назначена на 20 мая.");
        var past = bot.AddEvent(TimeSpan.FromDays(2));
        var future = bot.AddEvent(TimeSpan.FromDays(10), capacity: 1);
        Register(bot, ConcernHarness.Citizen, past);
        Register(bot, ConcernHarness.Citizen, future);
        bot.User(5005, Language.Kk, "Ерлан");
        Register(bot, 5005, future, "Ерлан Серікұлы", "77017654321");
        return (bot, bot.Store.Get(mine.Id)!, bot.Store.Get(theirs.Id)!, past, future);
    }

    [Fact]
    public void Consents_AreRecordedWithTimeVersionAndWhatTheyCovered()
    {
        var (bot, mine, _, past, _) = Arrange();

        var consents = bot.Privacy.ByUser(ConcernHarness.Citizen);

        Assert.Equal(3, consents.Count);
        var contact = consents[0];
        Assert.Equal((ConsentScopes.ConcernContact, ConcernDesk.ConsentVersion, mine.Number, mine.Id), (contact.Scope, contact.Version, contact.Subject, contact.SubjectId));
        Assert.Equal(["name", "phone"], contact.Covers);
        Assert.Equal(WorkingMorning.UtcDateTime, contact.GivenUtc);
        var registration = consents[1];
        Assert.Equal((ConsentScopes.YouthRegistration, YouthTexts.ConsentVersion, past.Title.Ru), (registration.Scope, registration.Version, registration.Subject));
        Assert.Contains("phone", registration.Covers);
        Assert.Equal(bot.YouthStore.Stores.Registrations.ByUser(ConcernHarness.Citizen)[0].Id, registration.SubjectId);
    }

    [Fact]
    public void MyData_IsOneReadableJsonFile_WithEverythingStored()
    {
        var (bot, mine, theirs, past, _) = Arrange();

        var reply = ReplyWith(bot.Send(ConcernHarness.Citizen, new CommandInput("mydata", string.Empty)), PrivacyTexts.MyDataCaption);

        Assert.Equal((AttachmentKind.Document, "my-data-2026-05-12.json"), (reply.Attachment!.Kind, reply.Attachment.FileName));
        var json = System.Text.Encoding.UTF8.GetString(reply.Attachment.Content!);
        Assert.Contains(Name, json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(ConcernHarness.Citizen, root.GetProperty("user_id").GetInt64());
        var profile = root.GetProperty("profile");
        Assert.Equal(("ru", Name, "aigerim_t"), (profile.GetProperty("language").GetString(), profile.GetProperty("first_name").GetString(), profile.GetProperty("username").GetString()));
        var consents = root.GetProperty("consents");
        Assert.Equal(3, consents.GetArrayLength());
        Assert.Equal(ConcernDesk.ConsentVersion, consents[0].GetProperty("version").GetString());
        Assert.Equal(JsonValueKind.Null, consents[0].GetProperty("withdrawn").ValueKind);

        var concern = root.GetProperty("concerns").GetProperty("authored")[0];
        Assert.Equal(mine.Number, concern.GetProperty("number").GetString());
        Assert.Equal("Атырауская область", concern.GetProperty("region").GetString());
        Assert.Equal(mine.Description, concern.GetProperty("description").GetString());
        Assert.Equal((Name + " " + Surname, FormattedPhone), (concern.GetProperty("contact").GetProperty("name").GetString(), concern.GetProperty("contact").GetProperty("phone").GetString()));
        Assert.Equal($"Уважаемая {Name}, проверка назначена на 20 мая.", concern.GetProperty("answers")[0].GetProperty("text").GetString());
        Assert.Equal(["Submitted", "Answered"], concern.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("event").GetString()));
        Assert.DoesNotContain("просила перезвонить", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Модератор", json, StringComparison.Ordinal);
        Assert.Equal([theirs.Number], root.GetProperty("concerns").GetProperty("supported").EnumerateArray().Select(n => n.GetString()));

        var registrations = root.GetProperty("youth").GetProperty("registrations");
        Assert.Equal(2, registrations.GetArrayLength());
        var first = registrations[0];
        Assert.Equal((past.Title.Ru, Name + " " + Surname, FormattedPhone, 19, "Confirmed"),
            (first.GetProperty("event").GetString(), first.GetProperty("full_name").GetString(), first.GetProperty("phone").GetString(), first.GetProperty("age").GetInt32(), first.GetProperty("status").GetString()));
        Assert.Equal(8, first.GetProperty("code").GetString()!.Length);
        Assert.Equal("ЮКУ им. М. Ауэзова, 2 курс", root.GetProperty("youth").GetProperty("saved_profile").GetProperty("study_or_work").GetString());
    }

    [Fact]
    public void Forget_AsksFirst_SayingWhatItDoesAndWhatTelegramKeeps_AndCancelKeepsEverything()
    {
        var (bot, mine, _, _, _) = Arrange();

        var confirm = bot.Send(ConcernHarness.Citizen, new CommandInput("forget", string.Empty));

        var screen = ReplyWith(confirm, PrivacyTexts.ForgetConfirm);
        Assert.Contains("Telegram не позволяет боту удалить сообщения", Plain(screen.Text, Language.Ru), StringComparison.Ordinal);
        bot.Press(ConcernHarness.Citizen, confirm, CommonTexts.CancelButton);
        Assert.Equal(ConcernHarness.Citizen, bot.Store.Get(mine.Id)!.AuthorId);
        Assert.NotNull(bot.Users.Get(ConcernHarness.Citizen));
        Assert.Empty(bot.Privacy.AllErasures);
    }

    [Fact]
    public void Forget_ErasesEveryPersonalField_AndKeepsOnlyAnErasureRecord()
    {
        var (bot, mine, theirs, past, future) = Arrange();
        bot.Clock.Advance(TimeSpan.FromDays(3));
        var confirm = bot.Send(ConcernHarness.Citizen, new CommandInput("forget", string.Empty));

        var turn = bot.Press(ConcernHarness.Citizen, confirm, PrivacyTexts.ForgetSubmit);

        Assert.True(Has(turn, PrivacyTexts.Forgotten));
        Assert.Null(bot.Users.Get(ConcernHarness.Citizen));
        Assert.False(bot.RecordOf(ConcernHarness.Citizen).IsActive);

        var concern = bot.Store.Get(mine.Id)!;
        Assert.Equal((null, null, null, true), (concern.AuthorId, concern.ContactName, concern.ContactPhone, concern.Anonymous));
        Assert.Equal((null, null), (concern.ConsentUtc, concern.ConsentVersion));
        Assert.Equal("Дым от завода, дышать нечем. Звоните мне: […], спросите […].", concern.Description);
        Assert.Equal("Уважаемая […], проверка назначена на 20 мая.", concern.Answer);
        Assert.NotNull(concern.AuthorErasedUtc);
        Assert.Equal(ConcernStatus.Answered, concern.Status);
        var post = ReplyWith(turn, ConcernTexts.StaffCard);
        Assert.Equal($"concern:{mine.Id}", post.EditTag);
        Assert.True(post.Text.Contains(ConcernTexts.CardAuthorErased));
        var supported = bot.Store.Get(theirs.Id)!;
        Assert.Equal((1, 0), (supported.SupportCount, supported.SupporterIds.Count));

        var wasPast = bot.YouthStore.AllRegistrations.Single(r => r.EventId == past.Id);
        Assert.Equal((0L, string.Empty, string.Empty, RegistrationStatus.Confirmed), (wasPast.UserId, wasPast.FullName, wasPast.Phone, wasPast.Status));
        var wasFuture = bot.YouthStore.AllRegistrations.First(r => r.EventId == future.Id);
        Assert.Equal((0L, RegistrationStatus.Cancelled, string.Empty), (wasFuture.UserId, wasFuture.Status, wasFuture.FullName));
        var promoted = bot.YouthStore.AllRegistrations.Single(r => r.EventId == future.Id && r.UserId == 5005);
        Assert.Equal(RegistrationStatus.Confirmed, promoted.Status);
        Assert.Equal(YouthTexts.Promoted, turn.Replies.Single(r => r.ChatId == 5005).Text.Key);
        Assert.Null(bot.YouthStore.Stores.Profiles.Get(ConcernHarness.Citizen));
        Assert.Empty(bot.Privacy.ByUser(ConcernHarness.Citizen));

        var record = Assert.Single(bot.Privacy.AllErasures);
        Assert.Equal(ConcernHarness.Citizen, record.UserId);
        Assert.Equal(new Dictionary<string, int> { ["profile"] = 1, ["consents"] = 3, ["concerns"] = 1, ["youth"] = 2 }, record.Counts);

        // Nothing of the person is left anywhere: the name, the phone in both forms, the username, the user id.
        var everything = JsonSerializer.Serialize(new object[]
        {
            bot.Store.All, bot.YouthStore.AllRegistrations, bot.Privacy.AllConsents, bot.AuditLog.All,
            bot.Users.Banned(), bot.StaffStore.All(),
        }, Readable);
        foreach (var needle in new[] { Name, Surname, FormattedPhone, Digits, "701 123", "aigerim_t" })
        {
            Assert.DoesNotContain(needle, everything, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(@"(?<![\d-])1001(?!\d)", everything);
    }

    [Fact]
    public void Forget_IsRefusedToStaff()
    {
        var bot = new ConcernHarness();
        bot.StaffStore.Save(new StaffMember { Id = ConcernHarness.Citizen, Name = Name, Roles = StaffRole.Editor });

        var turn = bot.Send(ConcernHarness.Citizen, new CommandInput("forget", string.Empty));

        Assert.Equal([PrivacyTexts.ForgetStaff], turn.Replies.Select(r => r.Text.Key));
        Assert.False(bot.RecordOf(ConcernHarness.Citizen).IsActive);
    }

    [Fact]
    public void WithdrawingTheContactConsent_FromSettings_ErasesTheContact_AndSaysSoFirst()
    {
        var (bot, mine, _, _, _) = Arrange();
        var settings = bot.Send(ConcernHarness.Citizen, new CommandInput("settings", string.Empty));
        Assert.Contains("действующих согласий — 3", Plain(settings.Replies.Single().Text, Language.Ru), StringComparison.Ordinal);
        var screen = bot.Press(ConcernHarness.Citizen, settings, PrivacyTexts.SettingsButton);
        Assert.True(ReplyWith(screen, PrivacyTexts.Screen).EditPressedMessage);
        var consent = bot.Privacy.ByUser(ConcernHarness.Citizen)[0];

        var explain = bot.PressData(ConcernHarness.Citizen, screen, $"pd:w:{consent.Id}");
        Assert.True(Has(explain, PrivacyTexts.WithdrawConcernContact));
        Assert.Equal(FormattedPhone, bot.Store.Get(mine.Id)!.ContactPhone);
        var done = bot.Press(ConcernHarness.Citizen, explain, PrivacyTexts.WithdrawSubmit);

        var concern = bot.Store.Get(mine.Id)!;
        Assert.Equal((null, null, true, ConcernHarness.Citizen), (concern.ContactName, concern.ContactPhone, concern.Anonymous, concern.AuthorId));
        Assert.Equal(ConcernEvent.ContactWithdrawn, concern.History.Last().Event);
        Assert.NotNull(bot.Privacy.ByUser(ConcernHarness.Citizen)[0].WithdrawnUtc);
        Assert.True(Has(done, PrivacyTexts.Withdrawn));
        Assert.Contains(done.Replies, r => r.EditTag == $"concern:{mine.Id}");
        Assert.Equal(CommonTexts.ButtonUnknown, bot.Data(ConcernHarness.Citizen, $"pd:w:{consent.Id}").Toast?.Key);
        Assert.Equal(CommonTexts.ButtonUnknown, bot.Data(OtherCitizen, $"pd:w:{bot.Privacy.ByUser(ConcernHarness.Citizen)[1].Id}").Toast?.Key);
    }

    [Fact]
    public void WithdrawingARegistrationsConsent_CancelsIt_PromotesTheWaitlist_AndDeletesTheSavedDetails()
    {
        var (bot, _, _, _, future) = Arrange();
        var consent = bot.Privacy.ByUser(ConcernHarness.Citizen).Single(c => c.Subject == future.Title.Ru);

        var explain = bot.Data(ConcernHarness.Citizen, $"pd:w:{consent.Id}");
        Assert.True(Has(explain, PrivacyTexts.WithdrawRegistration));
        var done = bot.Press(ConcernHarness.Citizen, explain, PrivacyTexts.WithdrawSubmit);

        var registration = bot.YouthStore.AllRegistrations.Single(r => r.Id == consent.SubjectId);
        Assert.Equal((RegistrationStatus.Cancelled, string.Empty), (registration.Status, registration.Phone));
        Assert.Equal(YouthTexts.Promoted, done.Replies.Single(r => r.ChatId == 5005).Text.Key);
        Assert.Null(bot.YouthStore.Stores.Profiles.Get(ConcernHarness.Citizen));
    }

    [Theory]
    [InlineData("Звоните: +7 701 123 45 67 вечером", "Звоните: […] вечером")]
    [InlineData("тел 87011234567.", "тел […].")]
    [InlineData("номер (701) 123-45-67", "номер […]")]
    [InlineData("Айгерим Тестова пишет", "[…] пишет")]
    [InlineData("от Тестовой? нет, от тестова.", "от Тестовой? нет, от […].")]
    [InlineData("Айгеримка не то же имя", "Айгеримка не то же имя")]
    [InlineData("@aigerim_t и aigerim_t", "[…] и […]")]
    public void Redactor_TakesOutNamesAndNumbersInAnyForm(string text, string redacted)
    {
        var redactor = new Redactor([Name + " " + Surname, FormattedPhone, "aigerim_t", "Al"]);

        Assert.Equal(redacted, redactor.Redact(text));
    }
}
