namespace Senate.Bot.Domain.Digests;

/// <summary>
/// One page of a list of digests. It says whether a next page exists rather than how many pages there are:
/// counting would read every matching digest, and "next" is all a paged screen needs.
/// </summary>
/// <param name="Items">The digests on the page, newest first.</param>
/// <param name="HasMore">True when more digests follow this page.</param>
public sealed record DigestPage(IReadOnlyList<Digest> Items, bool HasMore);
