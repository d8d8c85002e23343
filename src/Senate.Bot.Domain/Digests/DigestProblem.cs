using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Digests;

/// <summary>
/// Something that keeps a digest's content from being saved or published, found by <see cref="DigestContent.Problems"/>.
/// A value for the editor to explain in the reader's language (one catalog text per <see cref="Kind"/>); its
/// <see cref="ToString"/> is for logs and seed-file errors.
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Language">The language version it concerns, if one.</param>
/// <param name="RegionId">The region id it concerns, if one.</param>
public sealed record DigestProblem(DigestProblemKind Kind, Language? Language = null, string? RegionId = null)
{
    /// <summary>The kind, with the language code or region id it concerns.</summary>
    public override string ToString() =>
        Kind.ToString() + (Language is { } language ? $" ({language.Code()})" : string.Empty) + (RegionId is { } region ? $" ({region})" : string.Empty);
}
