using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Storage;

namespace Senate.Bot.Digests;

/// <summary>
/// At start-up, imports the seed digests of <c>seeds/digests/</c> (idempotently, see <see cref="DigestSeeds"/>) in a
/// unit of work on the database writer, then builds the search index: the published digests are read in a unit of
/// work (a consistent snapshot; saves committed later are held back by the index and applied after it) and analysed
/// off the writer's thread, so other chats' updates are not kept waiting. A seed file changed after staff edited its
/// digest is logged and left. Updates are handled only once the import is committed (<see cref="StartupWork"/>); searches
/// before the index is built find what it holds so far.
/// </summary>
public sealed partial class DigestStartup(
    DatabaseWriter writer,
    DigestStore store,
    DigestSearch search,
    SeedsFolder seeds,
    Regions regions,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<DigestStartup> logger,
    StartupWork? work = null) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var zone = options.Value.Zone();
        var loaded = DigestSeeds.Load(seeds.Path, regions);
        var report = await writer.Run(() => DigestSeeds.Import(store, loaded, zone, time.GetUtcNow().UtcDateTime)).ConfigureAwait(false);
        foreach (var key in report.Kept)
        {
            LogSeedKept(key);
        }

        LogSeedsImported(report.Added.Count, report.Updated.Count, report.Kept.Count, report.Unchanged.Count);
        work?.Complete();

        var started = time.GetTimestamp();
        var snapshot = await writer.Run(() =>
        {
            search.BeginRebuild();
            return store.Published().ToList();
        }).ConfigureAwait(false);
        var indexed = await Task.Run(() => search.CompleteRebuild(snapshot), CancellationToken.None).ConfigureAwait(false);
        var elapsed = time.GetElapsedTime(started);
        LogIndexBuilt(indexed, elapsed.TotalMilliseconds);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "The seed digest '{Key}' changed, but staff have changed that digest in the bot: their version is kept.")]
    private partial void LogSeedKept(string key);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Seed digests: {Added} added, {Updated} updated, {Kept} kept as staff left them, {Unchanged} unchanged.")]
    private partial void LogSeedsImported(int added, int updated, int kept, int unchanged);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Information, Message = "Digest search index built: {Count} published digests in {Milliseconds:F0} ms.")]
    private partial void LogIndexBuilt(int count, double milliseconds);
}
