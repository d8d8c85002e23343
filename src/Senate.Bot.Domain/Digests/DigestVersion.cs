using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Digests;

/// <summary>A digest in one language: its title and its formatted text.</summary>
/// <param name="Language">The language it is written in.</param>
/// <param name="Title">The title, plain text on one line.</param>
/// <param name="Text">The text with its formatting.</param>
public sealed record DigestVersion(Language Language, string Title, FormattedText Text);
