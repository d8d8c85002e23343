using System.Globalization;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Digests;

/// <summary>
/// The subscriptions screen: one message whose region checkmarks and frequency toggle in place; the choice lives in
/// the buttons' data (a bit per region) until the reader saves it, so nothing is stored before they confirm.
/// </summary>
public sealed partial class DigestsFeature
{
    private const string Checked = "✅ ";

    private static int Mask(DigestSubscription subscription, IReadOnlyList<string> order) =>
        subscription.RegionIds.Select(id => order.ToList().IndexOf(id)).Where(i => i >= 0).Aggregate(0, (mask, i) => mask | (1 << i));

    private int Mask(DigestSubscription subscription) => Mask(subscription, _context.RegionOrder);

    private int? ParseMask(string text) =>
        int.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var mask) && mask >= 0 && mask < 1 << _context.RegionOrder.Count
            ? mask
            : null;

    private static DigestFrequency? ParseFrequency(string text) => text switch
    {
        "i" => DigestFrequency.Immediately,
        "w" => DigestFrequency.Weekly,
        _ => null,
    };

    private static string Code(DigestFrequency frequency) => frequency == DigestFrequency.Weekly ? "w" : "i";

    private static string Data(string action, int mask, DigestFrequency frequency) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{action}:{mask:x}:{Code(frequency)}");

    private void ShowSubscriptions(Turn turn, int mask, DigestFrequency frequency)
    {
        var order = _context.RegionOrder;
        Button Toggle(string regionId, Text label)
        {
            var bit = 1 << order.ToList().IndexOf(regionId);
            var on = (mask & bit) != 0;
            return new Button(on ? Text.Join(string.Empty, [Text.Plain(Checked), label]) : label, Data("s", mask ^ bit, frequency));
        }

        var rows = RegionLayout.Grid(_context.Regions, turn.Language)
            .Select(row => (IReadOnlyList<Button>)[.. row.Select(r => Toggle(r.Id, Text.Plain(r.ShortName)))])
            .ToList();
        rows.Add([Toggle(DigestRegions.National, DigestTexts.National)]);
        rows.Add([
            new Button(Mark(frequency == DigestFrequency.Immediately, DigestTexts.FrequencyImmediately), Data("s", mask, DigestFrequency.Immediately)),
            new Button(Mark(frequency == DigestFrequency.Weekly, DigestTexts.FrequencyWeekly), Data("s", mask, DigestFrequency.Weekly)),
        ]);
        rows.Add([new Button(DigestTexts.SaveButton, Data("ss", mask, frequency)), new Button(CommonTexts.Back, HubData)]);
        var count = order.Where((_, i) => (mask & (1 << i)) != 0).Count();
        Show(turn, DigestTexts.SubscriptionsTitle.With(new { count }), rows);
    }

    private static Text Mark(bool on, TextKey label) => on ? Text.Join(string.Empty, [Text.Plain("🔘 "), label]) : Text.Join(string.Empty, [Text.Plain("⚪ "), label]);

    private void SaveSubscriptions(Turn turn, int mask, DigestFrequency frequency)
    {
        var now = turn.Now;
        var regions = _context.RegionOrder.Where((_, i) => (mask & (1 << i)) != 0).ToList();
        var subscription = Subscription(turn)
            .WithRegions(regions, now.UtcDateTime)
            .WithFrequency(frequency, WeeklyRollup.LatestDue(now, _context.Settings.TimeZone), now.UtcDateTime);
        _context.Subscriptions.Save(subscription);
        Show(
            turn,
            subscription.IsActive ? DigestTexts.SubscriptionsSaved.With(new { subscription = Summary(subscription) }) : DigestTexts.SubscriptionsCleared,
            [[new Button(DigestTexts.ArchiveButton, ArchiveData(0, null))], [new Button(CommonTexts.MenuBack, "menu")]]);
    }
}
