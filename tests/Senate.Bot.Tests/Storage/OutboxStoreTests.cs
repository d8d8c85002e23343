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
}
