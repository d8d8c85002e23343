namespace Senate.Bot.Domain.Digests;

/// <summary>What an import of the seed digests did, by seed key.</summary>
/// <param name="Added">Seeds imported for the first time.</param>
/// <param name="Updated">Seeds whose file changed, applied to a digest staff had not changed.</param>
/// <param name="Kept">Seeds whose file changed but whose digest staff had changed in the bot: staff's version was kept.</param>
/// <param name="Unchanged">Seeds already imported as they are.</param>
public sealed record DigestSeedReport(IReadOnlyList<string> Added, IReadOnlyList<string> Updated, IReadOnlyList<string> Kept, IReadOnlyList<string> Unchanged);
