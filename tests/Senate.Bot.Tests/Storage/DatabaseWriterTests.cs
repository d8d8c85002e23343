using LiteDB;

namespace Senate.Bot.Tests.Storage;

public sealed class DatabaseWriterTests
{
    [Fact]
    public async Task UnitsQueuedTogether_ShareOneCommit()
    {
        await using var db = new TempDatabase();
        var notes = db.Database.Collection<Note>("notes");
        var gate = db.Block(out var blocker);
        var before = db.Writer.Commits;

        var units = Enumerable.Range(1, 10).Select(i => db.Writer.Run(() => notes.Insert(new Note { Id = i }))).ToList();
        gate.Set();
        await blocker;
        await Task.WhenAll(units);

        Assert.Equal(before + 2, db.Writer.Commits);
        Assert.Equal(10, await db.Writer.Run(() => notes.Count()));
    }

    [Fact]
    public async Task AUnitThatThrows_IsRolledBackAlone_AndTheOthersOfItsBatchAreReplayedAndKept()
    {
        await using var db = new TempDatabase();
        var notes = db.Database.Collection<Note>("notes");
        var committed = new List<int>();
        var gate = db.Block(out var blocker);

        var first = db.Writer.Run(() =>
        {
            notes.Insert(new Note { Id = 1, Text = "kept" });
            db.Writer.AfterCommit(() => committed.Add(1));
        });
        var failing = db.Writer.Run(() =>
        {
            notes.Insert(new Note { Id = 2, Text = "rolled back" });
            db.Writer.AfterCommit(() => committed.Add(2));
            throw new InvalidOperationException("boom");
        });
        var third = db.Writer.Run(() =>
        {
            notes.Insert(new Note { Id = 3, Text = "kept" });
            db.Writer.AfterCommit(() => committed.Add(3));
        });
        gate.Set();
        await blocker;

        await first;
        await third;
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Equal([1, 3], await db.Writer.Run(() => notes.FindAll().Select(n => n.Id).ToList()));
        Assert.Equal([1, 3], committed);
    }

    [Fact]
    public async Task BeforeCommit_RunsOnceAfterEveryUnitOfTheBatch_InItsTransaction_AndAFailureThereRollsTheBatchBack()
    {
        await using var db = new TempDatabase();
        var notes = db.Database.Collection<Note>("notes");
        var seen = new List<int>();
        var gate = db.Block(out var blocker);

        // Two units register one action for the batch (the first asks); it sees both units' work and writes in their commit.
        var units = Enumerable.Range(1, 2).Select(i => db.Writer.Run(() =>
        {
            notes.Insert(new Note { Id = i });
            if (i == 1)
            {
                db.Writer.BeforeCommit(() =>
                {
                    seen.Add(notes.Count());
                    notes.Insert(new Note { Id = 100, Text = "summary" });
                });
            }
        })).ToList();
        gate.Set();
        await blocker;
        await Task.WhenAll(units);
        var commits = db.Writer.Commits;

        // An action that throws: its unit's work is rolled back with it, and the writer goes on.
        var failing = db.Writer.Run(() =>
        {
            notes.Insert(new Note { Id = 3 });
            db.Writer.BeforeCommit(() => throw new InvalidOperationException("the summary could not be written"));
        });
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        await db.Writer.Run(() => notes.Insert(new Note { Id = 4 }));

        Assert.Equal(commits + 1, db.Writer.Commits);
        Assert.Equal([2], seen);
        Assert.Equal([1, 2, 4, 100], await db.Writer.Run(() => notes.FindAll().Select(n => n.Id).Order().ToList()));
        Assert.Throws<InvalidOperationException>(() => db.Writer.BeforeCommit(() => { }));
    }

    [Fact]
    public async Task PostedWork_RidesInTheSameCommitAsTheWorkQueuedWithIt()
    {
        await using var db = new TempDatabase();
        var notes = db.Database.Collection<Note>("notes");
        var gate = db.Block(out var blocker);
        var before = db.Writer.Commits;

        db.Writer.Post(() => notes.Insert(new Note { Id = 1 }));
        var run = db.Writer.Run(() => notes.Insert(new Note { Id = 2 }));
        gate.Set();
        await blocker;
        await run;

        Assert.Equal(before + 2, db.Writer.Commits);
        Assert.Equal([1, 2], await db.Writer.Run(() => notes.FindAll().Select(n => n.Id).ToList()));
    }

    [Fact]
    public async Task PostedWorkThatFails_IsRolledBackAlone()
    {
        await using var db = new TempDatabase();
        var notes = db.Database.Collection<Note>("notes");
        var gate = db.Block(out var blocker);

        db.Writer.Post(() => notes.Insert(new Note { Id = 1 }));
        db.Writer.Post(() =>
        {
            notes.Insert(new Note { Id = 3 });
            throw new LiteException(0, "damaged page");
        });
        var run = db.Writer.Run(() => notes.Insert(new Note { Id = 2 }));
        gate.Set();
        await blocker;
        await run;

        Assert.Equal([1, 2], await db.Writer.Run(() => notes.FindAll().Select(n => n.Id).ToList()));
    }

    [Fact]
    public async Task AfterTheDatabaseFails_EveryUnitHearsOfIt_AndTheWriterGoesOn()
    {
        await using var db = new TempDatabase();
        var notes = db.Database.Collection<Note>("notes");

        db.Database.Database.Dispose();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Writer.Run(() => notes.Insert(new Note { Id = 1 })));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Writer.Run(() => notes.Insert(new Note { Id = 2 })));
    }
}
