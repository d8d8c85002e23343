using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Digests;

/// <summary>
/// The staff side of digests, for editors: <c>/newdigest</c>; <c>/digests</c> lists drafts, scheduled and published
/// ones; a digest's staff card publishes, changes, unschedules, corrects, withdraws (after a confirmation) and previews.
/// Buttons carry <c>ds:…</c>; the role is checked on the server for every command and press, and anyone else gets a
/// toast with nothing changed. Created by <see cref="DigestsFeature"/>.
/// </summary>
public sealed class DigestStaffFeature : Feature
{
    internal const string Prefix = "ds";
    private const string ListData = Prefix + ":l";
    private const int Listed = 10;

    private readonly DigestsContext _context;
    private readonly DigestMessages _messages;

    internal DigestStaffFeature(DigestsContext context, DigestMessages messages)
    {
        _context = context;
        _messages = messages;
    }

    /// <inheritdoc />
    public override string Name => "digests-staff";

    /// <inheritdoc />
    public override string? ButtonPrefix => Prefix;

    /// <inheritdoc />
    public override IEnumerable<CommandInfo> Commands =>
    [
        new("newdigest", DigestTexts.CommandNewDigest, StaffRole.Editor),
        new("digests", DigestTexts.CommandDigests, StaffRole.Editor),
    ];

    internal static string CardData(long id) => Prefix + ":c:" + DigestsFeature.Id(id);

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
            case "newdigest" when turn.IsPrivate:
                DigestEditorFlow.BeginNew(turn, _context, _messages);
                break;
            case "newdigest":
                turn.Say(DigestTexts.UsePrivateChat);
                break;
            default:
                ShowList(turn);
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

        var parts = data.Split(':');
        if (parts is ["l"])
        {
            ShowList(turn);
            return;
        }

        if (parts is not [var action, var id] || !DigestsFeature.TryId(id, out var digestId) || _context.Digests.Get(digestId) is not { } digest)
        {
            turn.UnknownButton();
            return;
        }

        switch (action)
        {
            case "c":
                ShowCard(turn, digest);
                break;
            case "p" when digest.Can(DigestAction.Publish):
                PublishNow(turn, digest);
                break;
            case "e" or "k" when turn.IsPrivate && digest.Can(action == "e" ? DigestAction.Edit : DigestAction.Correct):
                DigestEditorFlow.BeginChange(turn, _context, _messages, digest);
                break;
            case "e" or "k" when !turn.IsPrivate:
                turn.Toast = DigestTexts.UsePrivateChat;
                break;
            case "u" when digest.Can(DigestAction.Unschedule):
                digest.Unschedule(turn.Now.UtcDateTime);
                _context.Digests.Update(digest);
                turn.Audit(AuditAction.DigestChanged, AuditSubjects.Digest(digest.Id), DigestAudit.Unscheduled);
                ShowCard(turn, digest);
                break;
            case "w" when digest.Can(DigestAction.Withdraw):
                DigestsFeature.Show(
                    turn,
                    DigestTexts.WithdrawAsk.With(new { id = digest.Id, title = digest.Content.Best(turn.Language).Title }),
                    [[new Button(DigestTexts.WithdrawYes, Prefix + ":wy:" + id)], [new Button(CommonTexts.No, CardData(digest.Id))]]);
                break;
            case "wy" when digest.Can(DigestAction.Withdraw):
                digest.Withdraw(turn.User.Id, turn.Now.UtcDateTime);
                _context.Digests.Update(digest);
                turn.Audit(AuditAction.DigestChanged, AuditSubjects.Digest(digest.Id), DigestAudit.Withdrawn);
                turn.Toast = DigestTexts.Withdrawn.With(new { id = digest.Id });
                ShowCard(turn, digest);
                break;
            case "v":
                foreach (var version in digest.Content.Versions)
                {
                    turn.Send(new Reply { Text = DigestTexts.PreviewHeading.With(new { language = Text.In(version.Language, CommonTexts.LanguageName) }) });
                    foreach (var reply in _messages.Show(digest, version.Language, chatId: null, buttons: []))
                    {
                        turn.Send(reply with { Language = version.Language });
                    }
                }

                break;
            default:
                // A button from an older card whose action the digest's status no longer allows.
                turn.Toast = DigestTexts.NotNow;
                break;
        }
    }

    /// <inheritdoc />
    public override Conversation? Restore(ConversationRecord record) =>
        record.Flow == DigestEditorFlow.Name ? new DigestEditorFlow(record, _context, _messages) : null;

    private void PublishNow(Turn turn, Digest digest)
    {
        if (digest.Content.Problems(_context.Regions) is { Count: > 0 } problems)
        {
            turn.Say(DigestTexts.Problems(problems));
            return;
        }

        digest.Publish(turn.Now.UtcDateTime);
        _context.Digests.Update(digest);
        turn.Audit(AuditAction.DigestPublished, AuditSubjects.Digest(digest.Id));
        turn.Toast = DigestTexts.PublishedToast.With(new { id = digest.Id });
        ShowCard(turn, digest);
    }

    private void ShowList(Turn turn)
    {
        var drafts = _context.Digests.Find(new DigestFilter { Statuses = [DigestStatus.Draft, DigestStatus.Scheduled] }, 0, Listed).Items;
        var published = _context.Digests.Find(new DigestFilter { Statuses = [DigestStatus.Published, DigestStatus.Withdrawn] }, 0, Listed).Items;
        var rows = drafts.Concat(published)
            .Select(d => (IReadOnlyList<Button>)[new Button(
                DigestTexts.StaffListItem.With(new { icon = Icon(d.Status), id = d.Id, date = d.Content.MeetingDate, title = Shorten(d.Content.Best(turn.Language).Title) }),
                CardData(d.Id))])
            .ToList();
        DigestsFeature.Show(turn, rows.Count == 0 ? DigestTexts.StaffListEmpty : DigestTexts.StaffListTitle, rows);
    }

    private void ShowCard(Turn turn, Digest digest)
    {
        var id = DigestsFeature.Id(digest.Id);
        var rows = new List<IReadOnlyList<Button>>();
        if (digest.Can(DigestAction.Publish))
        {
            rows.Add([new Button(DigestTexts.PublishButton, Prefix + ":p:" + id)]);
        }

        if (digest.Can(DigestAction.Edit))
        {
            rows.Add([new Button(DigestTexts.EditButton, Prefix + ":e:" + id)]);
        }

        if (digest.Can(DigestAction.Unschedule))
        {
            rows.Add([new Button(DigestTexts.UnscheduleButton, Prefix + ":u:" + id)]);
        }

        if (digest.Can(DigestAction.Correct))
        {
            rows.Add([new Button(DigestTexts.CorrectButton, Prefix + ":k:" + id)]);
        }

        if (digest.Can(DigestAction.Withdraw))
        {
            rows.Add([new Button(DigestTexts.WithdrawButton, Prefix + ":w:" + id)]);
        }

        rows.Add([new Button(DigestTexts.PreviewButton, Prefix + ":v:" + id)]);
        rows.Add([new Button(DigestTexts.StaffListButton, ListData)]);
        var counts = _context.Subscriptions.Count(digest.Content.RegionIds);
        DigestsFeature.Show(turn, DigestTexts.StaffCard.With(new
        {
            id = digest.Id,
            title = digest.Content.Best(turn.Language).Title,
            status = Status(digest.Status),
            date = digest.Content.MeetingDate,
            regions = _context.RegionNames(digest.Content.RegionIds),
            languages = Text.Join(", ", digest.Content.Versions.Select(v => Text.In(v.Language, CommonTexts.LanguageName))),
            when = digest switch
            {
                { Status: DigestStatus.Scheduled, ScheduledUtc: { } at } => DigestTexts.CardScheduled.With(new { at = Utc(at) }),
                { PublishedUtc: { } at } => DigestTexts.CardPublished.With(new { at = Utc(at), delivered = digest.Delivery == DigestDelivery.Delivered ? DigestTexts.CardDelivered : digest.Delivery == DigestDelivery.Pending ? DigestTexts.CardDelivering : DigestTexts.CardNotDelivered }),
                _ => Text.Empty,
            },
            corrections = digest.Corrections.Count,
            subscribers = counts.Total,
            link = _context.Link(digest.Id),
        }), rows);
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static string Shorten(string title) => title.Length <= 40 ? title : title[..39] + "…";

    private static string Icon(DigestStatus status) => status switch
    {
        DigestStatus.Draft => "📝",
        DigestStatus.Scheduled => "🗓",
        DigestStatus.Published => "📢",
        _ => "🗑",
    };

    private static TextKey Status(DigestStatus status) => status switch
    {
        DigestStatus.Draft => DigestTexts.StatusDraft,
        DigestStatus.Scheduled => DigestTexts.StatusScheduled,
        DigestStatus.Published => DigestTexts.StatusPublished,
        _ => DigestTexts.StatusWithdrawn,
    };
}
