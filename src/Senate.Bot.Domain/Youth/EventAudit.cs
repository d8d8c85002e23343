namespace Senate.Bot.Domain.Youth;

/// <summary>The details of the audit entries of event changes (neutral words, not translated).</summary>
internal static class EventAudit
{
    public const string Created = "created";
    public const string Edited = "edited";
    public const string Closed = "registration closed";
    public const string Reopened = "registration reopened";
    public const string Cancelled = "cancelled";
    public const string Registrants = "registrants";
}
