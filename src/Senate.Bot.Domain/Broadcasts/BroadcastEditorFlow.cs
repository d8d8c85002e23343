using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Deliveries;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>
/// An editor composes an announcement: one message for everyone or a version per language (Russian for the rest) —
/// each exactly as sent to the bot, formatting kept; an album's items are gathered as they come — then the audience
/// (<see cref="AudienceSteps"/>), when (now or at a set time, Astana time) and whether to pin it. The review shows it
/// as recipients will get it, the exact number of recipients, a test copy on request, and asks a second time above
/// <see cref="BroadcastSettings.ConfirmAbove"/>. Confirming creates the broadcast, its delivery and the progress
/// message. The editor role is checked again at every input.
/// </summary>
internal sealed class BroadcastEditorFlow : Form<BroadcastDraft>
{
    public const string Name = "broadcast.editor";

    private readonly BroadcastsContext _context;
    private readonly BroadcastScreens _screens;
    private readonly AudienceSteps _audience;

    public BroadcastEditorFlow(ConversationRecord record, BroadcastsContext context, BroadcastScreens screens)
        : base(record)
    {
        _context = context;
        _screens = screens;
        _audience = new AudienceSteps(context, screens, () => Draft);
    }

    public override string Flow => Name;

    public override TextKey Title => BroadcastTexts.FlowTitle;

    /// <summary>Starts composing a new announcement.</summary>
    public static void Begin(Turn turn, BroadcastsContext context, BroadcastScreens screens)
    {
        var flow = new BroadcastEditorFlow(turn.Conversation, context, screens);
        flow.FreshDraft();
        turn.Begin(flow);
    }

    protected override void Define(FormBuilder<BroadcastDraft> form)
    {
        form.Ask("mode", BroadcastTexts.AskMode, Answers.Buttons(new Choice(BroadcastTexts.ModeOne, "one"), new Choice(BroadcastTexts.ModeEach, "each")), (d, mode) => d.PerLanguage = mode == "each")
            .Changes(BroadcastTexts.ChangeMessageButton);
        MessageStep(form, "message", null, BroadcastTexts.AskMessage).When(d => !d.PerLanguage);
        MessageStep(form, "ru", Language.Ru, BroadcastTexts.AskRu).When(d => d.PerLanguage);
        MessageStep(form, "kk", Language.Kk, BroadcastTexts.AskKk).When(d => d.PerLanguage).Optional(d => d.Set(Language.Kk, null));
        MessageStep(form, "en", Language.En, BroadcastTexts.AskEn).When(d => d.PerLanguage).Optional(d => d.Set(Language.En, null));
        _audience.Define(form);
        form.Ask("when", BroadcastTexts.AskWhen, Answers.Buttons(new Choice(BroadcastTexts.WhenNow, "now"), new Choice(BroadcastTexts.WhenLater, "later")), (d, when) => d.Later = when == "later")
            .Changes(BroadcastTexts.ChangeWhenButton);
        form.Ask("time", BroadcastTexts.AskTime, TimeAnswer, TakeTime)
            .When(d => d.Later);
        form.Ask("pin", BroadcastTexts.AskPin, Answers.Buttons(new Choice(BroadcastTexts.PinYes, "yes"), new Choice(BroadcastTexts.PinNo, "no")), (d, pin) => d.Pin = pin == "yes")
            .Changes(BroadcastTexts.ChangePinButton);
        form.ReviewOffers(BroadcastTexts.TestCopyButton, TestCopy);
        form.Reviewed(Review, SubmitLabel, Submit, Preview);
    }

    /// <summary>Only editors may go on.</summary>
    protected override bool CanContinue(FormContext<BroadcastDraft> form) => HoldsRole(form, StaffRole.Editor);

    /// <summary>
    /// A step taking the message (for everyone, or one language's): a text, a file, or an album whose items come one by
    /// one — the first asks again with "Continue", the rest are added quietly.
    /// </summary>
    private static StepBuilder<BroadcastDraft> MessageStep(FormBuilder<BroadcastDraft> form, string name, Language? language, TextKey question) =>
        form.Ask(name, f => Text.Paragraphs(question, Current(f.Draft.Message(language))), BroadcastMessageAnswer.Instance, (f, message) =>
            {
                var current = f.Draft.Message(language);
                if (message.MediaGroupId is { } album && current?.MediaGroupId == album)
                {
                    f.Draft.Set(language, current.With(message));
                    return Go.Quiet;
                }

                f.Draft.Set(language, message);
                return message.MediaGroupId is null ? Go.Next : Go.Again;
            })
            .Or(f => f.Draft.Message(language) switch
            {
                null => null,
                { MediaGroupId: not null } => BroadcastTexts.ContinueButton,
                _ => BroadcastTexts.KeepButton,
            }, _ => Go.Next);

    private static Text? Current(BroadcastMessage? message) => message switch
    {
        null => null,
        { MediaGroupId: not null } => BroadcastTexts.AlbumReceived,
        _ => BroadcastTexts.CurrentMessage.With(new { message = BroadcastScreens.Kind(message) }),
    };

    private Answer<DateTime> TimeAnswer => StaffInput.LocalTimeAnswer(_context.Settings.TimeZone, BroadcastTexts.TimeInvalid);

    private static Go TakeTime(FormContext<BroadcastDraft> form, DateTime moment) =>
        StaffInput.Future(form, moment, BroadcastTexts.TimeInPast, (draft, at) => draft.SendUtc = at);

    private Text Review(FormContext<BroadcastDraft> form)
    {
        var draft = form.Draft;
        return BroadcastTexts.Review.With(new
        {
            message = draft.PerLanguage
                ? BroadcastTexts.MessageEach.With(new { languages = Text.Join(", ", draft.Versions().Select(v => (Text)BroadcastTexts.Version(v.Language))) })
                : BroadcastTexts.MessageOne.With(new { kind = draft.Everyone is { } one ? BroadcastScreens.Kind(one) : Text.Empty }),
            audience = _screens.Describe(draft.Audience),
            count = _audience.Count(),
            when = draft.Later && draft.SendUtc is { } at ? BroadcastTexts.ReviewAt.With(new { at = BroadcastScreens.Utc(at) }) : BroadcastTexts.ReviewNow,
            pin = draft.Pin ? CommonTexts.Yes : CommonTexts.No,
        });
    }

    /// <summary>Each message exactly as its readers will get it, shown again only when a message has changed.</summary>
    private static IEnumerable<Reply> Preview(FormContext<BroadcastDraft> form)
    {
        var draft = form.Draft;
        if (draft.Previewed == draft.Version || !draft.HasMessage)
        {
            return [];
        }

        draft.Previewed = draft.Version;
        return draft.ToBroadcast().Messages().SelectMany(m => (IEnumerable<Reply>)
        [
            new Reply { Text = m.Language is { } language ? BroadcastTexts.PreviewHeadingIn.With(new { language = BroadcastTexts.Version(language) }) : BroadcastTexts.PreviewHeading },
            BroadcastMessages.Reply(m.Message),
        ]);
    }

    /// <summary>The message the editor would get as a recipient, sent to them now.</summary>
    private static void TestCopy(FormContext<BroadcastDraft> form)
    {
        if (form.Draft.HasMessage)
        {
            form.Send(BroadcastMessages.Reply(form.Draft.ToBroadcast().For(form.Language)));
            form.Turn.Toast = BroadcastTexts.TestCopySent;
        }
    }

    private Text SubmitLabel(FormContext<BroadcastDraft> form) =>
        (form.Draft.Later ? BroadcastTexts.ScheduleButton : BroadcastTexts.SendButton).With(new { count = _audience.Count() });

    private Go Submit(FormContext<BroadcastDraft> form)
    {
        var draft = form.Draft;
        var now = form.Now.UtcDateTime;
        var count = _audience.Count();
        if (count == 0)
        {
            return Go.Retry(BroadcastTexts.NobodyMatches);
        }

        if (draft.Later && draft.SendUtc <= now)
        {
            return Go.Retry(BroadcastTexts.TimeInPast);
        }

        if (count > _context.Settings.ConfirmAbove && draft.ConfirmedCount != count)
        {
            var changed = draft.ConfirmedCount > 0;
            draft.ConfirmedCount = count;
            return Go.Retry(changed ? BroadcastTexts.ChangedMeanwhile.With(new { count }) : BroadcastTexts.ConfirmLarge.With(new { count }));
        }

        var broadcast = draft.ToBroadcast();
        (broadcast.CreatedBy, broadcast.CreatedByName, broadcast.CreatedUtc, broadcast.AudienceCount) = (form.Turn.User.Id, form.Turn.User.FirstName, now, count);
        _context.Broadcasts.Insert(broadcast);
        var delivery = Delivery.Schedule(DeliveryKind.Broadcast, broadcast.Id, broadcast.CreatedBy, broadcast.ScheduledUtc ?? now, now);
        _context.Deliveries.Insert(delivery);
        broadcast.DeliveryId = delivery.Id;
        _context.Broadcasts.Update(broadcast);
        form.Turn.Audit(AuditAction.BroadcastSent, AuditSubjects.Broadcast(broadcast.Id), BroadcastAudit.Sent(count, broadcast.ScheduledUtc));
        form.Send(_screens.Card(broadcast, DeliveryPace.Unknown, now, BroadcastScreens.ProgressView) with { Tag = BroadcastScreens.Tag(broadcast.Id) });
        return Go.Done;
    }
}
