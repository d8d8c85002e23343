using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Digests;

/// <summary>The reader's screens: the hub, the archive with its region filter, a digest, one-tap unsubscribe.</summary>
public sealed partial class DigestsFeature
{
    private const int TitleOnButton = 48;
    private const int RegionButtons = 2;

    private void ShowHub(Turn turn) => Show(
        turn,
        Text.Paragraphs(DigestTexts.Hub, DigestTexts.HubSubscription.With(new { subscription = Summary(Subscription(turn)) })),
        [
            [new Button(DigestTexts.ArchiveButton, ArchiveData(0, null)), new Button(DigestTexts.SearchButton, Prefix + ":q")],
            [new Button(DigestTexts.SubscriptionsButton, SubscriptionsData)],
            [new Button(CommonTexts.MenuBack, "menu")],
        ]);

    private void ShowArchive(Turn turn, int page, string? regionId)
    {
        var size = _context.Settings.PageSize;
        var found = _context.Digests.Find(DigestFilter.Archive(regionId), page * size, size);
        var rows = found.Items
            .Select(d => (IReadOnlyList<Button>)[new Button(ArchiveLabel(d, turn.Language), ViewData(d.Id))])
            .ToList();
        var paging = new List<Button>();
        if (page > 0)
        {
            paging.Add(new Button(CommonTexts.PreviousPage, ArchiveData(page - 1, regionId)));
        }

        if (found.HasMore)
        {
            paging.Add(new Button(CommonTexts.NextPage, ArchiveData(page + 1, regionId)));
        }

        if (paging.Count > 0)
        {
            rows.Add(paging);
        }

        rows.Add([new Button(DigestTexts.FilterButton, Prefix + ":f"), new Button(DigestTexts.SearchButton, Prefix + ":q")]);
        rows.Add([new Button(CommonTexts.Back, HubData)]);
        var filter = regionId is null ? DigestTexts.AllRegions : _context.RegionName(regionId);
        var title = found.Items.Count == 0
            ? DigestTexts.ArchiveEmpty.With(new { region = filter })
            : DigestTexts.ArchiveTitle.With(new { region = filter, page = page + 1 });
        Show(turn, title, rows);
    }

    private static Text ArchiveLabel(Digest digest, Language reader)
    {
        var title = digest.Content.Best(reader).Title;
        return DigestTexts.ArchiveItem.With(new
        {
            date = digest.Content.MeetingDate,
            title = title.Length <= TitleOnButton ? title : title[..(TitleOnButton - 1)].TrimEnd() + "…",
        });
    }

    private void ChooseRegion(Turn turn)
    {
        var grid = RegionLayout.Grid(_context.Regions, turn.Language)
            .Select(row => (IReadOnlyList<Button>)[.. row.Select(r => new Button(Text.Plain(r.ShortName), ArchiveData(0, r.Id)))])
            .ToList();
        grid.Add([new Button(DigestTexts.National, ArchiveData(0, DigestRegions.National))]);
        grid.Add([new Button(DigestTexts.AllRegions, ArchiveData(0, null))]);
        Show(turn, DigestTexts.FilterChoose, grid);
    }

    /// <summary>Sends a published digest, in the reader's language, with its buttons.</summary>
    private void View(Turn turn, long id)
    {
        if (_context.Readable(id) is not { } digest)
        {
            if (turn.PressedMessageId is null)
            {
                turn.Say(DigestTexts.NotFound);
            }
            else
            {
                turn.Toast = DigestTexts.NotFound;
            }

            return;
        }

        foreach (var reply in _messages.Show(digest, turn.Language, chatId: null, DigestButtons(digest, Subscription(turn))))
        {
            turn.Send(reply);
        }
    }

    /// <summary>
    /// The buttons under a digest: more from each of its regions (two at most), and for each region the reader
    /// follows, unsubscribe in one tap — or subscribe again right after.
    /// </summary>
    internal IReadOnlyList<IReadOnlyList<Button>> DigestButtons(Digest digest, DigestSubscription subscription, string? undone = null)
    {
        var id = Id(digest.Id);
        var rows = new List<IReadOnlyList<Button>>();
        foreach (var region in digest.Content.RegionIds.Take(RegionButtons))
        {
            rows.Add([new Button(DigestTexts.MoreFrom.With(new { region = _context.RegionLabel(region) }), ArchiveData(0, region))]);
        }

        foreach (var region in digest.Content.RegionIds)
        {
            if (subscription.Follows(region))
            {
                rows.Add([new Button(DigestTexts.Unsubscribe.With(new { region = _context.RegionLabel(region) }), $"{Prefix}:u:{id}:{region}")]);
            }
            else if (region == undone)
            {
                rows.Add([new Button(DigestTexts.SubscribeAgain.With(new { region = _context.RegionLabel(region) }), $"{Prefix}:r:{id}:{region}")]);
            }
        }

        return rows;
    }

    /// <summary>One tap on a digest: the region is dropped from the subscription, and the buttons say so in place.</summary>
    private void Unsubscribe(Turn turn, long digestId, string regionId)
    {
        var subscription = Subscription(turn);
        if (subscription.Follows(regionId))
        {
            subscription = subscription.Without(regionId, turn.Now.UtcDateTime);
            _context.Subscriptions.Save(subscription);
        }

        turn.Toast = DigestTexts.Unsubscribed.With(new { region = _context.RegionLabel(regionId) });
        RedrawButtons(turn, digestId, subscription, regionId);
    }

    private void Resubscribe(Turn turn, long digestId, string regionId)
    {
        var subscription = Subscription(turn);
        if (!subscription.Follows(regionId))
        {
            subscription = subscription.WithRegions([.. subscription.RegionIds, regionId], turn.Now.UtcDateTime);
            _context.Subscriptions.Save(subscription);
        }

        turn.Toast = DigestTexts.Resubscribed.With(new { region = _context.RegionLabel(regionId) });
        RedrawButtons(turn, digestId, subscription, undone: null);
    }

    private void RedrawButtons(Turn turn, long digestId, DigestSubscription subscription, string? undone)
    {
        if (_context.Digests.Get(digestId) is { } digest)
        {
            turn.Send(new Reply { Text = Text.Empty, Buttons = DigestButtons(digest, subscription, undone), EditPressedMessage = true, ButtonsOnly = true });
        }
    }

    /// <summary>What a subscription covers, in a line: the regions and how often, or that there is none.</summary>
    private Text Summary(DigestSubscription subscription) => subscription.IsActive
        ? DigestTexts.SubscriptionSummary.With(new
        {
            regions = Text.Join(", ", subscription.RegionIds.Select(_context.RegionLabel)),
            frequency = Frequency(subscription.Frequency),
        })
        : DigestTexts.NotSubscribed;

    private static TextKey Frequency(DigestFrequency frequency) =>
        frequency == DigestFrequency.Weekly ? DigestTexts.FrequencyWeekly : DigestTexts.FrequencyImmediately;
}
