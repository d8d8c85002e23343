using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Digests;

/// <summary>What the digest screens, flows and jobs share.</summary>
internal sealed class DigestsContext(IDigestStore digests, ISubscriptionStore subscriptions, IDigestSearch search, IReaders readers, Regions regions, DigestSettings settings, IAuditLog? audit)
{
    /// <summary>Where jobs record what they do on staff's behalf (a scheduled digest published); null in tests that do not look.</summary>
    public IAuditLog? Audit { get; } = audit;

    public IDigestStore Digests { get; } = digests;

    public ISubscriptionStore Subscriptions { get; } = subscriptions;

    public IDigestSearch Search { get; } = search;

    public IReaders Readers { get; } = readers;

    public Regions Regions { get; } = regions;

    public DigestSettings Settings { get; } = settings;

    /// <summary>Every region a digest can be about, in a fixed order (its index is a bit of a subscription mask): the 20 regions, then nationwide.</summary>
    public IReadOnlyList<string> RegionOrder { get; } = [.. regions.All.Select(r => r.Id), DigestRegions.National];

    /// <summary>A region's name (short, for buttons), or "nationwide".</summary>
    public Text RegionLabel(string id) =>
        id == DigestRegions.National ? DigestTexts.National : Regions.Find(id) is { } region ? Text.Plain(region.ShortName) : Text.Plain(id);

    /// <summary>A region's full name, or "nationwide".</summary>
    public Text RegionName(string id) =>
        id == DigestRegions.National ? DigestTexts.National : Regions.Find(id) is { } region ? Text.Plain(region.Name) : Text.Plain(id);

    /// <summary>Several regions, comma-separated, in full.</summary>
    public Text RegionNames(IEnumerable<string> ids) => Text.Join(", ", ids.Select(RegionName));

    /// <summary>A published digest readers may open (not a draft, not withdrawn), or null.</summary>
    public Digest? Readable(long id) => Digests.Get(id) is { Status: DigestStatus.Published } digest ? digest : null;

    /// <summary>The link (or the /start command, without a username) that opens a digest.</summary>
    public string Link(long id) =>
        Settings.BotUsername() is { Length: > 0 } bot
            ? $"https://t.me/{bot}?start={DigestsFeature.DeepLinkPayload(id)}"
            : "/start " + DigestsFeature.DeepLinkPayload(id);
}
