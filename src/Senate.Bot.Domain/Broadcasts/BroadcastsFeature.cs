using System.Globalization;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Deliveries;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Domain.Privacy;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Users;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>
/// Announcements, for editors: <c>/broadcast</c> composes one (<see cref="BroadcastEditorFlow"/>); <c>/broadcasts</c>
/// lists every one with its audience, counts and editor; a broadcast's card and its progress message pause, resume and
/// cancel it while it goes, and recall it afterwards (within Telegram's 48 hours). Buttons carry <c>bc:…</c>; the role
/// is checked on the server for every command and press, and a button whose action the broadcast's state no longer
/// allows only gets a toast. The sending itself is the delivery engine's (<see cref="DeliverySource"/>).
/// Holds no mutable state: safe to share between threads if the stores handed to it are.
/// </summary>
public sealed class BroadcastsFeature : Feature
{
    internal const string Prefix = "bc";

    private readonly BroadcastsContext _context;
    private readonly BroadcastScreens _screens;

    /// <summary>Creates the feature, its delivery source and its part of personal data.</summary>
    public BroadcastsFeature(
        IBroadcastStore broadcasts,
        IDeliveryStore deliveries,
        IAudienceDirectory directory,
        IReaders readers,
        IYouthEventStore events,
        Regions regions,
        Programmes programmes,
        BroadcastSettings settings,
        IAuditLog? audit = null)
    {
        _context = new BroadcastsContext(broadcasts, deliveries, directory, readers, events, regions, programmes, settings, audit);
        _screens = new BroadcastScreens(_context);
        DeliverySource = new BroadcastDeliverySource(_context, _screens);
        PersonalData = new BroadcastsPersonalData(_context);
    }

    /// <summary>What a broadcast's delivery (and recall) sends, and what the editor is told: register it with the delivery engine.</summary>
    public IDeliverySource DeliverySource { get; }

    /// <summary>The broadcasts a person was sent, as personal data: shown by <c>/mydata</c>, deleted by <c>/forget</c>.</summary>
    public IPersonalData PersonalData { get; }

    /// <summary>Counts an audience as the editor's form does (for tools and tests).</summary>
    public int Count(Audience audience) => _context.Audience.Resolve(audience).Count;

    /// <inheritdoc />
    public override string Name => "broadcasts";

    /// <inheritdoc />
    public override string? ButtonPrefix => Prefix;

    /// <inheritdoc />
    public override IEnumerable<CommandInfo> Commands =>
    [
        new("broadcast", BroadcastTexts.CommandBroadcast, StaffRole.Editor),
        new("broadcasts", BroadcastTexts.CommandBroadcasts, StaffRole.Editor),
    ];

    /// <inheritdoc />
    public override void OnCommand(Turn turn, CommandInput command)
    {
        if (!turn.Can(StaffRole.Editor))
        {
            turn.Say(CommonTexts.NotAllowed);
            return;
        }

        switch (command.Name)
        {
            case "broadcast" when turn.IsPrivate:
                BroadcastEditorFlow.Begin(turn, _context, _screens);
                break;
            case "broadcast":
                turn.Say(BroadcastTexts.UsePrivateChat);
                break;
            default:
                turn.Send(_screens.List(0, edit: false));
                break;
        }
    }

    /// <inheritdoc />
    public override void OnButton(Turn turn, string data)
    {
        if (!turn.Can(StaffRole.Editor))
        {
            turn.Toast = CommonTexts.NotAllowed;
            return;
        }

        switch (data.Split(':'))
        {
            case ["l", var page] when int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number):
                turn.Send(_screens.List(number, edit: turn.PressedMessageId is not null));
                break;
            case [var action, var id, var view] when long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var broadcastId)
                && view is BroadcastScreens.ProgressView or BroadcastScreens.CardView:
                if (_context.Broadcasts.Get(broadcastId) is { } broadcast)
                {
                    Act(turn, broadcast, action, view);
                }
                else
                {
                    turn.Toast = BroadcastTexts.NotFound;
                }

                break;
            default:
                turn.UnknownButton();
                break;
        }
    }

    /// <inheritdoc />
    public override Conversation? Restore(ConversationRecord record) =>
        record.Flow == BroadcastEditorFlow.Name ? new BroadcastEditorFlow(record, _context, _screens) : null;

    private void Act(Turn turn, Broadcast broadcast, string action, string view)
    {
        var sending = _context.SendingOf(broadcast)!;
        var now = turn.Now.UtcDateTime;
        switch (action)
        {
            case "c" or "g":
                Redraw(turn, broadcast, view);
                break;
            case "p" when sending.Can(DeliveryAction.Pause):
                Change(turn, broadcast, sending, sending.Pause, BroadcastAudit.Paused, BroadcastTexts.PausedToast, view);
                break;
            case "r" when sending.Can(DeliveryAction.Resume):
                Change(turn, broadcast, sending, sending.Resume, BroadcastAudit.Resumed, BroadcastTexts.ResumedToast, view);
                break;
            case "x" when sending.Can(DeliveryAction.Cancel):
                Ask(turn, BroadcastTexts.CancelAsk.With(new { id = broadcast.Id, left = sending.Status == DeliveryStatus.Scheduled ? broadcast.AudienceCount : sending.Total - sending.Queued }), BroadcastTexts.CancelYes, BroadcastScreens.Data("xy", broadcast.Id, view), broadcast.Id, view);
                break;
            case "xy" when sending.Can(DeliveryAction.Cancel):
                Change(turn, broadcast, sending, sending.Cancel, BroadcastAudit.Cancelled, BroadcastTexts.CancelledToast, view);
                break;
            case "d" when _screens.CanRecall(broadcast, now):
                Ask(turn, BroadcastTexts.RecallAsk.With(new { id = broadcast.Id, sent = sending.Sent }), BroadcastTexts.RecallYes, BroadcastScreens.Data("dy", broadcast.Id, view), broadcast.Id, view);
                break;
            case "dy" when _screens.CanRecall(broadcast, now):
                var recall = Delivery.Schedule(DeliveryKind.Recall, broadcast.Id, turn.User.Id, now, now);
                _context.Deliveries.Insert(recall);
                broadcast.RecallId = recall.Id;
                _context.Broadcasts.Update(broadcast);
                turn.Audit(AuditAction.BroadcastChanged, AuditSubjects.Broadcast(broadcast.Id), BroadcastAudit.Recalled);
                turn.Toast = BroadcastTexts.RecallToast;
                Redraw(turn, broadcast, view);
                break;
            case "m":
                foreach (var (language, message) in broadcast.Messages())
                {
                    turn.Send(new Reply { Text = language is { } l ? BroadcastTexts.PreviewHeadingIn.With(new { language = BroadcastTexts.Version(l) }) : BroadcastTexts.PreviewHeading });
                    turn.Send(BroadcastMessages.Reply(message));
                }

                break;
            case "f":
                if (BroadcastReports.Failures(_context, broadcast, turn.Language) is { } file)
                {
                    turn.Send(new Reply { Text = BroadcastTexts.FailuresInFile, Attachment = file });
                }
                else
                {
                    turn.Toast = BroadcastTexts.NoFailures;
                }

                break;
            default:
                // A button of an older state (paused already, finished, recalled): nothing changes.
                turn.Toast = BroadcastTexts.NotNow;
                break;
        }
    }

    private void Change(Turn turn, Broadcast broadcast, Delivery sending, Action change, string audit, Texts.TextKey toast, string view)
    {
        change();
        _context.Deliveries.Update(sending);
        turn.Audit(AuditAction.BroadcastChanged, AuditSubjects.Broadcast(broadcast.Id), audit);
        turn.Toast = toast;
        Redraw(turn, broadcast, view);
    }

    /// <summary>The status card in place of the pressed message (the progress message, or a card from the list).</summary>
    private void Redraw(Turn turn, Broadcast broadcast, string view) =>
        turn.Send(_screens.Card(broadcast, DeliveryPace.Unknown, turn.Now.UtcDateTime, view) with { EditPressedMessage = turn.PressedMessageId is not null });

    private static void Ask(Turn turn, Texts.Text question, Texts.TextKey yes, string yesData, long id, string view) =>
        turn.Send(new Reply
        {
            Text = question,
            Buttons = [[new Button(yes, yesData)], [new Button(CommonTexts.No, BroadcastScreens.Data(view, id, view))]],
            EditPressedMessage = turn.PressedMessageId is not null,
        });
}
