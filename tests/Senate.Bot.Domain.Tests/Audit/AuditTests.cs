using Senate.Bot.Domain.Tests.Texts;
using System.Text;
using CsvHelper;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Tests.Concerns;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using Senate.Bot.Domain.Youth;
using static Senate.Bot.Domain.Tests.Concerns.ConcernHarness;

namespace Senate.Bot.Domain.Tests.Audit;

/// <summary>Every staff action leaves one audit entry written with it; a refused one leaves none; admins read and export the log.</summary>
public sealed class AuditTests
{
    private static (ConcernHarness Bot, Concern Concern) Filed()
    {
        var bot = new ConcernHarness(youth: true);
        bot.FileConcern(Citizen);
        return (bot, bot.Store.All.Single());
    }

    private static AuditEntry Last(ConcernHarness bot) => bot.AuditLog.All[^1];

    [Fact]
    public void ConcernActions_AreEachAudited_WithWhoWhatWhichAndWhere()
    {
        var (bot, concern) = Filed();

        bot.InGroup(Moderator, new ButtonInput($"c:s:a:{concern.Id}"), StaffRole.Moderator);
        Assert.Equal((AuditAction.StatusChanged, Moderator, "Модератор", concern.Number, "Accepted", StaffChatId),
            (Last(bot).Action, Last(bot).ActorId, Last(bot).ActorName, Last(bot).Subject, Last(bot).Details, Last(bot).ChatId));
        Assert.Equal(WorkingMorning.UtcDateTime, Last(bot).AtUtc);

        bot.InGroup(Moderator, new ReplyToBotInput(1, $"concern:{concern.Id}", "// позвонить заявителю"), StaffRole.Moderator);
        Assert.Equal(AuditAction.Noted, Last(bot).Action);
        bot.InGroup(Moderator, new ReplyToBotInput(1, $"concern-ask:{concern.Id}", "Уточните адрес, пожалуйста?"), StaffRole.Moderator);
        Assert.Equal(AuditAction.QuestionAsked, Last(bot).Action);
        var preview = bot.InGroup(Moderator, new ReplyToBotInput(1, $"concern:{concern.Id}", "Проверка назначена на 20 мая."), StaffRole.Moderator);
        Assert.Equal(AuditAction.QuestionAsked, Last(bot).Action);
        bot.PressInGroup(Moderator, preview, ConcernTexts.AnswerSend);
        Assert.Equal((AuditAction.Answered, "Answered"), (Last(bot).Action, Last(bot).Details));
        bot.InGroup(Moderator, new ButtonInput($"c:s:x:{concern.Id}"), StaffRole.Moderator);
        Assert.Equal((AuditAction.StatusChanged, "Closed"), (Last(bot).Action, Last(bot).Details));
        bot.Send(Admin, new CommandInput("export", "01.05.2026 31.05.2026"));
        Assert.Equal((AuditAction.Exported, "concerns", "2026-05-01..2026-05-31, 1", Admin), (Last(bot).Action, Last(bot).Subject, Last(bot).Details, Last(bot).ChatId));
        bot.Send(Admin, new CommandInput("briefing", "atyrau"));
        Assert.Equal((AuditAction.Exported, "briefing", "atyrau"), (Last(bot).Action, Last(bot).Subject, Last(bot).Details));
        Assert.Equal(7, bot.AuditLog.All.Count);
    }

    [Fact]
    public void RefusedOrImpossibleActions_LeaveNoEntry()
    {
        var (bot, concern) = Filed();
        bot.Grant(OtherCitizen, ModeratorOf("pavlodar"));

        bot.InGroup(OtherCitizen, new ButtonInput($"c:s:a:{concern.Id}"), StaffRole.None);
        bot.InGroup(OtherCitizen, new ReplyToBotInput(1, $"concern:{concern.Id}", "// заметка модератора другого региона"), StaffRole.None);
        bot.InGroup(Moderator, new ButtonInput($"c:s:x:{concern.Id}"), StaffRole.Moderator);
        bot.InGroup(Moderator, new ButtonInput($"c:s:as:{concern.Id}:nope"), StaffRole.Moderator);
        bot.InGroup(Moderator, new ReplyToBotInput(1, $"concern:{concern.Id}", "Коротко."), StaffRole.Moderator);
        bot.Send(Citizen, new CommandInput("export", "01.05.2026 31.05.2026"));
        bot.Data(OtherCitizen, "st:a");

        Assert.Empty(bot.AuditLog.All);
    }

    [Fact]
    public void EventChangesCheckInsAndRegistrantExports_AreAudited()
    {
        var bot = new ConcernHarness(youth: true);
        bot.User(Moderator, Language.Ru, "Редактор");
        bot.Grant(Moderator, new Domain.Staff.StaffAccess(StaffRole.Editor));
        var youthEvent = bot.AddEvent(TimeSpan.FromDays(7));
        var registration = new Registration { EventId = youthEvent.Id, UserId = Citizen, FullName = "Сейткали Айгерим", Age = 19, RegionId = "shymkent", Code = "ABCD2345", Status = RegistrationStatus.Confirmed };
        bot.YouthStore.Stores.Registrations.Insert(registration);
        var subject = $"event {youthEvent.Id}";

        bot.Data(Moderator, $"ys:x:{youthEvent.Id}");
        Assert.Equal((AuditAction.EventChanged, subject, "registration closed"), (Last(bot).Action, Last(bot).Subject, Last(bot).Details));
        bot.Data(Moderator, $"ys:o:{youthEvent.Id}");
        Assert.Equal("registration reopened", Last(bot).Details);
        bot.Data(Moderator, $"ys:csv:{youthEvent.Id}");
        Assert.Equal((AuditAction.Exported, subject, "registrants"), (Last(bot).Action, Last(bot).Subject, Last(bot).Details));
        bot.Send(Moderator, new CommandInput("checkin", "ABCD-2345"));
        Assert.Equal((AuditAction.CheckedIn, subject, "ABCD2345"), (Last(bot).Action, Last(bot).Subject, Last(bot).Details));
        var count = bot.AuditLog.All.Count;
        bot.Send(Moderator, new CommandInput("checkin", "ABCD-2345"));
        Assert.Equal(count, bot.AuditLog.All.Count);
        bot.Data(Moderator, $"ys:ky:{youthEvent.Id}");
        Assert.Equal("cancelled", Last(bot).Details);
    }

    [Fact]
    public void Audit_ShowsTheLatestFirst_AndFiltersByWhoWhatAndWhen()
    {
        var (bot, concern) = Filed();
        bot.InGroup(Moderator, new ButtonInput($"c:s:a:{concern.Id}"), StaffRole.Moderator);
        bot.Clock.Advance(TimeSpan.FromDays(2));
        bot.Send(Admin, new CommandInput("export", "01.05.2026 31.05.2026"));

        var all = bot.Send(Admin, new CommandInput("audit", string.Empty));
        var screen = ReplyWith(all, AuditTexts.Title);
        Assert.Equal(2, screen.Text.Arg("count"));
        var text = Plain(screen.Text, Language.En);
        Assert.True(text.IndexOf("export", StringComparison.Ordinal) < text.IndexOf("status change", StringComparison.Ordinal), text);

        Assert.Equal(1, ReplyWith(bot.Send(Admin, new CommandInput("audit", "9001")), AuditTexts.Title).Text.Arg("count"));
        Assert.Equal(1, ReplyWith(bot.Send(Admin, new CommandInput("audit", "exported")), AuditTexts.Title).Text.Arg("count"));
        Assert.Equal(1, ReplyWith(bot.Send(Admin, new CommandInput("audit", "12.05.2026")), AuditTexts.Title).Text.Arg("count"));
        Assert.True(Has(bot.Send(Admin, new CommandInput("audit", "everything")), AuditTexts.Usage));

        var picker = bot.Press(Admin, all, AuditTexts.FilterWhat);
        var filtered = bot.Data(Admin, ButtonOf(picker, b => b.Label.Key == AuditTexts.ActionStatusChanged).Data);
        var page = ReplyWith(filtered, AuditTexts.Title);
        Assert.True(page.EditPressedMessage);
        Assert.Equal(1, page.Text.Arg("count"));
        var when = bot.Press(Admin, filtered, AuditTexts.FilterWhen);
        var today = bot.Data(Admin, ButtonOf(when, b => b.Label.Key == AuditTexts.PeriodToday).Data);
        Assert.Equal(0, ReplyWith(today, AuditTexts.Title).Text.Arg("count"));
    }

    [Fact]
    public void Audit_IsForAdminsOnly_AndHasNoWayToChangeAnEntry()
    {
        var (bot, concern) = Filed();
        bot.InGroup(Moderator, new ButtonInput($"c:s:a:{concern.Id}"), StaffRole.Moderator);

        Assert.Equal([CommonTexts.CommandUnknown], bot.Send(Moderator, new CommandInput("audit", string.Empty), StaffRole.Moderator).Replies.Select(r => r.Text.Key));
        Assert.Equal(CommonTexts.NotAllowed, bot.Data(Moderator, "au:q:-:-:a:0", StaffRole.Moderator).Toast?.Key);
        Assert.Equal([AuditTexts.UsePrivateChat], bot.InGroup(Admin, new CommandInput("audit", string.Empty), StaffRole.Admin).Replies.Select(r => r.Text.Key));
        Assert.DoesNotContain(typeof(IAuditLog).GetMethods(), m => m.Name is "Update" or "Delete" or "Remove");
    }

    [Fact]
    public void AuditCsv_ExportsADateRange_WithBomSemicolonsAndEscapedFormulas()
    {
        var (bot, concern) = Filed();
        bot.User(Admin, Language.Ru, "Админ");
        bot.InGroup(Moderator, new ReplyToBotInput(1, $"concern:{concern.Id}", "// =cmd|' /C calc'!A0"), StaffRole.Moderator);
        bot.InGroup(Moderator, new ButtonInput($"c:s:bn:{concern.Id}"), StaffRole.Moderator);
        bot.InGroup(Moderator, new ReplyToBotInput(1, $"concern-ban:{concern.Id}", "=HYPERLINK(\"x\") реклама"), StaffRole.Moderator);

        var export = ReplyWith(bot.Send(Admin, new CommandInput("auditcsv", "12.05.2026 12.05.2026")), AuditTexts.CsvCaption);

        Assert.Equal("audit-2026-05-12-2026-05-12.csv", export.Attachment!.FileName);
        var bytes = export.Attachment.Bytes();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ';' });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        }

        Assert.Equal(["Время", "ID сотрудника", "Сотрудник", "Действие", "Объект", "Подробности", "Чат"], csv.Headers);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["12.05.2026 10:30:00", "9001", "Модератор", "внутренняя заметка", concern.Number, string.Empty, "'-1001234567890"], rows[0]);
        Assert.Equal("блокировка", rows[1][3]);
        Assert.StartsWith("'=HYPERLINK", rows[1][5], StringComparison.Ordinal);
        Assert.Equal((AuditAction.Exported, "audit", "2026-05-12..2026-05-12, 2"), (Last(bot).Action, Last(bot).Subject, Last(bot).Details));
        Assert.True(Has(bot.Send(Admin, new CommandInput("auditcsv", "12.05.2026")), AuditTexts.CsvUsage));
        Assert.False(Encoding.UTF8.GetString(bytes).Contains("Айгерим", StringComparison.Ordinal));
    }

    [Fact]
    public void AuditCsv_FromTheFirstDayToTheLastThereIs_AnswersWithEveryEntry()
    {
        var (bot, concern) = Filed();
        bot.User(Admin, Language.Ru, "Админ");
        bot.InGroup(Moderator, new ReplyToBotInput(1, $"concern:{concern.Id}", "// заметка"), StaffRole.Moderator);

        var export = ReplyWith(bot.Send(Admin, new CommandInput("auditcsv", "0001-01-01 9999-12-31")), AuditTexts.CsvCaption);

        Assert.Equal("audit-0001-01-01-9999-12-31.csv", export.Attachment!.FileName);
        Assert.Null(export.Attachment.Content);
        Assert.Equal(1, CsvRowCount(export.Attachment));
        Assert.Equal("0001-01-01..9999-12-31, 1", Last(bot).Details);
    }
}
