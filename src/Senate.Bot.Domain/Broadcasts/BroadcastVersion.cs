using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>The announcement for the readers of one language.</summary>
/// <param name="Language">Its readers' language.</param>
/// <param name="Message">What they get.</param>
public sealed record BroadcastVersion(Language Language, BroadcastMessage Message);
