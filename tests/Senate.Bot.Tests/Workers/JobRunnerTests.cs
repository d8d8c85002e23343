using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Storage;
using Senate.Bot.Telegram;
using Senate.Bot.Tests.Support;
using Senate.Bot.Tests.Telegram;
using Senate.Bot.Workers;

namespace Senate.Bot.Tests.Workers;

/// <summary>Scheduled jobs: their messages commit with their changes or not at all, are sent once, and a failing run stops nothing.</summary>
public sealed class JobRunnerTests
{
    [Fact]
    public async Task AJobsMessages_AreSentOnce_EvenAcrossARestart()
    {
        var notices = new Notices();
        await using var app = await BotApplication.StartAsync(notices.Register);
        var readers = Enumerable.Range(0, 3).Select(i => app.User(9100 + i, "R" + i, "en")).ToList();

        await notices.StartedIn(app);
        notices.Queue(readers.Select(r => r.Id));
        Assert.Equal(3, await app.Get<JobRunner>().RunNow(Notices.JobName));
        foreach (var reader in readers)
        {
            Assert.StartsWith("The bot works through the menu buttons", (await reader.NextMessage()).Text, StringComparison.Ordinal);
        }

        await app.RestartAsync();
        Assert.True(await app.Get<OutboxDispatcher>().WaitIdle(TimeSpan.FromSeconds(10)));

        Assert.Empty(await app.Get<DatabaseWriter>().Run(app.Get<OutboxStore>().Pending));
        Assert.All(readers, r => Assert.Single(app.Api.Messages(r.Id)));
    }

    [Fact]
    public async Task ARunThatFailsHalfway_QueuesNothing()
    {
        var notices = new Notices();
        await using var app = await BotApplication.StartAsync(notices.Register);
        var reader = app.User(9150, "Reader", "en");

        // The second reply names no chat: the runner throws after the first went into the outbox.
        await notices.StartedIn(app);
        notices.Queue([reader.Id]);
        notices.Add(new Reply { Text = CommonTexts.Help, Language = Language.En });

        // The run shares its transaction with another unit, as under load: it fails, and the writer runs it again alone.
        var writer = app.Get<DatabaseWriter>();
        using var entered = new ManualResetEventSlim();
        using var gate = new ManualResetEventSlim();
        var blocker = writer.Run(() =>
        {
            entered.Set();
            gate.Wait(TimeSpan.FromSeconds(30));
        });
        entered.Wait(TimeSpan.FromSeconds(30));
        var other = writer.Run(() => { });
        var run = app.Get<JobRunner>().RunNow(Notices.JobName);
        gate.Set();
        await Task.WhenAll(blocker, other);
        await Assert.ThrowsAsync<InvalidOperationException>(() => run);

        Assert.Empty(await app.Get<DatabaseWriter>().Run(app.Get<OutboxStore>().Pending));
        Assert.Equal(0, app.Get<OutboxDispatcher>().Pending);
    }

    [Fact]
    public async Task AFailingRun_IsLogged_AndTheNextRunGoesOn()
    {
        var notices = new Notices { FailWith = () => new InvalidOperationException("the job broke") };
        await using var app = await BotApplication.StartAsync(notices.Register);
        var reader = app.User(9200, "Reader", "en");

        // Every job runs once at start: this one fails there.
        await ReceivingTests.Until(() => app.Logs.Messages.Any(m => m.Contains("Scheduled job test-notices failed", StringComparison.Ordinal)));
        notices.FailWith = null;
        await notices.StartedIn(app);
        notices.Queue([reader.Id]);

        Assert.Equal(1, await app.Get<JobRunner>().RunNow(Notices.JobName));
        await reader.NextMessage();
    }
}
