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
}
