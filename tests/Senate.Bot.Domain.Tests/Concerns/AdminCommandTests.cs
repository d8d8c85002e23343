using Senate.Bot.Domain.Tests.Texts;
using System.Text;
using CsvHelper;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using static Senate.Bot.Domain.Tests.Concerns.ConcernHarness;

namespace Senate.Bot.Domain.Tests.Concerns;

public sealed class AdminCommandTests
{
    private static Turn Command(ConcernHarness bot, string name, string argument = "", long user = Admin, StaffRole role = StaffRole.Admin) =>
        bot.Send(user, new CommandInput(name, argument), role);

    /// <summary>Three concerns: Atyrau ecology (overdue), Atyrau roads, Pavlodar ecology (answered).</summary>
    private static ConcernHarness WithConcerns()
    {
        var bot = new ConcernHarness(start: new DateTimeOffset(2026, 4, 1, 10, 0, 0, TimeSpan.FromHours(5)));
        bot.FileConcern(Citizen, description: "=HYPERLINK(\"x\") Дым от завода «Атырау», дышать нечем; жалобы с 2025 года.");
        bot.Clock.Advance(TimeSpan.FromDays(30));
        bot.FileConcern(Citizen, category: "roads", description: "Дорога в посёлок Жана Каратон разбита, скорая не проезжает.");
        bot.FileConcern(OtherCitizen, region: "pavlodar", description: "Над Павлодаром висит смог, в школах закрывают окна.");
        var pavlodar = bot.Store.All.Single(c => c.RegionId == "pavlodar");
        bot.Answer(Moderator, pavlodar, "Проверка проведена, нарушений не выявлено.");
        return bot;
    }

    [Fact]
    public void Commands_ByACitizenOrAnEditor_AreNotAnswered()
    {
        var bot = WithConcerns();

        Assert.Equal([CommonTexts.CommandUnknown], Command(bot, "queue", user: Citizen, role: StaffRole.None).Replies.Select(r => r.Text.Key));
        Assert.Equal([CommonTexts.CommandUnknown], Command(bot, "export", "01.04.2026 30.05.2026", Moderator, StaffRole.Editor).Replies.Select(r => r.Text.Key));
        Assert.Equal([CommonTexts.CommandUnknown], Command(bot, "briefing", "atyrau", Moderator, StaffRole.Editor).Replies.Select(r => r.Text.Key));
    }

    [Fact]
    public void Queue_DefaultsToOpenConcernsEarliestDueFirst()
    {
        var bot = WithConcerns();

        var reply = ReplyWith(Command(bot, "queue"), ConcernTexts.QueueTitle);

        Assert.Equal(2, reply.Text.Arg("count"));
        var numbers = reply.Buttons.SelectMany(r => r).Where(b => b.Data.StartsWith("c:s:v:", StringComparison.Ordinal)).Select(b => ((PlainText)b.Label).Value).ToList();
        Assert.Equal(["SB-2026-000001", "SB-2026-000002"], numbers);
        Assert.Contains("🔴", Plain(reply.Text, Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void Queue_FiltersAsWords_RegionCategoryStatusOverdue()
    {
        var bot = WithConcerns();

        Assert.Equal(1, ReplyWith(Command(bot, "queue", "atyrau roads"), ConcernTexts.QueueTitle).Text.Arg("count"));
        Assert.Equal(1, ReplyWith(Command(bot, "queue", "overdue"), ConcernTexts.QueueTitle).Text.Arg("count"));
        Assert.Equal(1, ReplyWith(Command(bot, "queue", "Павлодар answered"), ConcernTexts.QueueTitle).Text.Arg("count"));
        Assert.Equal(3, ReplyWith(Command(bot, "queue", "all"), ConcernTexts.QueueTitle).Text.Arg("count"));
    }

    [Fact]
    public void Queue_FilterButtons_PickARegionThenToggleOverdue()
    {
        var bot = WithConcerns();
        var queue = Command(bot, "queue", "all");

        var picker = bot.Press(Admin, queue, ConcernTexts.FilterRegion, StaffRole.Admin);
        Assert.True(Has(picker, ConcernTexts.FilterChoose));
        var atyrau = bot.PressData(Admin, picker, "c:s:q:atyrau:-:*:0:0", StaffRole.Admin);
        Assert.Equal(2, ReplyWith(atyrau, ConcernTexts.QueueTitle).Text.Arg("count"));
        var overdue = bot.Press(Admin, atyrau, ConcernTexts.FilterOverdueOn, StaffRole.Admin);

        var reply = ReplyWith(overdue, ConcernTexts.QueueTitle);
        Assert.Equal(1, reply.Text.Arg("count"));
        Assert.True(reply.EditPressedMessage);
        bot.Grant(Moderator, ModeratorOf("pavlodar"));
        var refused = bot.Data(Moderator, ButtonOf(overdue, b => b.Label.Key == ConcernTexts.FilterStatus).Data);
        Assert.Equal(CommonTexts.NotAllowed, refused.Toast?.Key);
        Assert.Empty(refused.Replies);
    }

    [Fact]
    public void ConcernCommand_UnknownOrMissingNumber_IsExplained()
    {
        var bot = WithConcerns();

        Assert.True(Has(Command(bot, "concern"), ConcernTexts.ConcernUsage));
        Assert.True(Has(Command(bot, "concern", "SB-1999-000001"), ConcernTexts.ConcernNotFound));
        Assert.True(Has(Command(bot, "concern", "sb-2026-000002"), ConcernTexts.StaffCard));
    }

    [Fact]
    public void Export_FromTheFirstDayToTheLastThereIs_AnswersWithEveryConcern_MadeAfterTheCommit()
    {
        var bot = WithConcerns();
        bot.User(Admin, Language.Ru, "Админ");

        var reply = ReplyWith(Command(bot, "export", "0001-01-01 9999-12-31"), ConcernTexts.ExportCaption);

        Assert.Equal(3, reply.Text.Arg("count"));
        Assert.Equal("concerns-0001-01-01-9999-12-31.csv", reply.Attachment!.FileName);
        Assert.Null(reply.Attachment.Content);
        Assert.Equal(3, CsvRowCount(reply.Attachment));
    }

    [Fact]
    public void Export_WritesACsvWithBomThatReadsBackWithCyrillic()
    {
        var bot = WithConcerns();
        bot.User(Admin, Language.Ru, "Админ");

        var turn = Command(bot, "export", "01.04.2026 2026-05-31");

        var reply = ReplyWith(turn, ConcernTexts.ExportCaption);
        var file = reply.Attachment!;
        Assert.Equal(AttachmentKind.Document, file.Kind);
        Assert.Equal("concerns-2026-04-01-2026-05-31.csv", file.FileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], file.Bytes()[..3]);
        Assert.Equal(3, reply.Text.Arg("count"));

        using var csv = CsvReader.Create(file.Bytes(), new CsvReaderOptions { Separator = ';' });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        }

        Assert.Equal(["Номер", "Принято", "Срок ответа", "Статус", "Просрочено", "Регион", "Тема"], csv.Headers.Take(7));
        Assert.Equal(3, rows.Count);
        var first = rows[0];
        Assert.Equal("SB-2026-000001", first[0]);
        Assert.Equal("01.04.2026 10:00", first[1]);
        Assert.Equal("Да", first[4]);
        Assert.Equal("Атырауская область", first[5]);
        Assert.Equal("Экология и воздух", first[6]);
        Assert.Equal("Атырау", first[7]);
        Assert.StartsWith("'=HYPERLINK", first[8], StringComparison.Ordinal);
        Assert.Contains("«Атырау», дышать нечем;", first[8], StringComparison.Ordinal);
        Assert.Equal("Проверка проведена, нарушений не выявлено.", rows[2][14]);
        Assert.DoesNotContain(rows.SelectMany(r => r), cell => cell.Contains("7011234567", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_PeriodIsInclusiveInAstanaTime()
    {
        var bot = WithConcerns();

        Assert.Equal(1, ReplyWith(Command(bot, "export", "01.04.2026 01.04.2026"), ConcernTexts.ExportCaption).Text.Arg("count"));
        Assert.Equal(0, ReplyWith(Command(bot, "export", "02.04.2026 30.04.2026"), ConcernTexts.ExportCaption).Text.Arg("count"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("01.04.2026")]
    [InlineData("31.05.2026 01.04.2026")]
    [InlineData("вчера сегодня")]
    public void Export_BadDates_ShowUsage(string argument) =>
        Assert.True(Has(Command(WithConcerns(), "export", argument), ConcernTexts.ExportUsage));

    [Fact]
    public void Briefing_SendsCountsTopicsAndSupport_AChartAndAnHtmlFile()
    {
        var bot = WithConcerns();
        bot.User(Admin, Language.Kk, "Әкімші");

        var turn = Command(bot, "briefing", "Атырау");

        var text = ReplyWith(turn, ConcernTexts.Briefing);
        Assert.Equal(Regions.Find("atyrau")!.Name, text.Text.Arg("region"));
        Assert.Equal([2, 2, 1, 0], new[] { "total", "open", "overdue", "answered" }.Select(name => text.Text.Arg(name)));
        var chart = ReplyWith(turn, ConcernTexts.BriefingChartTitle);
        Assert.Equal((AttachmentKind.Photo, FakeChartRenderer.Png), (chart.Attachment!.Kind, chart.Attachment.Bytes()));
        var (title, bars) = Assert.Single(bot.Charts.Calls);
        Assert.Equal("Тақырыптар бойынша өтініштер — Атырау облысы", title);
        Assert.Equal([("Экология және ауа", 1.0), ("Жолдар және көлік", 1.0)], bars);
        var file = ReplyWith(turn, ConcernTexts.BriefingFileCaption).Attachment!;
        Assert.Equal((AttachmentKind.Document, "briefing-atyrau-2026-05-01.html"), (file.Kind, file.FileName));
        var html = Encoding.UTF8.GetString(file.Bytes());
        Assert.Contains("<html lang=\"kk\">", html, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64," + Convert.ToBase64String(FakeChartRenderer.Png), html, StringComparison.Ordinal);
        Assert.Contains("SB-2026-000002", html, StringComparison.Ordinal);
        Assert.Contains("&#171;Атырау&#187;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("=HYPERLINK(\"x\")", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Briefing_WithoutARegion_OffersTheRegionGrid()
    {
        var bot = WithConcerns();

        var turn = Command(bot, "briefing");
        Assert.True(Has(turn, ConcernTexts.BriefingChooseRegion));
        turn = bot.PressData(Admin, turn, ":b:pavlodar", StaffRole.Admin);

        Assert.Equal([1, 0, 0, 1], new[] { "total", "open", "overdue", "answered" }.Select(name => ReplyWith(turn, ConcernTexts.Briefing).Text.Arg(name)));
    }

    [Fact]
    public void Briefing_RegionWithoutConcerns_HasNoChartButStillAFile()
    {
        var bot = WithConcerns();

        var turn = Command(bot, "briefing", "shymkent");

        Assert.False(Has(turn, ConcernTexts.BriefingChartTitle));
        Assert.True(Has(turn, ConcernTexts.BriefingFileCaption));
        Assert.Empty(bot.Charts.Calls);
    }
}
