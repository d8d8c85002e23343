using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Senate.Bot.Storage;
using Senate.Bot.Telegram;

namespace Senate.Bot.Tests.Telegram;

/// <summary>The limits as the sender meets them: a budget's first call of the run goes alone.</summary>
public sealed class SendLimitsTests
{
    [Fact]
    public async Task ABudgetsFirstCall_GoesAlone_AndTheOthersTakeTheirSlotsFromItsAnswer()
    {
        var time = new FakeTimeProvider();
        var limits = new SendLimits(Options.Create(new BotOptions { Sending = new SendingOptions { GlobalPerSecond = 30 } }), time);
        var first = await limits.Wait(1, OutboxLane.Bulk, CancellationToken.None);
        var answeredAt = time.GetTimestamp() + (time.TimestampFrequency / 2);
        var others = Enumerable.Range(2, 3)
            .Select(chat => limits.Wait(chat, OutboxLane.Bulk, CancellationToken.None).ContinueWith(_ => time.GetTimestamp(), TaskScheduler.Default))
            .ToList();

        // The first call takes half a second (its connection is being opened); then its answer comes.
        time.Advance(TimeSpan.FromMilliseconds(500));
        first.Dispose();
        for (var step = 0; step < 2000 && !others.TrueForAll(t => t.IsCompleted); step++)
        {
            await Task.Delay(2);
            time.Advance(TimeSpan.FromMilliseconds(1));
        }

        // Held back until the answer, then one slot (1/30 s) apart, not all at once as their slots had passed.
        var went = (await Task.WhenAll(others)).Order().Select(t => (t - answeredAt) * 1000.0 / time.TimestampFrequency).ToList();
        Assert.True(went[0] >= 0, $"went at {string.Join(", ", went)} ms after the answer");
        Assert.True(went[2] - went[0] >= 66, $"went at {string.Join(", ", went)} ms after the answer");
    }

    [Fact]
    public async Task AFirstCallThatNeverGoes_StillOpensTheBudget_AndRepliesAreNeverHeld()
    {
        var time = new FakeTimeProvider();
        var limits = new SendLimits(Options.Create(new BotOptions { Sending = new SendingOptions { GlobalPerSecond = 30 } }), time);
        limits.Pause(1, OutboxLane.Bulk, TimeSpan.FromSeconds(30));
        using var stop = new CancellationTokenSource();

        // The first bulk call waits out a pause and is cancelled (the bot stops); a reply meanwhile goes at once.
        var first = limits.Wait(1, OutboxLane.Bulk, stop.Token);
        var reply = await limits.Wait(2, OutboxLane.Interactive, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var second = limits.Wait(3, OutboxLane.Bulk, CancellationToken.None);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        time.Advance(TimeSpan.FromSeconds(31));

        using var permit = await second.WaitAsync(TimeSpan.FromSeconds(10));
        reply.Dispose();
    }
}
