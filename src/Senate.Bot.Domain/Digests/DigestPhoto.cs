namespace Senate.Bot.Domain.Digests;

/// <summary>
/// A digest's photo: a Telegram file id (from the editor's message, or remembered after the first upload), or an
/// image from <c>seeds/digests/</c> that is uploaded the first time it is sent. At least one is given.
/// </summary>
/// <param name="FileId">The Telegram file id, if known.</param>
/// <param name="SeedImage">The image's path relative to <c>seeds/digests/</c>, for a seeded digest.</param>
public sealed record DigestPhoto(string? FileId, string? SeedImage);
