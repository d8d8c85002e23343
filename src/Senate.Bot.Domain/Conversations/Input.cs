using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Conversations;

/// <summary>What a user did, independent of Telegram: the host turns each update into one input.</summary>
public abstract record Input
{
    /// <summary>For a forwarded message, whom it was forwarded from; null otherwise.</summary>
    public ForwardOrigin? ForwardedFrom { get; init; }
}

/// <summary>
/// The original sender of a forwarded message: their user id, or null when they hide their account in forwards
/// (Telegram then gives only a name).
/// </summary>
public sealed record ForwardOrigin(long? UserId, string Name);

/// <summary>A text message (not a command).</summary>
public sealed record TextInput(string Text) : Input
{
    /// <summary>The text with its formatting (bold, links…) when the message had any; null for plain text.</summary>
    public FormattedText? Formatted { get; init; }
}

/// <summary>A command such as <c>/start event_12</c>: the name without the slash, lowercase, and the rest.</summary>
public sealed record CommandInput(string Name, string Argument) : Input;

/// <summary>A pressed inline button with its callback data.</summary>
public sealed record ButtonInput(string Data) : Input;

/// <summary>A shared contact. <paramref name="UserId"/> is the Telegram user the contact belongs to, if any.</summary>
public sealed record ContactInput(string PhoneNumber, string FirstName, string? LastName, long? UserId) : Input;

/// <summary>A shared location.</summary>
public sealed record LocationInput(double Latitude, double Longitude) : Input;

/// <summary>A photo (the largest size), with its caption if any.</summary>
public sealed record PhotoInput(string FileId, string FileUniqueId, string? Caption) : Input
{
    /// <summary>The caption with its formatting, if the photo had a caption.</summary>
    public FormattedText? FormattedCaption { get; init; }

    /// <summary>The album it is one item of (Telegram sends each item as a message of its own); null for a single photo.</summary>
    public string? MediaGroupId { get; init; }
}

/// <summary>A document (file) sent by the user.</summary>
public sealed record DocumentInput(string FileId, string FileName, string? MimeType, string? Caption) : Input
{
    /// <summary>The caption with its formatting, if the document had a caption.</summary>
    public FormattedText? FormattedCaption { get; init; }

    /// <summary>The album it is one item of; null for a single document.</summary>
    public string? MediaGroupId { get; init; }
}

/// <summary>A video, with its caption if any.</summary>
public sealed record VideoInput(string FileId, string? Caption) : Input
{
    /// <summary>The caption with its formatting, if the video had a caption.</summary>
    public FormattedText? FormattedCaption { get; init; }

    /// <summary>The album it is one item of; null for a single video.</summary>
    public string? MediaGroupId { get; init; }
}

/// <summary>
/// A reply, in a group chat, to a message the bot sent there. <paramref name="Tag"/> is the name the bot gave that
/// message when sending it (see <see cref="Reply.Tag"/>), resolved by the host; null if it had none.
/// </summary>
public sealed record ReplyToBotInput(int RepliedMessageId, string? Tag, string Text) : Input;

/// <summary>Anything else (a sticker, a voice note, a video…): flows answer that they cannot use it.</summary>
public sealed record UnsupportedInput(string Kind) : Input;
