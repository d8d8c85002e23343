using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Digests;

/// <summary>What the digests need to know about a person they may write to: their language, and whether they can be reached.</summary>
public interface IReaders
{
    /// <summary>The person's language and whether they have blocked the bot; null for someone the bot does not know.</summary>
    Reader? Find(long userId);
}

/// <summary>A person digests may be sent to.</summary>
/// <param name="Language">The language they read.</param>
/// <param name="Blocked">True when Telegram said they blocked the bot (nothing is sent until they write again).</param>
public sealed record Reader(Language Language, bool Blocked);
