using Microsoft.Extensions.Time.Testing;
using Senate.Bot.Telegram;

namespace Senate.Bot.Tests.Telegram;

/// <summary>The rest of start-up waits for the first getUpdates, but never longer than its bound.</summary>
public sealed class PollingStartTests
{
    [Fact]
    public async Task Wait_EndsWhenTheFirstGetUpdatesIsAnswered()
    {
        var start = new PollingStart(new FakeTimeProvider());
        var waiting = start.Wait(CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        start.Done();

        await waiting;
    }

    [Fact]
    public async Task Wait_EndsAfterItsBound_WhenTelegramDoesNotAnswer()
    {
        var clock = new FakeTimeProvider();
        var start = new PollingStart(clock);
        var waiting = start.Wait(CancellationToken.None);

        clock.Advance(PollingStart.MostWait - TimeSpan.FromMilliseconds(1));
        Assert.False(waiting.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        await waiting;
        Assert.False(start.Answered.IsCompleted);
    }
}
