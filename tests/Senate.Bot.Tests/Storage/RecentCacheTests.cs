using Senate.Bot.Storage;

namespace Senate.Bot.Tests.Storage;

/// <summary>The recent-records cache keeps what committed units read and saved, within its two generations.</summary>
public sealed class RecentCacheTests
{
    [Fact]
    public async Task ARecordSavedAgainAndAgain_TakesOnePlace_AndDoesNotPushOthersOut()
    {
        await using var db = new TempDatabase();
        var cache = new RecentCache<long, string>(db.Writer, capacity: 8);
        await db.Writer.Run(() => cache.Saved(1, "one"));
        for (var i = 0; i < 20; i++)
        {
            var value = $"two-{i}";
            await db.Writer.Run(() => cache.Saved(2, value));
        }

        Assert.True(cache.TryGet(1, out var first));
        Assert.Equal("one", first);
        Assert.True(cache.TryGet(2, out var second));
        Assert.Equal("two-19", second);
    }

    [Fact]
    public async Task PastItsCapacity_TheOldestGenerationIsDropped_AndARecordUsedSinceIsKept()
    {
        await using var db = new TempDatabase();
        var cache = new RecentCache<long, string>(db.Writer, capacity: 8);
        await db.Writer.Run(() =>
        {
            for (var key = 1; key <= 4; key++)
            {
                cache.Saved(key, $"v{key}");
            }
        });

        // The young generation (4 records) is full: the next one makes it the old one.
        await db.Writer.Run(() => cache.Saved(5, "v5"));
        await db.Writer.Run(() => cache.Read(1, "v1"));
        await db.Writer.Run(() =>
        {
            for (var key = 6; key <= 8; key++)
            {
                cache.Saved(key, $"v{key}");
            }
        });

        // Full again (5, 1, 6, 7): 8 swapped it out, and with it went 2, 3 and 4, but not 1, read since.
        Assert.True(cache.TryGet(1, out _));
        Assert.False(cache.TryGet(2, out _));
        Assert.False(cache.TryGet(4, out _));
        Assert.True(cache.TryGet(5, out _));
        Assert.True(cache.TryGet(8, out _));
    }

    [Fact]
    public async Task ForgottenRecords_FreeTheirPlace()
    {
        await using var db = new TempDatabase();
        var cache = new RecentCache<long, string>(db.Writer, capacity: 8);
        for (var round = 0; round < 10; round++)
        {
            var key = 100 + round;
            await db.Writer.Run(() => cache.Saved(key, "x"));
            cache.Forget(key);
        }

        await db.Writer.Run(() =>
        {
            for (var key = 1; key <= 4; key++)
            {
                cache.Saved(key, $"v{key}");
            }
        });
        await db.Writer.Run(() =>
        {
            for (var key = 5; key <= 8; key++)
            {
                cache.Saved(key, $"v{key}");
            }
        });

        // Ten forgotten records took no place: 1-4 filled the young generation, 5 moved them to the old one, and
        // 5-8 fill the young one without another swap.
        Assert.True(cache.TryGet(1, out _));
        Assert.True(cache.TryGet(8, out _));
    }
}
