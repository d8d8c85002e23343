using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Senate.Bot.Concerns;
using Senate.Bot.Telegram;
using Senate.Bot.Telemetry;

namespace Senate.Bot.Tests.Telegram;

/// <summary>When the poller may fetch again: only when the answer can hold an update the bot has not seen.</summary>
public sealed class ChatSchedulerTests
{
    [Fact]
    public async Task WithAWholeAnswerOfKnownUpdates_ThePollerWaits_UntilTheLowestOneFinishes()
    {
        using var metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var scheduler = NewScheduler(metrics);
        foreach (var id in Enumerable.Range(1000, UpdateSource.Limit))
        {
            Assert.True(scheduler.Accept(id));
        }

        Assert.Equal(1000, scheduler.NextOffset(1000 + UpdateSource.Limit));

        // Finished above the lowest, they are not confirmed by an offset of 1000: Telegram would send all 100 again.
        scheduler.Finish(1050);
        scheduler.Finish(1099);
        var wait = scheduler.WaitForProgress(CancellationToken.None);
        Assert.False(wait.IsCompleted);

        scheduler.Finish(1000);
        await wait.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1001, scheduler.NextOffset(1000 + UpdateSource.Limit));
    }

    [Fact]
    public async Task WithRoomInTheAnswer_AnyFinishedUpdateLetsThePollerGo_AndNothingInFlightAtOnce()
    {
        using var metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var scheduler = NewScheduler(metrics);
        foreach (var id in Enumerable.Range(1, 10))
        {
            scheduler.Accept(id);
        }

        scheduler.NextOffset(11);
        var wait = scheduler.WaitForProgress(CancellationToken.None);
        Assert.False(wait.IsCompleted);

        scheduler.Finish(5);
        await wait.WaitAsync(TimeSpan.FromSeconds(30));

        scheduler.NextOffset(11);
        foreach (var id in Enumerable.Range(1, 10).Where(i => i != 5))
        {
            scheduler.Finish(id);
        }

        Assert.True(scheduler.WaitForProgress(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public void ProgressMadeBeforeAnAnswerFilledTheRoom_DoesNotLetThePollerGo()
    {
        using var metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var scheduler = NewScheduler(metrics);
        scheduler.Accept(1);
        scheduler.Accept(2);
        scheduler.NextOffset(3);
        scheduler.Finish(2);

        // The answer to a call made meanwhile brought the rest of the window.
        foreach (var id in Enumerable.Range(3, UpdateSource.Limit - 2))
        {
            scheduler.Accept(id);
        }

        Assert.False(scheduler.WaitForProgress(CancellationToken.None).IsCompleted);
    }

    private static ChatScheduler NewScheduler(ServiceProvider services)
    {
        var options = Options.Create(new BotOptions());
        var metrics = new BotMetrics(
            services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(),
            TimeProvider.System,
            TimeProvider.System,
            new Lazy<OutboxDispatcher>(() => throw new InvalidOperationException("not used")),
            new Lazy<ConcernStore>(() => throw new InvalidOperationException("not used")),
            options);
        return new ChatScheduler(
            new Lazy<UpdateProcessor>(() => throw new InvalidOperationException("no update is handled here")),
            metrics,
            options,
            TimeProvider.System,
            NullLogger<ChatScheduler>.Instance);
    }
}
