using Senate.Bot.Storage;

namespace Senate.Bot.Tests.Storage;

public sealed class OutboxStoreTests
{
    [Fact]
    public async Task AttachmentBytes_AreStoredOnce_AndGoWithTheLastEntryThatSendsThem()
    {
        await using var db = new TempDatabase();
        var outbox = new OutboxStore(db.Database);
        var chart = Enumerable.Range(0, 300_000).Select(i => (byte)i).ToArray();
        OutboxMessage Entry(long chat) => new() { ChatId = chat, Attachment = new OutboxAttachment { Content = chart, FileName = "chart.png", IsPhoto = true } };
        var first = Entry(1);
        var second = Entry(2);

        await db.Writer.Run(() =>
        {
            outbox.Add(first);
            outbox.Add(second);
        });
        var files = db.Database.Database.GetCollection("_outbox_files");

        Assert.Null(first.Attachment!.Content);
        Assert.Equal(first.Attachment.StoredId, second.Attachment!.StoredId);
        Assert.Equal(1, await db.Writer.Run(() => files.Count()));
        Assert.Equal(chart, outbox.Content(first.Attachment.StoredId!));
        Assert.All(await db.Writer.Run(outbox.Pending), m => Assert.Null(m.Attachment!.Content));

        await db.Writer.Run(() => outbox.Remove(first));
        Assert.Equal(1, await db.Writer.Run(() => files.Count()));
        await db.Writer.Run(() => outbox.Remove(second));
        Assert.Equal(0, await db.Writer.Run(() => files.Count()));
    }

    [Fact]
    public async Task AFileMadeAfterTheCommit_IsStoredOnce_AndAnEntryStillRenderingAtStartIsDropped()
    {
        await using var db = new TempDatabase();
        var outbox = new OutboxStore(db.Database);
        var csv = "\uFEFFNumber;Region\n"u8.ToArray();
        OutboxMessage Entry(long chat) => new() { ChatId = chat, Attachment = new OutboxAttachment { Render = () => csv, FileName = "export.csv" } };
        var rendered = Entry(1);
        var cutOff = Entry(2);

        await db.Writer.Run(() =>
        {
            outbox.Add(rendered);
            outbox.Add(cutOff);
        });
        Assert.True(OutboxStore.NeedsRendering(rendered));
        Assert.Equal(0, await db.Writer.Run(() => db.Database.Database.GetCollection("_outbox_files").Count()));

        await db.Writer.Run(() => outbox.StoreRendered(rendered, rendered.Attachment!.Render!()));

        var pending = await db.Writer.Run(outbox.Pending);
        Assert.False(OutboxStore.NeedsRendering(pending.Single(m => m.Id == rendered.Id)));
        Assert.Equal(csv, outbox.Content(pending.Single(m => m.Id == rendered.Id).Attachment!.StoredId!));
        Assert.True(OutboxStore.NeedsRendering(pending.Single(m => m.Id == cutOff.Id)));
        Assert.Null(pending.Single(m => m.Id == cutOff.Id).Attachment!.Render);
    }

    [Fact]
    public async Task RepliesOfOneTransaction_AreOnePage_SentOnesLeaveIt_AndARestartOwesTheRestInOrderWithTheRows()
    {
        await using var db = new TempDatabase();
        var outbox = new OutboxStore(db.Database, db.Writer);
        var pages = db.Database.Database.GetCollection("outbox_pages");
        var rows = db.Database.Database.GetCollection("outbox");
        OutboxMessage Reply(long chat, string text) => new() { ChatId = chat, Lane = OutboxLane.Interactive, Text = text };
        var a1 = Reply(1, "a1");
        var b1 = Reply(2, "b1");
        var notice = new OutboxMessage { ChatId = 3, Lane = OutboxLane.Bulk, Text = "notice" };
        var a2 = Reply(1, "a2");

        // Two units of one transaction (the writer is held, so they run as one batch), then a third on its own.
        var gate = db.Block(out var blocker);
        var first = db.Writer.Run(() => outbox.Add(a1));
        var second = db.Writer.Run(() =>
        {
            outbox.Add(b1);
            outbox.Add(notice);
        });
        gate.Set();
        await Task.WhenAll(blocker, first, second);
        await db.Writer.Run(() => outbox.Add(a2));

        Assert.Equal(2, await db.Writer.Run(() => pages.Count()));
        Assert.Equal(1, await db.Writer.Run(() => rows.Count()));
        Assert.True(a1.Id < b1.Id && b1.Id < notice.Id && notice.Id < a2.Id);

        await db.Writer.Run(() => outbox.Remove(a1));
        Assert.Equal(2, await db.Writer.Run(() => pages.Count()));
        await db.Writer.Run(() => outbox.Remove(a2));
        Assert.Equal(1, await db.Writer.Run(() => pages.Count()));

        // What a restart finds: the store opened again on the same file.
        var reopened = new OutboxStore(db.Database, db.Writer);
        var owed = await db.Writer.Run(reopened.Pending);
        Assert.Equal(["b1", "notice"], owed.Select(m => m.Text));
        Assert.Equal([b1.Id, notice.Id], owed.Select(m => m.Id));
        Assert.Equal(OutboxLane.Interactive, owed[0].Lane);
        Assert.Equal(2, owed[0].ChatId);

        // The reopened store removes what it read, and goes on numbering after the highest id owed.
        await db.Writer.Run(() => reopened.Remove(owed[0]));
        await db.Writer.Run(() => reopened.Remove(owed[1]));
        var next = Reply(1, "a3");
        await db.Writer.Run(() => reopened.Add(next));
        Assert.Equal(notice.Id + 1, next.Id);
        Assert.Equal(["a3"], (await db.Writer.Run(reopened.Pending)).Select(m => m.Text));
        Assert.Equal(0, await db.Writer.Run(() => rows.Count()));
    }

    [Fact]
    public async Task ATransactionThatRollsBack_LeavesNoPage_AndASendingRecordRolledBackLeavesTheReplyOwed()
    {
        await using var db = new TempDatabase();
        var outbox = new OutboxStore(db.Database, db.Writer);
        var kept = new OutboxMessage { ChatId = 1, Lane = OutboxLane.Interactive, Text = "kept" };
        await db.Writer.Run(() => outbox.Add(kept));

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Writer.Run(() =>
        {
            outbox.Add(new OutboxMessage { ChatId = 2, Lane = OutboxLane.Interactive, Text = "undone" });
            throw new InvalidOperationException("the update failed");
        }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Writer.Run(() =>
        {
            outbox.Remove(kept);
            throw new InvalidOperationException("the record failed");
        }));

        Assert.Equal(["kept"], (await db.Writer.Run(outbox.Pending)).Select(m => m.Text));
        Assert.Equal(["kept"], (await db.Writer.Run(new OutboxStore(db.Database, db.Writer).Pending)).Select(m => m.Text));

        // And the reply is still removable: the rolled-back record did not take it from the store's pages.
        await db.Writer.Run(() => outbox.Remove(kept));
        Assert.Empty(await db.Writer.Run(new OutboxStore(db.Database, db.Writer).Pending));
    }

    [Fact]
    public async Task ABatchRunAgainUnitByUnit_WritesEachSurvivingUnitsReplies_AndNotTheFailedOnes()
    {
        await using var db = new TempDatabase();
        var outbox = new OutboxStore(db.Database, db.Writer);
        var gate = db.Block(out var blocker);
        var good = db.Writer.Run(() => outbox.Add(new OutboxMessage { ChatId = 1, Lane = OutboxLane.Interactive, Text = "good" }));
        var bad = db.Writer.Run(() =>
        {
            outbox.Add(new OutboxMessage { ChatId = 2, Lane = OutboxLane.Interactive, Text = "bad" });
            throw new InvalidOperationException("this update fails");
        });
        var late = db.Writer.Run(() => outbox.Add(new OutboxMessage { ChatId = 3, Lane = OutboxLane.Interactive, Text = "late" }));
        gate.Set();
        await blocker;
        await good;
        await Assert.ThrowsAsync<InvalidOperationException>(() => bad);
        await late;

        Assert.Equal(["good", "late"], (await db.Writer.Run(new OutboxStore(db.Database, db.Writer).Pending)).Select(m => m.Text));
    }
}
