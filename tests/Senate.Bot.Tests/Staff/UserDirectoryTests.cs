using LiteDB;
using Senate.Bot.Domain.Users;
using Senate.Bot.Staff;
using Senate.Bot.Storage;
using Senate.Bot.Tests.Storage;

namespace Senate.Bot.Tests.Staff;

/// <summary>Bans are kept apart from the users: listed, lifted, erased, and moved out of the old index once.</summary>
public sealed class UserDirectoryTests
{
    [Fact]
    public async Task BansAreListedAsGivenAndLifted_AndAnErasedUserIsNoLongerListed()
    {
        await using var db = new TempDatabase();
        var store = new UserStore(db.Database, db.Writer);
        var directory = new UserDirectory(db.Database, store);
        await db.Writer.Run(() =>
        {
            for (var id = 1; id <= 3; id++)
            {
                store.Save(new BotUser { Id = id, FirstName = "User" + id });
            }
        });

        await db.Writer.Run(() =>
        {
            directory.Save(directory.Get(1)! with { Banned = true, Ban = new UserBan { Reason = "спам" } });
            directory.Save(directory.Get(2)! with { Banned = true });
        });
        Assert.Equal([1, 2], await BannedIds(db, directory));
        Assert.Equal("спам", (await db.Writer.Run(directory.Banned)).Single(u => u.Id == 1).Ban!.Reason);

        await db.Writer.Run(() => directory.Save(directory.Get(1)! with { Banned = false, Ban = null }));
        Assert.Equal([2], await BannedIds(db, directory));

        await db.Writer.Run(() => directory.Delete(2));
        Assert.Empty(await BannedIds(db, directory));

        // A ban in a unit that rolls back is not listed.
        var failed = db.Writer.Run(() =>
        {
            directory.Save(directory.Get(3)! with { Banned = true });
            throw new InvalidOperationException("rolled back");
        });
        await Assert.ThrowsAsync<InvalidOperationException>(() => failed);
        Assert.Empty(await BannedIds(db, directory));
    }

    [Fact]
    public async Task AListedUserIsACopy_SoChangingItChangesNothingStored()
    {
        await using var db = new TempDatabase();
        var store = new UserStore(db.Database, db.Writer);
        var directory = new UserDirectory(db.Database, store);
        await db.Writer.Run(() => directory.Save(new BotUser { Id = 5, FirstName = "Aigerim", Banned = true }));

        var listed = Assert.Single(await db.Writer.Run(directory.Banned));
        listed.FirstName = "Changed";
        Assert.Equal("Aigerim", (await db.Writer.Run(() => store.Get(5)))!.FirstName);
    }

    [Fact]
    public async Task ADatabaseWithTheOldBansIndex_HasItsBansMovedAndTheIndexDropped_Once()
    {
        await using var db = new TempDatabase();
        var users = db.Database.Collection<BotUser>("users");
        users.InsertBulk(Enumerable.Range(1, 50).Select(i => new BotUser { Id = i, FirstName = "User" + i, Banned = i % 10 == 0 }));
        users.EnsureIndex(u => u.Banned);

        var store = new UserStore(db.Database, db.Writer);
        var directory = new UserDirectory(db.Database, store);

        Assert.Equal([10, 20, 30, 40, 50], await BannedIds(db, directory));
        Assert.False(HasBansIndex(db.Database));

        // Opened again (a restart): nothing to move, the same bans.
        var again = new UserDirectory(db.Database, new UserStore(db.Database, db.Writer));
        Assert.Equal([10, 20, 30, 40, 50], await BannedIds(db, again));
    }

    private static async Task<List<long>> BannedIds(TempDatabase db, UserDirectory directory) =>
        [.. (await db.Writer.Run(directory.Banned)).Select(u => u.Id).Order()];

    private static bool HasBansIndex(BotDatabase database) =>
        database.Database.GetCollection("$indexes").Exists(Query.And(Query.EQ("collection", "users"), Query.EQ("name", "Banned")));
}
