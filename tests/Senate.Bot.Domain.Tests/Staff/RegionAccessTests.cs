using Senate.Bot.Domain.Tests.Texts;
using System.Text;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Tests.Concerns;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Users;
using static Senate.Bot.Domain.Tests.Concerns.ConcernHarness;

namespace Senate.Bot.Domain.Tests.Staff;

/// <summary>A moderator limited to some regions sees and acts only on their concerns, by every button and command.</summary>
public sealed class RegionAccessTests
{
    /// <summary>An Atyrau concern and a Pavlodar one; the moderator handles Pavlodar only.</summary>
    private static (ConcernHarness Bot, Concern Atyrau, Concern Pavlodar) Filed()
    {
        var bot = new ConcernHarness();
        bot.FileConcern(Citizen);
        bot.FileConcern(OtherCitizen, region: "pavlodar", description: "Над Павлодаром висит смог, в школах закрывают окна на переменах.");
        bot.Grant(Moderator, ModeratorOf("pavlodar"));
        return (bot, bot.Store.All.Single(c => c.RegionId == "atyrau"), bot.Store.All.Single(c => c.RegionId == "pavlodar"));
    }

    public static TheoryData<string> EveryConcernButton =>
    [
        "v", "vb", "a", "x", "f", "n", "d", "t", "k", "bn", "r", "rr:{0}:sp", "rr:{0}:dp", "as:{0}:abcd", "ae:{0}:abcd",
    ];

    [Theory]
    [MemberData(nameof(EveryConcernButton))]
    public void EveryButtonOnAnotherRegionsConcern_GetsOnlyAToast_InTheStaffChatAndInPrivate(string action)
    {
        var (bot, atyrau, _) = Filed();
        var data = action.Contains("{0}", StringComparison.Ordinal)
            ? "c:s:" + string.Format(System.Globalization.CultureInfo.InvariantCulture, action, atyrau.Id)
            : $"c:s:{action}:{atyrau.Id}";
        var before = bot.Store.Updates;

        var inGroup = bot.InGroup(Moderator, new ButtonInput(data), StaffRole.None);
        var inPrivate = bot.Data(Moderator, data);

        foreach (var turn in new[] { inGroup, inPrivate })
        {
            Assert.Equal(CommonTexts.NotAllowed, turn.Toast?.Key);
            Assert.Empty(turn.Replies);
        }

        Assert.Equal(before, bot.Store.Updates);
        Assert.False(bot.RecordOf(Moderator).IsActive);
        Assert.Empty(bot.AuditLog.All);
    }

    [Fact]
    public void TheSameButtons_OnTheirOwnRegionsConcern_Work()
    {
        var (bot, _, pavlodar) = Filed();

        var turn = bot.InGroup(Moderator, new ButtonInput($"c:s:a:{pavlodar.Id}"), StaffRole.None);

        Assert.Equal(ConcernTexts.StaffDone, turn.Toast?.Key);
        Assert.Equal(ConcernStatus.Accepted, bot.Store.Get(pavlodar.Id)!.Status);
    }

    [Fact]
    public void ReplyToAnotherRegionsPost_ChangesNothing_AndReachesNoCitizen()
    {
        var (bot, atyrau, _) = Filed();

        var answer = bot.InGroup(Moderator, new ReplyToBotInput(1, $"concern:{atyrau.Id}", "Ответ модератора другого региона, длинный."), StaffRole.None);
        var note = bot.InGroup(Moderator, new ReplyToBotInput(1, $"concern-fwd:{atyrau.Id}", "// чужая заметка"), StaffRole.None);

        Assert.Equal([CommonTexts.NotAllowed], answer.Replies.Select(r => r.Text.Key));
        Assert.Equal([CommonTexts.NotAllowed], note.Replies.Select(r => r.Text.Key));
        Assert.DoesNotContain(answer.Replies.Concat(note.Replies), r => r.ChatId is not null);
        var stored = bot.Store.Get(atyrau.Id)!;
        Assert.Null(stored.AnswerDraft);
        Assert.Equal([ConcernEvent.Submitted], stored.History.Select(h => h.Event));
    }

    [Fact]
    public void ConcernCommand_ForAnotherRegion_SaysNotFound()
    {
        var (bot, atyrau, pavlodar) = Filed();

        Assert.True(Has(bot.Send(Moderator, new CommandInput("concern", atyrau.Number)), ConcernTexts.ConcernNotFound));
        Assert.True(Has(bot.Send(Moderator, new CommandInput("concern", pavlodar.Number)), ConcernTexts.StaffCard));
    }

    [Fact]
    public void Queue_ShowsOnlyTheirRegions_AndOffersOnlyThemToFilterBy()
    {
        var (bot, _, pavlodar) = Filed();

        var queue = bot.Send(Moderator, new CommandInput("queue", string.Empty));
        var reply = ReplyWith(queue, ConcernTexts.QueueTitle);
        Assert.Equal(1, reply.Text.Arg("count"));
        Assert.Equal([$"c:s:v:{pavlodar.Id}"], reply.Buttons.SelectMany(r => r).Where(b => b.Data.StartsWith("c:s:v:", StringComparison.Ordinal)).Select(b => b.Data));

        var picker = bot.Press(Moderator, queue, ConcernTexts.FilterRegion);
        var regions = picker.Replies.Single().Buttons.SelectMany(r => r).Where(b => b.Data.StartsWith("c:s:q:", StringComparison.Ordinal) && !b.Data.StartsWith("c:s:q:-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["c:s:q:pavlodar:-:o:0:0"], regions.Select(b => b.Data));

        Assert.Equal(CommonTexts.NotAllowed, bot.Data(Moderator, "c:s:q:atyrau:-:o:0:0").Toast?.Key);
        Assert.Equal([CommonTexts.NotAllowed], bot.Send(Moderator, new CommandInput("queue", "atyrau")).Replies.Select(r => r.Text.Key));
    }

    [Fact]
    public void Export_HasOnlyTheirRegionsRows()
    {
        var (bot, _, pavlodar) = Filed();

        var export = ReplyWith(bot.Send(Moderator, new CommandInput("export", "01.05.2026 31.05.2026")), ConcernTexts.ExportCaption);

        Assert.Equal(1, export.Text.Arg("count"));
        var csv = Encoding.UTF8.GetString(export.Attachment!.Bytes());
        Assert.Contains(pavlodar.Number, csv, StringComparison.Ordinal);
        Assert.DoesNotContain("SB-2026-000001", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Briefing_ForAnotherRegion_IsRefused_ByCommandAndByForgedButton()
    {
        var (bot, _, _) = Filed();

        Assert.Equal([CommonTexts.NotAllowed], bot.Send(Moderator, new CommandInput("briefing", "atyrau")).Replies.Select(r => r.Text.Key));
        var forged = bot.Data(Moderator, "c:s:b:atyrau");
        Assert.Equal(CommonTexts.NotAllowed, forged.Toast?.Key);
        Assert.Empty(forged.Replies);
        var grid = bot.Send(Moderator, new CommandInput("briefing", string.Empty));
        Assert.Equal(["c:s:b:pavlodar"], grid.Replies.Single().Buttons.SelectMany(r => r).Select(b => b.Data));
        Assert.True(Has(bot.Send(Moderator, new CommandInput("briefing", "pavlodar")), ConcernTexts.Briefing));
    }

    [Fact]
    public void APrivateFlowStarted_BeforeTheRegionWasTaken_StopsAtTheNextInput()
    {
        var (bot, _, pavlodar) = Filed();
        bot.Data(Moderator, $"c:s:f:{pavlodar.Id}");
        Assert.True(bot.RecordOf(Moderator).IsActive);

        bot.Grant(Moderator, ModeratorOf("atyrau"));
        var turn = bot.Text(Moderator, "Акимат Павлодарской области");

        Assert.True(Has(turn, CommonTexts.NotAllowed));
        Assert.Equal(ConcernStatus.New, bot.Store.Get(pavlodar.Id)!.Status);
        Assert.False(bot.RecordOf(Moderator).IsActive);
    }
}
