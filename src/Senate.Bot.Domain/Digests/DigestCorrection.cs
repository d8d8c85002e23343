namespace Senate.Bot.Domain.Digests;

/// <summary>A correction of a published digest, shown in the archive as "corrected on …".</summary>
/// <param name="AtUtc">When it was made.</param>
/// <param name="By">The Telegram user id of the member of staff who made it.</param>
/// <param name="Changes">What it changed.</param>
/// <param name="Note">Why, in staff's words, if they gave a reason.</param>
public sealed record DigestCorrection(DateTime AtUtc, long By, DigestChanges Changes, string? Note);
