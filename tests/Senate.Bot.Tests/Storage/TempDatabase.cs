using Microsoft.Extensions.Logging.Abstractions;
using Senate.Bot.Storage;

namespace Senate.Bot.Tests.Storage;

/// <summary>A LiteDB file in a temporary folder with its writer thread, deleted afterwards.</summary>
internal sealed class TempDatabase : IAsyncDisposable
{
    public TempDatabase(int maxBatch = 256)
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "senate-bot-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Database = new BotDatabase(Path);
        Writer = new DatabaseWriter(Database, NullLogger<DatabaseWriter>.Instance, maxBatch);
    }

    public string Directory { get; }

    public string Path => System.IO.Path.Combine(Directory, "bot.db");

    public BotDatabase Database { get; }

    public DatabaseWriter Writer { get; }

    /// <summary>Holds the writer thread inside a unit until the returned gate is set, so later units queue up behind it.</summary>
    public ManualResetEventSlim Block(out Task blocker)
    {
        var gate = new ManualResetEventSlim();
        using var entered = new ManualResetEventSlim();
        blocker = Writer.Run(() =>
        {
            entered.Set();
            gate.Wait(TimeSpan.FromSeconds(30));
        });
        entered.Wait(TimeSpan.FromSeconds(30));
        return gate;
    }

    public async ValueTask DisposeAsync()
    {
        await Writer.DisposeAsync();
        Database.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
