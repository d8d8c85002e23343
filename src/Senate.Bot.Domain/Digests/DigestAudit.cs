namespace Senate.Bot.Domain.Digests;

/// <summary>The details of the audit entries of digest changes (neutral words, not translated).</summary>
internal static class DigestAudit
{
    public const string Draft = "saved as a draft";
    public const string Edited = "edited";
    public const string Scheduled = "scheduled";
    public const string Unscheduled = "unscheduled";
    public const string Corrected = "corrected";
    public const string Withdrawn = "withdrawn";
    public const string OnSchedule = "on schedule";

    /// <summary>The actor's name on an entry a job writes for the editor who wrote the digest.</summary>
    public const string Scheduler = "Senate.Bot (scheduled)";
}
