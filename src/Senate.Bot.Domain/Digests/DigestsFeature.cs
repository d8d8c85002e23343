using System.Globalization;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Deliveries;
using Senate.Bot.Domain.Privacy;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Digests;

/// <summary>
/// Meeting digests for readers: "Meetings in the regions" (the archive, paged and filtered by region, keyword search,
/// a digest by its deep link <c>/start digest_&lt;id&gt;</c>), subscriptions by region (opt-in, at once or a weekly
/// roll-up) with one-tap unsubscribe on every digest, and the jobs that publish scheduled digests, deliver new ones
/// and send the roll-up. Buttons carry <c>d:…</c>; they act only on the presser's own subscription and open only
/// published digests. The staff side is <see cref="Staff"/>, a feature of its own (<c>ds:…</c>).
/// Holds no mutable state: safe to share between threads if the stores handed to it are.
/// </summary>
public sealed partial class DigestsFeature : Feature
{
    internal const string Prefix = "d";
    internal const string HubData = Prefix + ":h";
    internal const string SubscriptionsData = Prefix + ":s";
    private const string DeepLinkPrefix = "digest_";

    private readonly DigestsContext _context;
    private readonly DigestMessages _messages;
    private readonly IDeliveryStore _deliveries;

    /// <summary>Creates the feature, its staff side and what it gives the delivery engine.</summary>
    public DigestsFeature(IDigestStore digests, ISubscriptionStore subscriptions, IDigestSearch search, IReaders readers, Regions regions, DigestSettings settings, IDeliveryStore deliveries, IAuditLog? audit = null)
    {
        _context = new DigestsContext(digests, subscriptions, search, readers, regions, settings, audit);
        _messages = new DigestMessages(_context);
        _deliveries = deliveries;
        Staff = new DigestStaffFeature(_context, _messages);
        PersonalData = new DigestsPersonalData(_context);
        DeliverySource = new DigestDeliverySource(_context, _messages, this);
    }

    /// <summary>What a digest's delivery sends to each subscriber: register it with the delivery engine.</summary>
    public IDeliverySource DeliverySource { get; }

    /// <summary>The staff side: writing, publishing, correcting and withdrawing digests. Register it with the engine too.</summary>
    public DigestStaffFeature Staff { get; }

    /// <summary>The reader's subscription as personal data: shown by <c>/mydata</c>, deleted by <c>/forget</c>.</summary>
    public IPersonalData PersonalData { get; }

    /// <inheritdoc />
    public override string Name => "digests";

    /// <inheritdoc />
    public override string? ButtonPrefix => Prefix;

    /// <inheritdoc />
    public override IEnumerable<string> DeepLinkPrefixes => [DeepLinkPrefix];

    /// <summary>The deep-link payload that opens a digest: <c>t.me/&lt;bot&gt;?start=digest_12</c>.</summary>
    public static string DeepLinkPayload(long id) => DeepLinkPrefix + Id(id);

    internal static string ViewData(long id) => Prefix + ":v:" + Id(id);

    internal static string ArchiveData(int page, string? regionId) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}:a:{page}:{regionId ?? "-"}");

    /// <inheritdoc />
    public override IEnumerable<MenuEntry> MenuEntries(Turn turn) => [new(DigestTexts.MenuEntry, HubData)];

    /// <inheritdoc />
    public override IEnumerable<SettingsEntry> SettingsEntries(Turn turn) =>
        [new(DigestTexts.SettingsLine.With(new { subscription = Summary(Subscription(turn)) }), new MenuEntry(DigestTexts.SubscriptionsButton, SubscriptionsData))];

    /// <inheritdoc />
    public override void OnButton(Turn turn, string data)
    {
        if (!turn.IsPrivate)
        {
            turn.UnknownButton();
            return;
        }

        switch (data.Split(':'))
        {
            case ["h"]:
                ShowHub(turn);
                break;
            case ["a", var page, var region] when int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && Region(region, out var regionId):
                ShowArchive(turn, number, regionId);
                break;
            case ["f"]:
                ChooseRegion(turn);
                break;
            case ["v", var id] when TryId(id, out var digestId):
                View(turn, digestId);
                break;
            case ["q"]:
                turn.Begin(new DigestSearchFlow(turn.Conversation, _context));
                break;
            case ["s"]:
                ShowSubscriptions(turn, Mask(Subscription(turn)), Subscription(turn).Frequency);
                break;
            case ["s", var mask, var frequency] when ParseMask(mask) is { } bits && ParseFrequency(frequency) is { } often:
                ShowSubscriptions(turn, bits, often);
                break;
            case ["ss", var mask, var frequency] when ParseMask(mask) is { } bits && ParseFrequency(frequency) is { } often:
                SaveSubscriptions(turn, bits, often);
                break;
            case ["u", var id, var region] when TryId(id, out var digestId) && Known(region):
                Unsubscribe(turn, digestId, region);
                break;
            case ["r", var id, var region] when TryId(id, out var digestId) && Known(region):
                Resubscribe(turn, digestId, region);
                break;
            default:
                turn.UnknownButton();
                break;
        }
    }

    /// <inheritdoc />
    public override void OnDeepLink(Turn turn, string payload)
    {
        if (TryId(payload[DeepLinkPrefix.Length..], out var id))
        {
            View(turn, id);
        }
        else
        {
            turn.ShowMenu(CommonTexts.DeepLinkUnknown);
        }
    }

    /// <inheritdoc />
    public override Conversation? Restore(ConversationRecord record) =>
        record.Flow == DigestSearchFlow.Name ? new DigestSearchFlow(record, _context) : null;

    /// <summary>A screen in place of the pressed message, or new when opened by a command or link.</summary>
    internal static void Show(Turn turn, Text text, IReadOnlyList<IReadOnlyList<Button>> buttons) =>
        turn.Send(new Reply { Text = text, Buttons = buttons, EditPressedMessage = turn.PressedMessageId is not null });

    internal static bool TryId(string text, out long id) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;

    internal static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private DigestSubscription Subscription(Turn turn) => _context.Subscriptions.Get(turn.User.Id) ?? DigestSubscription.None(turn.User.Id);

    private bool Known(string regionId) => DigestRegions.IsKnown(regionId, _context.Regions);

    private bool Region(string text, out string? regionId)
    {
        regionId = text == "-" ? null : text;
        return regionId is null || Known(regionId);
    }
}
