namespace Senate.Bot.Domain.Users;

/// <summary>A person's consent to the processing of their personal data: which text they agreed to, and when.</summary>
/// <param name="Version">The id of the consent text's version (e.g. <c>concern.consent@1</c>).</param>
/// <param name="AtUtc">When they agreed.</param>
public sealed record Consent(string Version, DateTime AtUtc);
