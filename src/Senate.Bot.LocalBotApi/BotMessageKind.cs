namespace Senate.Bot.LocalBotApi;

/// <summary>What a message in a local chat carries.</summary>
public enum BotMessageKind
{
    /// <summary>A text message.</summary>
    Text,

    /// <summary>A photo, with an optional caption.</summary>
    Photo,

    /// <summary>A file, with an optional caption.</summary>
    Document,

    /// <summary>A location.</summary>
    Location,

    /// <summary>A contact (a phone number).</summary>
    Contact,

    /// <summary>A sticker (a kind the bot does not support).</summary>
    Sticker,

    /// <summary>A video, with an optional caption.</summary>
    Video,
}
