namespace Senate.Bot.LocalBotApi;

/// <summary>
/// A message in a local chat as its participants see it now: edits applied, deletion flagged. Sent by the bot
/// (<see cref="FromBot"/>) or by a local user. Immutable: every change makes a new snapshot.
/// </summary>
public sealed record BotMessage
{
    /// <summary>The message id, unique within its chat.</summary>
    public required int MessageId { get; init; }

    /// <summary>The chat it is in (a user id for a private chat, a negative id for a group).</summary>
    public required long ChatId { get; init; }

    /// <summary>The sender: the bot's id or a user's id.</summary>
    public required long FromId { get; init; }

    /// <summary>True when the bot sent it.</summary>
    public required bool FromBot { get; init; }

    /// <summary>What it carries.</summary>
    public required BotMessageKind Kind { get; init; }

    /// <summary>When it was sent.</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>The visible text, or the caption of a photo or document (HTML tags removed, entities decoded).</summary>
    public string? Text { get; init; }

    /// <summary>The formatting a user's text carries (bold, links…), as Telegram's entities; null when none.</summary>
    public IReadOnlyList<global::Telegram.Bot.Types.MessageEntity>? Entities { get; init; }

    /// <summary>The markup the bot sent with <c>parse_mode</c> HTML, or null for plain text.</summary>
    public string? Html { get; init; }

    /// <summary>The <c>parse_mode</c> as sent (<c>HTML</c>, <c>MarkdownV2</c>…), or null.</summary>
    public string? ParseMode { get; init; }

    /// <summary>Inline buttons, row by row (empty when none).</summary>
    public IReadOnlyList<IReadOnlyList<InlineButton>> InlineButtons { get; init; } = [];

    /// <summary>The reply keyboard this message set, or null when it set none.</summary>
    public IReadOnlyList<IReadOnlyList<KeyboardKey>>? ReplyKeyboard { get; init; }

    /// <summary>True when this message removed the reply keyboard.</summary>
    public bool RemoveKeyboard { get; init; }

    /// <summary>The Telegram file id of the photo or document.</summary>
    public string? FileId { get; init; }

    /// <summary>The file name of a document.</summary>
    public string? FileName { get; init; }

    /// <summary>The bytes of the photo or document.</summary>
    public byte[]? FileBytes { get; init; }

    /// <summary>The file id of the photo, when <see cref="Kind"/> is <see cref="BotMessageKind.Photo"/>.</summary>
    public string? PhotoFileId => Kind == BotMessageKind.Photo ? FileId : null;

    /// <summary>The bytes of the document, when <see cref="Kind"/> is <see cref="BotMessageKind.Document"/>.</summary>
    public byte[]? DocumentBytes => Kind == BotMessageKind.Document ? FileBytes : null;

    /// <summary>The latitude of a location.</summary>
    public double? Latitude { get; init; }

    /// <summary>The longitude of a location.</summary>
    public double? Longitude { get; init; }

    /// <summary>The phone number of a contact.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>The user a contact belongs to, when it is the sender's own.</summary>
    public long? ContactUserId { get; init; }

    /// <summary>The message this one replies to, in the same chat.</summary>
    public int? ReplyToMessageId { get; init; }

    /// <summary>The album it belongs to (sendMediaGroup), or null.</summary>
    public string? MediaGroupId { get; init; }

    /// <summary>True for one item of an album.</summary>
    public bool IsAlbumItem => MediaGroupId is not null;

    /// <summary>The chat it was forwarded from (forwardMessage), or null.</summary>
    public long? ForwardedFromChatId { get; init; }

    /// <summary>The forum topic (message_thread_id) it is in, or null outside topics.</summary>
    public int? ThreadId { get; init; }

    /// <summary>How many times it was edited.</summary>
    public int Edited { get; init; }

    /// <summary>True once deleted (deleteMessage); the last content stays visible here for assertions.</summary>
    public bool Deleted { get; init; }

    /// <summary>True while pinned in its chat (pinChatMessage).</summary>
    public bool Pinned { get; init; }

    /// <summary>True when it has an inline button with this exact label, or one containing it.</summary>
    public bool HasButton(string label) => FindButton(label) is not null;

    /// <summary>The inline button with this exact label, else the first one whose label contains it, or null.</summary>
    public InlineButton? FindButton(string label)
    {
        var all = InlineButtons.SelectMany(row => row).ToList();
        return all.FirstOrDefault(b => b.Text == label)
            ?? all.FirstOrDefault(b => b.Text.Contains(label, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A one-line description for transcripts and failure messages.</summary>
    public override string ToString()
    {
        var who = FromBot ? "bot" : $"user {FromId}";
        var body = Kind switch
        {
            BotMessageKind.Text => Text,
            BotMessageKind.Location => $"[location {Latitude}, {Longitude}]",
            BotMessageKind.Contact => $"[contact {PhoneNumber}]",
            BotMessageKind.Sticker => "[sticker]",
            BotMessageKind.Photo => $"[photo{(IsAlbumItem ? " in album" : "")}] {Text}",
            BotMessageKind.Video => $"[video{(IsAlbumItem ? " in album" : "")}] {Text}",
            _ => $"[document {FileName}] {Text}",
        };
        var buttons = InlineButtons.Count == 0
            ? ""
            : " {" + string.Join(" | ", InlineButtons.Select(r => string.Join(", ", r.Select(b => b.Text)))) + "}";
        var keyboard = ReplyKeyboard is null
            ? (RemoveKeyboard ? " (keyboard removed)" : "")
            : " [keys: " + string.Join(" | ", ReplyKeyboard.Select(r => string.Join(", ", r.Select(k => k.Text)))) + "]";
        var flags = (Edited > 0 ? $" (edited {Edited}x)" : "") + (Deleted ? " (deleted)" : "") + (Pinned ? " (pinned)" : "");
        return $"#{MessageId} {who}: {body}{buttons}{keyboard}{flags}";
    }
}
