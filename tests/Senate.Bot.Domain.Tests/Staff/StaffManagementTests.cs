using Senate.Bot.Domain.Tests.Concerns;
using Senate.Bot.Domain.Tests.Texts;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Staff;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using Senate.Bot.Domain.Youth;
using static Senate.Bot.Domain.Tests.Concerns.ConcernHarness;

namespace Senate.Bot.Domain.Tests.Staff;

/// <summary><c>/staff</c>: admins add people, give and take roles and regions, remove them; the roster follows at once.</summary>
public sealed class StaffManagementTests
{
    private const long Newcomer = 7001;

    private static ConcernHarness Bot(bool youth = false)
    {
        var bot = new ConcernHarness(youth: youth);
        bot.User(Newcomer, Language.Kk, "Дәулет");
        return bot;
    }

    private static Turn AddForm(ConcernHarness bot)
    {
        var list = bot.Send(Admin, new CommandInput("staff", string.Empty));
        Assert.True(Has(list, StaffTexts.List));
        var ask = bot.Press(Admin, list, StaffTexts.AddButton);
        Assert.True(Has(ask, StaffTexts.AskWho));
        return ask;
    }

    [Fact]
    public void AddByForwardedMessage_ModeratorOfTwoRegions_IsSavedAudited_AndTold()
    {
        var bot = Bot();
        AddForm(bot);

        var roles = bot.Send(Admin, new TextInput("Сәлем!") { ForwardedFrom = new ForwardOrigin(Newcomer, "Дәулет") });
        Assert.True(Has(roles, StaffTexts.AskRoles));
        var regions = bot.Press(Admin, roles, StaffTexts.RoleModerator);
        Assert.True(Has(regions, StaffTexts.AskRegions));
        var toggled = bot.PressData(Admin, regions, ":r:atyrau");
        var redrawn = Assert.Single(toggled.Replies);
        Assert.True(redrawn.EditPressedMessage);
        Assert.Contains(redrawn.Buttons.SelectMany(r => r), b => b.Label.Key == CommonTexts.Selected && b.Data.EndsWith(":r:atyrau", StringComparison.Ordinal));
        toggled = bot.PressData(Admin, toggled, ":r:astana");
        toggled = bot.PressData(Admin, toggled, ":r:pavlodar");
        toggled = bot.PressData(Admin, toggled, ":r:pavlodar");
        var review = bot.Press(Admin, toggled, StaffTexts.RegionsDone);
        Assert.True(Has(review, StaffTexts.Review));

        var saved = bot.Press(Admin, review, StaffTexts.AddSubmit);

        var member = bot.StaffStore.Get(Newcomer)!;
        Assert.Equal(("Дәулет", StaffRole.Moderator, Admin), (member.Name, member.Roles, member.AddedById));
        Assert.Equal(["atyrau", "astana"], member.RegionIds);
        Assert.True(bot.Roster.AccessOf(Newcomer).CanModerate("astana"));
        Assert.False(bot.Roster.AccessOf(Newcomer).CanModerate("pavlodar"));
        Assert.Equal(StaffTexts.YourRoles, saved.Replies.Single(r => r.ChatId == Newcomer).Text.Key);
        var entry = Assert.Single(bot.AuditLog.All);
        Assert.Equal((AuditAction.RoleChanged, Admin, $"staff {Newcomer} Дәулет", "added: moderator [atyrau, astana]"), (entry.Action, entry.ActorId, entry.Subject, entry.Details));
        Assert.False(bot.RecordOf(Admin).IsActive);
    }

    [Fact]
    public void AddByContact_OrById_AndWrongInputsAreExplained()
    {
        var bot = Bot();
        AddForm(bot);

        Assert.True(Has(bot.Send(Admin, new TextInput("hello") { ForwardedFrom = new ForwardOrigin(null, "Hidden") }), StaffTexts.ForwardHidden));
        Assert.True(Has(bot.Send(Admin, new ContactInput("+77010000000", "Someone", null, null)), StaffTexts.ContactNotOnTelegram));
        Assert.True(Has(bot.Text(Admin, "not a number"), StaffTexts.WhoHint));
        Assert.True(Has(bot.Text(Admin, Admin.ToString(System.Globalization.CultureInfo.InvariantCulture)), StaffTexts.AlreadyAdmin));
        var roles = bot.Send(Admin, new ContactInput("+77011112233", "Дәулет", "Сейтқали", Newcomer));
        Assert.True(Has(roles, StaffTexts.AskRoles));
        var review = bot.Press(Admin, roles, StaffTexts.RoleEditor);
        Assert.Equal("Дәулет Сейтқали", ReplyWith(review, StaffTexts.Review).Text.Arg("name"));
        bot.Press(Admin, review, StaffTexts.AddSubmit);
        Assert.Equal(StaffRole.Editor, bot.StaffStore.Get(Newcomer)!.Roles);

        AddForm(bot);
        Assert.True(Has(bot.Text(Admin, Newcomer.ToString(System.Globalization.CultureInfo.InvariantCulture)), StaffTexts.AlreadyMember));
    }

    [Fact]
    public void ChangeAndRemove_FromTheMembersCard()
    {
        var bot = Bot();
        bot.StaffStore.Save(new StaffMember { Id = Newcomer, Name = "Дәулет", Roles = StaffRole.Editor });
        var list = bot.Send(Admin, new CommandInput("staff", string.Empty));
        var card = bot.PressData(Admin, list, $"st:m:{Newcomer}");
        Assert.True(Has(card, StaffTexts.Card));

        var review = bot.Press(Admin, card, StaffTexts.ChangeButton);
        Assert.True(Has(review, StaffTexts.Review));
        var roles = bot.Press(Admin, review, StaffTexts.ChangeRoles);
        review = bot.Press(Admin, roles, StaffTexts.RoleBoth);
        bot.Press(Admin, review, StaffTexts.SaveButton);
        Assert.Equal(StaffRole.Moderator | StaffRole.Editor, bot.StaffStore.Get(Newcomer)!.Roles);
        Assert.Equal("changed: moderator, editor", bot.AuditLog.All[^1].Details);

        card = bot.Data(Admin, $"st:m:{Newcomer}");
        var confirm = bot.Press(Admin, card, StaffTexts.RemoveButton);
        Assert.True(Has(confirm, StaffTexts.RemoveConfirm));
        var removed = bot.Press(Admin, confirm, StaffTexts.RemoveYes);

        Assert.Null(bot.StaffStore.Get(Newcomer));
        Assert.False(bot.Roster.AccessOf(Newcomer).IsStaff);
        Assert.Equal(StaffTexts.YouWereRemoved, removed.Replies.Single(r => r.ChatId == Newcomer).Text.Key);
        Assert.Equal(("removed", AuditAction.RoleChanged), (bot.AuditLog.All[^1].Details, bot.AuditLog.All[^1].Action));
        Assert.True(Has(removed, StaffTexts.List));
    }

    [Fact]
    public void StaffButtonsAndCommand_ByAModerator_AreRefused()
    {
        var bot = Bot();
        bot.StaffStore.Save(new StaffMember { Id = Newcomer, Name = "Дәулет", Roles = StaffRole.Editor });
        bot.Grant(Moderator, new StaffAccess(StaffRole.Moderator));

        Assert.Equal([CommonTexts.CommandUnknown], bot.Send(Moderator, new CommandInput("staff", string.Empty)).Replies.Select(r => r.Text.Key));
        foreach (var data in new[] { "st:l", "st:a", $"st:m:{Newcomer}", $"st:ry:{Newcomer}" })
        {
            var turn = bot.Data(Moderator, data);
            Assert.Equal(CommonTexts.NotAllowed, turn.Toast?.Key);
            Assert.Empty(turn.Replies);
        }

        Assert.NotNull(bot.StaffStore.Get(Newcomer));
        Assert.Empty(bot.AuditLog.All);
    }

    [Fact]
    public void ARemovedEditorsOldButtons_FailAtTheNextPress()
    {
        var bot = Bot(youth: true);
        bot.StaffStore.Save(new StaffMember { Id = Newcomer, Name = "Дәулет", Roles = StaffRole.Editor });
        var youthEvent = bot.AddEvent(TimeSpan.FromDays(7));
        var events = bot.Send(Newcomer, new CommandInput("events", string.Empty));
        var card = bot.PressData(Newcomer, events, $"ys:e:{youthEvent.Id}");
        var close = ButtonOf(card, b => b.Label.Key == YouthTexts.CloseRegistrationButton).Data;

        bot.StaffStore.Delete(Newcomer);
        var turn = bot.Data(Newcomer, close);

        Assert.Equal(CommonTexts.NotAllowed, turn.Toast?.Key);
        Assert.Empty(turn.Replies);
        Assert.Equal(EventStatus.Open, bot.YouthStore.Get(youthEvent.Id)!.Status);
        Assert.Equal([CommonTexts.CommandUnknown], bot.Send(Newcomer, new CommandInput("events", string.Empty)).Replies.Select(r => r.Text.Key));
    }

    [Fact]
    public void Help_ListsTheCommandsOfTheRolesHeld()
    {
        var bot = Bot(youth: true);
        bot.StaffStore.Save(new StaffMember { Id = Newcomer, Name = "Дәулет", Roles = StaffRole.Editor });

        var help = Plain(bot.Send(Newcomer, new CommandInput("help", string.Empty)).Replies.Single().Text, Language.Kk);

        Assert.Contains("/newevent", help, StringComparison.Ordinal);
        Assert.DoesNotContain("/queue", help, StringComparison.Ordinal);
        Assert.DoesNotContain("/staff", help, StringComparison.Ordinal);
    }
}
