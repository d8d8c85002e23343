namespace Senate.Bot.LocalBotApi;

/// <summary>Templates of what users send (id and date are filled in when stored).</summary>
internal static class UserMessages
{
    public static BotMessage Text(long chatId, long fromId, string text, int? replyTo)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return Base(chatId, fromId, BotMessageKind.Text) with { Text = text, ReplyToMessageId = replyTo };
    }

    public static BotMessage Contact(long chatId, long fromId, string phone, bool own)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        return Base(chatId, fromId, BotMessageKind.Contact) with { PhoneNumber = phone, ContactUserId = own ? fromId : null };
    }

    public static BotMessage Location(long chatId, long fromId, double latitude, double longitude)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Abs(latitude), 90);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Abs(longitude), 180);
        return Base(chatId, fromId, BotMessageKind.Location) with { Latitude = latitude, Longitude = longitude };
    }

    public static BotMessage Photo(LocalWorld world, long chatId, long fromId, byte[] bytes, string? caption)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentOutOfRangeException.ThrowIfZero(bytes.Length);
        var file = world.AddFile(BotMessageKind.Photo, bytes, "photo.jpg");
        return Base(chatId, fromId, BotMessageKind.Photo) with
        {
            Text = string.IsNullOrEmpty(caption) ? null : caption,
            FileId = file.FileId,
            FileBytes = bytes,
        };
    }

    public static BotMessage Video(LocalWorld world, long chatId, long fromId, byte[] bytes, string? caption)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentOutOfRangeException.ThrowIfZero(bytes.Length);
        var file = world.AddFile(BotMessageKind.Video, bytes, "video.mp4");
        return Base(chatId, fromId, BotMessageKind.Video) with
        {
            Text = string.IsNullOrEmpty(caption) ? null : caption,
            FileId = file.FileId,
            FileBytes = bytes,
        };
    }

    public static BotMessage Document(LocalWorld world, long chatId, long fromId, byte[] bytes, string fileName, string? caption)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentOutOfRangeException.ThrowIfZero(bytes.Length);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var file = world.AddFile(BotMessageKind.Document, bytes, fileName);
        return Base(chatId, fromId, BotMessageKind.Document) with
        {
            Text = string.IsNullOrEmpty(caption) ? null : caption,
            FileId = file.FileId,
            FileName = fileName,
            FileBytes = bytes,
        };
    }

    public static BotMessage Sticker(LocalWorld world, long chatId, long fromId)
    {
        var file = world.AddFile(BotMessageKind.Sticker, [0x52, 0x49, 0x46, 0x46], "sticker.webp");
        return Base(chatId, fromId, BotMessageKind.Sticker) with { FileId = file.FileId, FileBytes = file.Bytes };
    }

    private static BotMessage Base(long chatId, long fromId, BotMessageKind kind) => new()
    {
        MessageId = 0,
        ChatId = chatId,
        FromId = fromId,
        FromBot = false,
        Kind = kind,
        Date = default,
    };
}
