using Senate.Bot.Concerns;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Users;
using Senate.Bot.Storage;

namespace Senate.Bot.Tests.Storage;

/// <summary>The stores keep recent records in memory, but never one that a rolled-back unit of work changed.</summary>
public sealed class StoreCacheTests
{
    [Fact]
    public async Task AUserChangedInAUnitThatRollsBack_IsServedAsCommitted()
    {
        await using var db = new TempDatabase();
        var users = new UserStore(db.Database, db.Writer);
        await db.Writer.Run(() => users.Save(new BotUser { Id = 1, FirstName = "Aigerim" }));
        Assert.Equal("Aigerim", (await db.Writer.Run(() => users.Get(1)))!.FirstName);

        var failed = db.Writer.Run(() =>
        {
            users.Save(users.Get(1)! with { FirstName = "Changed" });
            Assert.Equal("Changed", users.Get(1)!.FirstName);
            throw new InvalidOperationException("rolled back");
        });

        await Assert.ThrowsAsync<InvalidOperationException>(() => failed);
        Assert.Equal("Aigerim", users.Get(1)!.FirstName);
        Assert.Equal("Aigerim", (await db.Writer.Run(() => users.Get(1)))!.FirstName);
    }

    [Fact]
    public async Task AConversationChangedInPlaceByAUnitThatRollsBack_IsReadAgainAsCommitted()
    {
        await using var db = new TempDatabase();
        var conversations = new ConversationStore(db.Database, db.Writer);
        await db.Writer.Run(() =>
        {
            var record = conversations.Load(5);
            record.Flow = "form";
            record.State = "AskName";
            conversations.Save(record, wasActive: false);
        });

        var failed = db.Writer.Run(() =>
        {
            var record = conversations.Load(5);
            record.State = "Review";
            throw new InvalidOperationException("rolled back before saving");
        });

        await Assert.ThrowsAsync<InvalidOperationException>(() => failed);
        Assert.Equal("AskName", (await db.Writer.Run(() => conversations.Load(5))).State);
    }

    [Fact]
    public async Task ACursorAdvancedAndCommitted_IsServedFromMemoryWithItsNewPosition()
    {
        await using var db = new TempDatabase();
        var cursors = new ChatCursorStore(db.Database, db.Writer);
        var now = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

        await db.Writer.Run(() => cursors.Advance(cursors.Get(7), 41, now));
        await db.Writer.Run(() => cursors.Advance(cursors.Get(7), 42, now));
        var cursor = await db.Writer.Run(() => cursors.Get(7));

        Assert.Equal(42, cursor.LastUpdateId);
        Assert.True(ChatCursorStore.IsHandled(cursor, 42, now.AddDays(1)));
        Assert.False(ChatCursorStore.IsHandled(cursor, 42, now.AddDays(8)));
        Assert.False(ChatCursorStore.IsHandled(cursor, 43, now));
    }

    [Fact]
    public async Task UsersStoredBeforeStartOrOutsideTheWriter_AreFoundByTheWriter_AndANewOneIsInserted()
    {
        await using var db = new TempDatabase();
        new UserStore(db.Database).Save(new BotUser { Id = 1, FirstName = "Stored before start" });
        var users = new UserStore(db.Database, db.Writer);

        Assert.Equal("Stored before start", (await db.Writer.Run(() => users.Get(1)))?.FirstName);
        Assert.Null(await db.Writer.Run(() => users.Get(2)));

        // Saved outside the writer after the writer knew its ids: it reads them again.
        users.Save(new BotUser { Id = 3, FirstName = "Saved elsewhere" });
        Assert.Equal("Saved elsewhere", (await db.Writer.Run(() => users.Get(3)))?.FirstName);

        await db.Writer.Run(() => users.Save(new BotUser { Id = 2, FirstName = "New" }));
        await db.Writer.Run(() => users.Save(users.Get(2)! with { FirstName = "Changed" }));
        Assert.Equal("Changed", (await db.Writer.Run(() => users.Get(2)))?.FirstName);
        Assert.Equal("Changed", db.Database.Collection<BotUser>("users").FindById(2).FirstName);
    }

    [Fact]
    public async Task AChatWhoseFirstUpdateRolledBack_IsStoredByItsNextUpdate()
    {
        await using var db = new TempDatabase();
        var cursors = new ChatCursorStore(db.Database, db.Writer);
        var now = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

        var failed = db.Writer.Run(() =>
        {
            cursors.Advance(cursors.Get(9), 10, now);
            throw new InvalidOperationException("rolled back");
        });
        await Assert.ThrowsAsync<InvalidOperationException>(() => failed);

        await db.Writer.Run(() => cursors.Advance(cursors.Get(9), 11, now));
        Assert.Equal(11, db.Database.Collection<ChatCursor>("cursors").FindById(9).LastUpdateId);
    }

    [Fact]
    public async Task OpenConcerns_FollowCommits_AndAConcernOfAUnitThatRollsBackIsNeverFound()
    {
        await using var db = new TempDatabase();
        var concerns = new ConcernStore(db.Database, db.Writer);
        var first = new Concern { Number = "SB-2026-000001", RegionId = "atyrau", CategoryId = "roads", Description = "Разбитая дорога у школы" };
        await db.Writer.Run(() => concerns.Insert(first));
        Assert.Equal(new[] { first.Id }, await OpenIds(db, concerns));

        var failed = db.Writer.Run(() =>
        {
            var added = new Concern { Number = "SB-2026-000002", RegionId = "atyrau", CategoryId = "roads" };
            concerns.Insert(added);
            var closed = concerns.Get(first.Id)!;
            closed.Status = ConcernStatus.Answered;
            concerns.Update(closed);

            // The unit itself sees its changes, as a query in its transaction would.
            Assert.Equal(new[] { added.Id }, concerns.Open("atyrau", "roads").Select(c => c.Id));
            throw new InvalidOperationException("rolled back");
        });

        await Assert.ThrowsAsync<InvalidOperationException>(() => failed);
        Assert.Equal(new[] { first.Id }, await OpenIds(db, concerns));

        var second = new Concern { Number = "SB-2026-000003", RegionId = "atyrau", CategoryId = "roads", Description = "Нет света" };
        await db.Writer.Run(() =>
        {
            concerns.Insert(second);
            var answered = concerns.Get(first.Id)!;
            answered.Status = ConcernStatus.Answered;
            concerns.Update(answered);
        });
        Assert.Equal(new[] { second.Id }, await OpenIds(db, concerns));
        Assert.Equal(new[] { second.Id }, concerns.Open("atyrau", "roads").Select(c => c.Id));
        Assert.Empty(await db.Writer.Run(() => concerns.Open("atyrau", "ecology")));
    }

    [Fact]
    public async Task OpenConcerns_StoredBeforeStartOrOutsideTheWriter_AreFoundByTheWriter()
    {
        await using var db = new TempDatabase();
        var outside = new ConcernStore(db.Database);
        outside.Insert(new Concern { Number = "SB-2026-000001", RegionId = "atyrau", CategoryId = "roads" });
        var concerns = new ConcernStore(db.Database, db.Writer);
        Assert.Single(await OpenIds(db, concerns));

        var later = new Concern { Number = "SB-2026-000002", RegionId = "atyrau", CategoryId = "roads" };
        concerns.Insert(later);
        Assert.Equal(2, (await OpenIds(db, concerns)).Count);
    }

    [Fact]
    public async Task AConcernReadById_IsANewObjectEachTime_SoChangingOneChangesNothingStored()
    {
        await using var db = new TempDatabase();
        var concerns = new ConcernStore(db.Database, db.Writer);
        var concern = new Concern { Number = "SB-2026-000001", RegionId = "atyrau", CategoryId = "roads", Description = "Разбитая дорога" };
        await db.Writer.Run(() => concerns.Insert(concern));

        var first = await db.Writer.Run(() => concerns.Get(concern.Id)!);
        first.Status = ConcernStatus.Answered;
        first.SupporterIds.Add(99);
        var second = await db.Writer.Run(() => concerns.Get(concern.Id)!);

        Assert.NotSame(first, second);
        Assert.Equal(ConcernStatus.New, second.Status);
        Assert.Empty(second.SupporterIds);
        Assert.Equal("Разбитая дорога", second.Description);
    }

    [Fact]
    public async Task AConcernChangedByAUnitThatRollsBack_IsServedAsCommitted_AndACommittedChangeAsChanged()
    {
        await using var db = new TempDatabase();
        var concerns = new ConcernStore(db.Database, db.Writer);
        var concern = new Concern { Number = "SB-2026-000001", RegionId = "atyrau", CategoryId = "roads" };
        await db.Writer.Run(() => concerns.Insert(concern));
        Assert.Equal(ConcernStatus.New, (await db.Writer.Run(() => concerns.Get(concern.Id)))!.Status);

        var failed = db.Writer.Run(() =>
        {
            var changed = concerns.Get(concern.Id)!;
            changed.Status = ConcernStatus.Rejected;
            concerns.Update(changed);
            Assert.Equal(ConcernStatus.Rejected, concerns.Get(concern.Id)!.Status);
            throw new InvalidOperationException("rolled back");
        });
        await Assert.ThrowsAsync<InvalidOperationException>(() => failed);
        Assert.Equal(ConcernStatus.New, (await db.Writer.Run(() => concerns.Get(concern.Id)))!.Status);

        // Read, then changed later in the same transaction: the change is what is served afterwards.
        var gate = db.Block(out var blocker);
        var read = db.Writer.Run(() => concerns.Get(concern.Id));
        var answered = db.Writer.Run(() =>
        {
            var changed = concerns.Get(concern.Id)!;
            changed.Status = ConcernStatus.Answered;
            concerns.Update(changed);
        });
        gate.Set();
        await blocker;
        await Task.WhenAll(read, answered);

        Assert.Equal(ConcernStatus.Answered, (await db.Writer.Run(() => concerns.Get(concern.Id)))!.Status);
        Assert.Equal(ConcernStatus.Answered, concerns.Get(concern.Id)!.Status);
    }

    [Fact]
    public async Task AConcernNotFound_IsFoundOnceInsertedInALaterUnitOfTheSameTransaction()
    {
        await using var db = new TempDatabase();
        var concerns = new ConcernStore(db.Database, db.Writer);
        var gate = db.Block(out var blocker);
        var missing = db.Writer.Run(() => concerns.Get(1));
        var inserted = db.Writer.Run(() => concerns.Insert(new Concern { Number = "SB-2026-000001", RegionId = "atyrau", CategoryId = "roads" }));
        gate.Set();
        await blocker;

        Assert.Null(await missing);
        await inserted;
        Assert.NotNull(await db.Writer.Run(() => concerns.Get(1)));
    }

    [Fact]
    public async Task LookupsByAuthorUserAndMessage_FindTheirsOnly()
    {
        await using var db = new TempDatabase();
        var concerns = new ConcernStore(db.Database, db.Writer);
        var registrations = new Senate.Bot.Youth.RegistrationStore(db.Database);
        var tags = new MessageTagStore(db.Database);
        await db.Writer.Run(() =>
        {
            concerns.Insert(new Concern { Number = "SB-2026-000001", RegionId = "atyrau", CategoryId = "roads", AuthorId = 1 });
            concerns.Insert(new Concern { Number = "SB-2026-000002", RegionId = "atyrau", CategoryId = "roads", AuthorId = 2 });
            concerns.Insert(new Concern { Number = "SB-2026-000003", RegionId = "atyrau", CategoryId = "roads", AuthorId = 1 });
            registrations.Insert(new Senate.Bot.Domain.Youth.Registration { EventId = 7, UserId = 1, Code = "A1" });
            registrations.Insert(new Senate.Bot.Domain.Youth.Registration { EventId = 7, UserId = 2, Code = "B2" });
            tags.Save("receipt", 1, 10);
            tags.Save("other", 2, 10);
        });

        Assert.Equal(["SB-2026-000001", "SB-2026-000003"], concerns.ByAuthor(1).Select(c => c.Number).Order());
        Assert.Empty(concerns.ByAuthor(3));
        Assert.Equal("A1", Assert.Single(registrations.ByUser(1)).Code);
        Assert.Equal("receipt", tags.TagOf(1, 10));
        Assert.Null(tags.TagOf(1, 11));
    }

    [Fact]
    public async Task AnAuthorsConcerns_FollowInsertsAndErasures_AndAConcernOfAUnitThatRollsBackIsNeverListed()
    {
        await using var db = new TempDatabase();
        var concerns = new ConcernStore(db.Database, db.Writer);
        var first = new Concern { Number = "SB-2026-000001", RegionId = "atyrau", CategoryId = "roads", AuthorId = 1, Description = "Яма" };
        await db.Writer.Run(() => concerns.Insert(first));
        Assert.Equal(["SB-2026-000001"], await Numbers(db, concerns, 1));

        // Listed once (and kept), then a second insert in a later unit: both are listed.
        Assert.Equal(["SB-2026-000001"], await Numbers(db, concerns, 1));
        await db.Writer.Run(() => concerns.Insert(new Concern { Number = "SB-2026-000002", RegionId = "atyrau", CategoryId = "roads", AuthorId = 1 }));
        Assert.Equal(["SB-2026-000001", "SB-2026-000002"], await Numbers(db, concerns, 1));

        // A concern listed inside the unit that inserts it, and the unit rolls back: never listed afterwards.
        var failed = db.Writer.Run(() =>
        {
            concerns.Insert(new Concern { Number = "SB-2026-000003", RegionId = "atyrau", CategoryId = "roads", AuthorId = 1 });
            Assert.Equal(3, concerns.ByAuthor(1).Count);
            throw new InvalidOperationException("rolled back");
        });
        await Assert.ThrowsAsync<InvalidOperationException>(() => failed);
        Assert.Equal(["SB-2026-000001", "SB-2026-000002"], await Numbers(db, concerns, 1));

        // A listed concern changed in place is listed as changed; one whose author is erased is no longer listed.
        await db.Writer.Run(() =>
        {
            var changed = concerns.Get(first.Id)!;
            changed.Description = "Яма у школы";
            concerns.Update(changed);
        });
        Assert.Equal("Яма у школы", (await db.Writer.Run(() => concerns.ByAuthor(1))).Single(c => c.Id == first.Id).Description);
        await db.Writer.Run(() =>
        {
            var erased = concerns.Get(first.Id)!;
            erased.AuthorId = null;
            concerns.Update(erased);
        });
        Assert.Equal(["SB-2026-000002"], await Numbers(db, concerns, 1));
        Assert.Empty(await Numbers(db, concerns, 2));
    }

    [Fact]
    public async Task AReceiptNumberTakenByAUnitThatRollsBack_IsGivenAgain()
    {
        await using var db = new TempDatabase();
        var concerns = new ConcernStore(db.Database, db.Writer);
        var firstTwo = await db.Writer.Run(() => new[] { concerns.NextNumber(2026), concerns.NextNumber(2026) });
        Assert.Equal(new[] { 1, 2 }, firstTwo);

        var failed = db.Writer.Run(() =>
        {
            Assert.Equal(3, concerns.NextNumber(2026));
            throw new InvalidOperationException("rolled back");
        });
        await Assert.ThrowsAsync<InvalidOperationException>(() => failed);

        Assert.Equal(3, await db.Writer.Run(() => concerns.NextNumber(2026)));
        Assert.Equal(4, await db.Writer.Run(() => concerns.NextNumber(2026)));
        Assert.Equal(1, await db.Writer.Run(() => concerns.NextNumber(2027)));

        // Units of one batch share a transaction: each takes the next number.
        var gate = db.Block(out var blocker);
        var batch = Enumerable.Range(0, 3).Select(_ => db.Writer.Run(() => concerns.NextNumber(2026))).ToList();
        gate.Set();
        await blocker;
        Assert.Equal(new[] { 5, 6, 7 }, await Task.WhenAll(batch));

        // When one unit of a batch throws, the batch is run again unit by unit and its number goes to the next.
        gate = db.Block(out blocker);
        var first = db.Writer.Run(() => concerns.NextNumber(2026));
        var broken = db.Writer.Run(() =>
        {
            concerns.NextNumber(2026);
            throw new InvalidOperationException("rolled back");
        });
        var last = db.Writer.Run(() => concerns.NextNumber(2026));
        gate.Set();
        await blocker;
        await Assert.ThrowsAsync<InvalidOperationException>(() => broken);
        Assert.Equal(new[] { 8, 9 }, new[] { await first, await last });

        // As stored, for a store opened afresh (a restart).
        Assert.Equal(10, new ConcernStore(db.Database).NextNumber(2026));
    }

    private static Task<List<string>> Numbers(TempDatabase db, ConcernStore concerns, long author) =>
        db.Writer.Run(() => concerns.ByAuthor(author).Select(c => c.Number).Order().ToList());

    private static Task<List<long>> OpenIds(TempDatabase db, ConcernStore concerns) =>
        db.Writer.Run(() => concerns.Open("atyrau", "roads").Select(c => c.Id).ToList());
}
