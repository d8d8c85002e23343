namespace Senate.Bot.Domain.Digests;

/// <summary>A digest as a seed file in <c>seeds/digests/</c> describes it.</summary>
/// <param name="Key">The seed's stable key: the digest imported from it is found again by it, whatever the file is called.</param>
/// <param name="Content">The content.</param>
public sealed record DigestSeed(string Key, DigestContent Content);
