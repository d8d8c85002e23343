using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Senate.Bot.Concerns;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.Storage;
using Senate.Bot.Tests.Support;
using Senate.Bot.Tests.Telegram;

namespace Senate.Bot.Tests.Storage;

/// <summary>Backups taken through the writer, on schedule and under load, and brought back by <c>Senate.Bot --restore</c>.</summary>
public sealed class BackupTests
{
    [Fact]
    public async Task ABackupTakenUnderLoad_RestoredByTheProgram_HasEveryConcernCommittedBeforeIt()
    {
        await using var app = await BotApplication.StartAsync();
        var citizen = await app.ReadyUser(7001);
        var receipt = await ConcernSteps.File(citizen, withPhotos: 1, withLocation: true, withContact: false);
        var filed = Assert.Single(app.Get<ConcernStore>().ByAuthor(citizen.Id)).Number;
        Assert.Contains(filed, receipt.Text, StringComparison.Ordinal);

        // Concerns keep being committed, and people keep writing, while the backup is taken.
        var writer = app.Get<DatabaseWriter>();
        var store = app.Get<ConcernStore>();
        var committed = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 4).Select(lane => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var number = $"LOAD-{lane}-{i:D5}";
                await writer.Run(() => store.Insert(new Concern { Number = number, RegionId = "atyrau", CategoryId = "ecology", Description = new string('x', 2000), RegisteredUtc = DateTime.UtcNow }));
                committed.Enqueue(number);
            }
        })).ToList();
        var chatter = Enumerable.Range(0, 5).Select(i => app.User(7100 + i, "U" + i, "ru")).Select(async user =>
        {
            while (!stop.IsCancellationRequested)
            {
                await user.SendText("/start");
                await user.NextMessage(TimeSpan.FromSeconds(20));
            }
        }).ToList();
        await ReceivingTests.Until(() => committed.Count >= 200, TimeSpan.FromSeconds(30));

        var before = committed.ToHashSet();
        var backup = await app.Get<DatabaseBackups>().TakeNow();
        var after = committed.Count;
        await ReceivingTests.Until(() => committed.Count >= after + 200, TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await Task.WhenAll(load);
        await Task.WhenAll(chatter);
        await app.StopHostAsync();

        var run = await ProgramRunner.Run(new Dictionary<string, string?> { ["Storage__DatabasePath"] = app.DatabasePath }, null, "--restore", backup);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Restored {app.DatabasePath} from {backup}.", run.StandardOutput, StringComparison.Ordinal);
        var kept = Assert.Single(Directory.GetFiles(app.Directory, "bot.db.before-restore-*"));
        List<string> restored;
        using (var database = new BotDatabase(app.DatabasePath))
        {
            restored = [.. new ConcernStore(database).Find(new ConcernFilter()).Select(c => c.Number)];
        }

        Assert.Contains(filed, restored);
        Assert.Superset(before, restored.ToHashSet());
        Assert.True(restored.Count < committed.Count + 1, "The restored database is the backup, not the live one.");
        foreach (var lane in restored.Where(n => n.StartsWith("LOAD-", StringComparison.Ordinal)).GroupBy(n => n[..6]))
        {
            // Each writer's concerns in the backup are its first ones, with no gap: nothing torn, nothing half-written.
            var numbers = lane.Select(n => int.Parse(n[7..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
            Assert.Equal(Enumerable.Range(0, numbers.Count), numbers);
        }

        // The bot starts on the restored database and shows the citizen their concern.
        await app.StartHostAsync();
        await citizen.SendText("/menu");
        await ConcernSteps.PressData(citizen, await citizen.NextMessage(), "c:my");
        await citizen.WaitFor(m => m.Text?.Contains(filed, StringComparison.Ordinal) == true || m.InlineButtons.SelectMany(r => r).Any(b => b.Text.Contains(filed, StringComparison.Ordinal)));
        Assert.True(new FileInfo(kept).Length > 0);
    }

    [Fact]
    public async Task Restore_RefusesWhileTheBotRuns_AndADamagedBackup_LeavingTheDatabaseAsItWas()
    {
        await using var app = await BotApplication.StartAsync();
        await app.ReadyUser(7201);
        var backup = await app.Get<DatabaseBackups>().TakeNow();

        var running = await ProgramRunner.Run(new Dictionary<string, string?> { ["Storage__DatabasePath"] = app.DatabasePath }, null, "--restore", backup);
        Assert.Equal(3, running.ExitCode);
        Assert.Contains("in use by another Senate.Bot process", running.StandardError, StringComparison.Ordinal);

        await app.StopHostAsync();
        var damaged = Path.Combine(app.Directory, "damaged.db");
        var bytes = await File.ReadAllBytesAsync(backup);
        bytes.AsSpan(32, 27).Fill((byte)'?');
        await File.WriteAllBytesAsync(damaged, bytes);
        var database = await File.ReadAllBytesAsync(app.DatabasePath);

        var refused = await ProgramRunner.Run(new Dictionary<string, string?> { ["Storage__DatabasePath"] = app.DatabasePath }, null, "--restore", damaged);
        var missing = await ProgramRunner.Run(new Dictionary<string, string?> { ["Storage__DatabasePath"] = app.DatabasePath }, null, "--restore", damaged + ".nowhere");

        Assert.Equal(4, refused.ExitCode);
        Assert.Contains("is not a LiteDB database", refused.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal(database, await File.ReadAllBytesAsync(app.DatabasePath));
        Assert.Empty(Directory.GetFiles(app.Directory, "bot.db.before-restore-*"));
    }

    [Fact]
    public async Task Backups_AreTakenAtTheConfiguredLocalTime_AndThoseOlderThanKeepDaysAreDeleted_TheNewestKept()
    {
        // 02:58 in Astana (UTC+5): the 03:00 backup is two minutes away.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 21, 58, 0, TimeSpan.Zero));
        var folder = Path.Combine(Path.GetTempPath(), "senate-bot-tests", Guid.NewGuid().ToString("N"), "backups");
        Directory.CreateDirectory(folder);
        var old = Path.Combine(folder, "bot-20260420T220000Z.db");
        var yesterday = Path.Combine(folder, "bot-20260430T220000Z.db");
        await File.WriteAllTextAsync(old, "old");
        await File.WriteAllTextAsync(yesterday, "yesterday");
        await using var app = await BotApplication.StartAsync(
            services => services.AddSingleton<TimeProvider>(time),
            settings: new Dictionary<string, string?> { ["Backup:Folder"] = folder, ["Backup:KeepDays"] = "3" });

        var scheduler = app.Get<BackupScheduler>();
        await ReceivingTests.Until(() => scheduler.NextUtc is not null);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 22, 0, 0, TimeSpan.Zero), scheduler.NextUtc);
        Assert.Equal(2, Directory.GetFiles(folder).Length);
        time.Advance(TimeSpan.FromMinutes(3));

        var taken = Path.Combine(folder, "bot-20260501T220100Z.db");
        await ReceivingTests.Until(() => File.Exists(taken) && !File.Exists(old));
        Assert.True(File.Exists(yesterday));
        DatabaseBackups.Check(taken);
        await ReceivingTests.Until(() => scheduler.NextUtc == new DateTimeOffset(2026, 5, 2, 22, 0, 0, TimeSpan.Zero));
    }
}
