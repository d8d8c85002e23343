using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Senate.Bot.Digests;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Storage;
using Senate.Bot.Tests.Support;

namespace Senate.Bot.Tests.Digests;

/// <summary>
/// The digests' storage on a temporary LiteDB file with its writer thread, without the rest of the host. Restartable
/// on the same file (a new database, writer, index and stores, as after a process restart).
/// </summary>
internal sealed class DigestHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 5, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "senate-bot-tests", Guid.NewGuid().ToString("N"));

    public DigestHarness()
    {
        SeedsPath = SeedFiles.Locate();
        Open();
    }

    public static Regions Regions { get; } = Regions.Load(SeedFiles.Locate());

    public FakeTimeProvider Time { get; } = new(Start);

    public TestLog Log { get; } = new();

    public string SeedsPath { get; private set; }

    public BotDatabase Database { get; private set; } = null!;

    public DatabaseWriter Writer { get; private set; } = null!;

    public DigestSearch Search { get; private set; } = null!;

    public DigestStore Digests { get; private set; } = null!;

    public SubscriptionStore Subscriptions { get; private set; } = null!;

    public DateTime Now => Time.GetUtcNow().UtcDateTime;

    /// <summary>Runs work in a unit of work on the writer thread, as the host does.</summary>
    public Task<T> Run<T>(Func<T> work) => Writer.Run(work);

    /// <summary>Runs work in a unit of work on the writer thread, as the host does.</summary>
    public Task Run(Action work) => Writer.Run(work);

    /// <summary>Seeds from a copy of the project's seeds folder that a test may change.</summary>
    public string CopySeeds()
    {
        var copy = Path.Combine(_directory, "seeds");
        foreach (var file in Directory.GetFiles(SeedsPath, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(SeedsPath, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        SeedsPath = copy;
        return copy;
    }

    /// <summary>The start-up step the host runs: import the seeds, build the index.</summary>
    public Task StartUp()
    {
        var logger = LoggerFactory.Create(b => b.AddProvider(new TestLogProvider(Log))).CreateLogger<DigestStartup>();
        var options = Options.Create(new BotOptions());
        return new DigestStartup(Writer, Digests, Search, new SeedsFolder(SeedsPath), Regions, options, Time, logger).StartAsync(CancellationToken.None);
    }

    /// <summary>Closes everything and opens the same database file again.</summary>
    public async Task Restart()
    {
        await Close();
        Open();
    }

    /// <summary>A new published digest written by staff (id 7).</summary>
    public Task<Digest> Publish(DigestContent content) => Run(() =>
    {
        var digest = Digest.NewDraft(content, 7, Now);
        digest.Publish(Now);
        Digests.Insert(digest);
        return digest;
    });

    public static DigestContent Content(string region, Language language, string title, string text) => new()
    {
        MeetingDate = new DateOnly(2026, 2, 27),
        RegionIds = [region],
        Versions = [new DigestVersion(language, title, FormattedText.Plain(text))],
    };

    public async ValueTask DisposeAsync()
    {
        await Close();
        Directory.Delete(_directory, recursive: true);
    }

    private void Open()
    {
        Database = new BotDatabase(Path.Combine(_directory, "bot.db"));
        Writer = new DatabaseWriter(Database, NullLogger<DatabaseWriter>.Instance);
        Search = new DigestSearch();
        Digests = new DigestStore(Database, Writer, Search);
        Subscriptions = new SubscriptionStore(Database);
    }

    private async Task Close()
    {
        await Writer.DisposeAsync();
        Search.Dispose();
        Database.Dispose();
    }
}
