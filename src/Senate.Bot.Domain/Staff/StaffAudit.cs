namespace Senate.Bot.Domain.Staff;

/// <summary>The details of the audit entries of staff changes (neutral words, not translated).</summary>
internal static class StaffAudit
{
    public const string Added = "added: ";
    public const string Changed = "changed: ";
    public const string Removed = "removed";
}
