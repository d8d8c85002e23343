using System.Collections.Concurrent;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Tests.Shared;

/// <summary>
/// A test-only feature, compiled into both test projects, to exercise the engine and the host: <c>/survey</c>
/// (also a menu entry and the deep link <c>survey_…</c>) asks for a name and then Yes/No; <c>/signup</c> is a
/// five-step form with a review, written the way every flow is; <c>/secret</c> is an admin command; <c>/boom</c>
/// throws, to show one chat's failure does not disturb others. It reuses engine texts, so it needs no catalog entries.
/// </summary>
internal sealed class SurveyFeature : Feature
{
    private static readonly Regions Regions = Regions.Load(SeedFiles.Locate());

    public ConcurrentQueue<(long ChatId, string Name, string Choice)> Submitted { get; } = new();

    public ConcurrentQueue<SignupDraft> SignedUp { get; } = new();

    public override string Name => "survey";

    public override string? ButtonPrefix => "sv";

    public override IEnumerable<MenuEntry> MenuEntries(Turn turn) => [new(CommonTexts.Confirm, "sv:start")];

    public override IEnumerable<CommandInfo> Commands =>
    [
        new("survey", CommonTexts.CommandHelp), new("signup", CommonTexts.CommandMenu), new("boom", CommonTexts.CommandHelp),
        new("secret", CommonTexts.CommandHelp, Domain.Users.StaffRole.Admin),
    ];

    public override IEnumerable<string> DeepLinkPrefixes => ["survey_"];

    public override void OnCommand(Turn turn, CommandInput command)
    {
        switch (command.Name)
        {
            case "boom":
                throw new InvalidOperationException("Boom for chat " + turn.ChatId);
            case "secret":
                turn.Say(CommonTexts.HelpStaff);
                break;
            case "signup":
                turn.Begin(new SignupFlow(turn.Conversation, this));
                break;
            default:
                turn.Begin(new SurveyFlow(turn.Conversation, this));
                break;
        }
    }

    public override void OnButton(Turn turn, string data)
    {
        if (data == "start")
        {
            turn.Begin(new SurveyFlow(turn.Conversation, this));
        }
        else
        {
            turn.UnknownButton();
        }
    }

    public override void OnDeepLink(Turn turn, string payload) => turn.Begin(new SurveyFlow(turn.Conversation, this));

    public override Conversation? Restore(ConversationRecord record) => record.Flow switch
    {
        "survey" => new SurveyFlow(record, this),
        "signup" => new SignupFlow(record, this),
        _ => null,
    };

    /// <summary>Two steps: a name, then Yes or No, which submits.</summary>
    private sealed class SurveyFlow(ConversationRecord record, SurveyFeature feature) : Form<SurveyDraft>(record)
    {
        public override string Flow => "survey";

        public override TextKey Title => CommonTexts.CommandHelp;

        protected override void Define(FormBuilder<SurveyDraft> form)
        {
            form.Ask("name", CommonTexts.CommandStart, Answers.Text(1, 50), (d, name) => d.Name = name);
            form.Ask("choice", CommonTexts.Yes, Answers.Buttons(new Choice(CommonTexts.Yes, "yes"), new Choice(CommonTexts.No, "no")), (f, choice) =>
            {
                feature.Submitted.Enqueue((f.Turn.ChatId, f.Draft.Name, choice));
                f.Say(CommonTexts.Confirm);
                return Go.Done;
            });
        }
    }

    /// <summary>The shape of every flow: five steps declared once each, shared steps, a review; about fifty lines.</summary>
    private sealed class SignupFlow(ConversationRecord record, SurveyFeature feature) : Form<SignupDraft>(record)
    {
        public override string Flow => "signup";

        public override TextKey Title => CommonTexts.CommandMenu;

        protected override void Define(FormBuilder<SignupDraft> form)
        {
            form.Ask("name", CommonTexts.CommandStart, Answers.Text(2, 50), (d, name) => d.Name = name)
                .Changes(CommonTexts.CommandStart);
            form.Ask("age", CommonTexts.CommandHelp, Answers.Typed(text => int.TryParse(text, out var age) && age is > 0 and < 120
                    ? Parsed<int>.Ok(age)
                    : Parsed<int>.Invalid(CommonTexts.NotAnOption)), (d, age) => d.Age = age)
                .Changes(CommonTexts.CommandHelp);
            form.Ask("region", CommonTexts.MenuTitle, Answers.Region(Regions), (d, region) => d.RegionId = region.Id)
                .Changes(CommonTexts.MenuTitle);
            form.Ask("phone", CommonTexts.CommandCancel, Answers.Phone(), (d, phone) => d.Phone = phone.Phone)
                .Optional(d => d.Phone = null)
                .Changes(CommonTexts.CommandCancel);
            form.Ask("news", CommonTexts.Yes, Answers.Buttons(new Choice(CommonTexts.Yes, "yes"), new Choice(CommonTexts.No, "no")), (d, news) => d.News = news == "yes")
                .When(d => d.Phone is not null);
            form.Reviewed(f => Text.Lines(Text.Plain(f.Draft.Name), Text.Plain(f.Draft.RegionId ?? string.Empty)), _ => CommonTexts.Confirm, f =>
            {
                feature.SignedUp.Enqueue(f.Draft);
                return Go.Done;
            });
        }
    }

    private sealed class SurveyDraft
    {
        public string Name { get; set; } = string.Empty;
    }

    /// <summary>What /signup gathers.</summary>
    internal sealed class SignupDraft
    {
        public string Name { get; set; } = string.Empty;

        public int Age { get; set; }

        public string? RegionId { get; set; }

        public string? Phone { get; set; }

        public bool News { get; set; }
    }
}
