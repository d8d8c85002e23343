using LiteDB;
using Senate.Bot.Storage;

namespace Senate.Bot.Tests.Storage;

public sealed class TransactionSyncedLogTests
{
    [Fact]
    public void PagesBeforeTheConfirmingOne_AreSyncedOnce_ThenIt()
    {
        var path = Path.Combine(Path.GetTempPath(), "senate-bot-tests", Guid.NewGuid().ToString("N") + "-log.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var log = new TransactionSyncedLog(path);
            var page = new byte[DatabaseFiles.PageSize];
            for (var i = 0; i < 5; i++)
            {
                log.Write(page, 0, page.Length);
                log.Flush();
            }

            Assert.Equal(0, log.Syncs);

            page[TransactionSyncedLog.IsConfirmedAt] = 1;
            log.Write(page, 0, page.Length);
            log.Flush();

            Assert.Equal(2, log.Syncs);
            Assert.Equal(6L * DatabaseFiles.PageSize, new FileInfo(path).Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ABatchDirtyingManyPages_CostsTwoSyncs_NotOnePerPage()
    {
        await using var db = new TempDatabase();
        var notes = db.Database.Collection<Note>("notes");
        await db.Writer.Run(() => notes.Insert(new Note { Id = 1 }));
        var before = db.Database.LogSyncs;

        // About forty pages of documents in one transaction.
        await db.Writer.Run(() => notes.InsertBulk(Enumerable.Range(2, 300).Select(i => new Note { Id = i, Text = new string('x', 1000) })));

        Assert.Equal(before + 2, db.Database.LogSyncs);
    }

    [Fact]
    public async Task WhatWasCommitted_IsReadBackFromTheLog_AfterACrash()
    {
        await using var db = new TempDatabase();
        var notes = db.Database.Collection<Note>("notes");
        await db.Writer.Run(() => notes.InsertBulk(Enumerable.Range(1, 200).Select(i => new Note { Id = i, Text = "note " + i })));

        // A copy of the files as a kill would leave them: the commit is in the log, not yet in the data file.
        var copy = Path.Combine(db.Directory, "copy");
        Directory.CreateDirectory(copy);
        File.Copy(db.Path, Path.Combine(copy, "bot.db"));
        File.Copy(DatabaseFiles.LogPath(db.Path), Path.Combine(copy, "bot-log.db"));
        Assert.True(new FileInfo(Path.Combine(copy, "bot-log.db")).Length > 0);

        using var reopened = new LiteDatabase(new ConnectionString { Filename = Path.Combine(copy, "bot.db"), Connection = ConnectionType.Direct });
        var read = reopened.GetCollection<Note>("notes");
        Assert.Equal(200, read.Count());
        Assert.Equal("note 200", read.FindById(200).Text);
    }

    [Fact]
    public async Task AnEmptyLog_IsRemovedWhenTheDatabaseCloses()
    {
        var db = new TempDatabase();
        await db.Writer.Run(() => db.Database.Collection<Note>("notes").Insert(new Note { Id = 1 }));
        var log = DatabaseFiles.LogPath(db.Path);
        Assert.True(File.Exists(log));
        var directory = db.Directory;
        var path = db.Path;
        await db.Writer.DisposeAsync();
        db.Database.Dispose();

        Assert.False(File.Exists(log));
        using (var reopened = new BotDatabase(path))
        {
            Assert.Equal(1, reopened.Collection<Note>("notes").Count());
        }

        Directory.Delete(directory, recursive: true);
    }
}
