using Microsoft.Extensions.Time.Testing;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Telegram;

namespace Senate.Bot.Tests.Telegram;

/// <summary>The sending schedule: the configured rate exactly, and never more than it in any one-second window.</summary>
public sealed class PaceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    [InlineData(1000)]
    public void Slots_ComeAtExactlyTheRate_WithNoBurst(int perSecond)
    {
        var time = new FakeTimeProvider();
        var pace = new Pace(perSecond, 1, time);
        var now = time.GetTimestamp();

        // Ten seconds' worth of permits asked for at once: each gets its own slot.
        var slots = Enumerable.Range(0, perSecond * 10).Select(_ => now + pace.Reserve(now)).ToList();

        var last = (slots[^1] - now) / (double)time.TimestampFrequency;
        Assert.Equal(10 - (1.0 / perSecond), last, 3);
        Assert.True(MaxInAnySecond(slots, time) <= perSecond);
    }

    [Fact]
    public void ACallerWokenLate_CostsNoSlot()
    {
        var time = new FakeTimeProvider();
        var pace = new Pace(1000, 1, time);
        var start = time.GetTimestamp();
        var slots = new List<long>();

        // Each caller reserves, then the clock moves on by more than one interval before the next asks (a late timer).
        for (var i = 0; i < 200; i++)
        {
            var now = time.GetTimestamp();
            slots.Add(now + pace.Reserve(now));
            if (i % 10 == 0)
            {
                time.Advance(TimeSpan.FromMilliseconds(4));
            }
        }

        Assert.Equal(200, slots.Distinct().Count());
        Assert.True(MaxInAnySecond(slots, time) <= 1000);
        Assert.True(slots[^1] - start < time.TimestampFrequency);
    }

    [Fact]
    public void AChat_GetsItsBurstAtOnce_ThenItsRate()
    {
        var time = new FakeTimeProvider();
        var pace = new Pace(1, 3, time);
        var now = time.GetTimestamp();

        var waits = Enumerable.Range(0, 5).Select(_ => pace.Reserve(now) / (double)time.TimestampFrequency).ToList();

        Assert.Equal([0, 0, 0, 1, 2], waits);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void AChatsCalls_ArrivingWithVaryingDelays_StayWithinTelegramsBucket_OnlyWithTheMargin(bool margin, bool within)
    {
        var time = new FakeTimeProvider();
        var pace = new Pace(margin ? SendLimits.ChatRate(1) : 1, 3, time);
        var now = time.GetTimestamp();
        var slots = Enumerable.Range(0, 12).Select(_ => now + pace.Reserve(now)).ToList();

        // Each call reaches Telegram some milliseconds after its slot: the first of a run slower (a connection opening),
        // the rest between 2 and 20 ms.
        var delays = new[] { 25, 2, 20, 3, 18, 2, 20, 5, 15, 2, 20, 4 };
        var arrivals = slots.Select((slot, i) => slot + (delays[i] * time.TimestampFrequency / 1000)).ToList();

        Assert.Equal(within, RefusedByBucket(arrivals, perSecond: 1, burst: 3, time) == 0);
    }

    [Fact]
    public void TheMargin_IsATime_AndAtMostAFewPercentOfAnInterval()
    {
        Assert.Equal(1.03, 1 / SendLimits.ChatRate(1), 6);
        Assert.Equal(3.03, 1 / SendLimits.ChatRate(20 / 60.0), 6);
        Assert.Equal(0.0103, 1 / SendLimits.ChatRate(100), 6);
    }

    [Fact]
    public void APause_HoldsEverySlotUntilItEnds()
    {
        var time = new FakeTimeProvider();
        var pace = new Pace(30, 1, time);
        var now = time.GetTimestamp();

        pace.PauseUntil(now + (5 * time.TimestampFrequency));

        Assert.Equal(5.0, pace.Reserve(now) / (double)time.TimestampFrequency, 3);
        Assert.False(pace.IsIdle(now));
    }

    private static int MaxInAnySecond(List<long> slots, TimeProvider time)
    {
        var sorted = slots.Order().ToList();
        var max = 0;
        var first = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            while (sorted[i] - sorted[first] >= time.TimestampFrequency)
            {
                first++;
            }

            max = Math.Max(max, i - first + 1);
        }

        return max;
    }

    /// <summary>Calls the local Bot API's bucket of the rate and burst (as Telegram counts a chat) refuses, in arrival order.</summary>
    private static int RefusedByBucket(List<long> arrivals, double perSecond, int burst, TimeProvider time)
    {
        var ordered = arrivals.Order().ToList();
        var bucket = new TokenBucket(perSecond, burst, ordered[0]);
        var refused = 0;
        foreach (var at in ordered)
        {
            if (bucket.WaitSeconds(at, time) > 0)
            {
                refused++;
            }
            else
            {
                bucket.Take();
            }
        }

        return refused;
    }
}
