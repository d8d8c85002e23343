using System.Globalization;

namespace Senate.Bot.Domain.Audit;

/// <summary>How audit entries name what an action was done to, the same way everywhere (neutral, not translated).</summary>
public static class AuditSubjects
{
    /// <summary>The CSV export of concerns.</summary>
    public const string Concerns = "concerns";

    /// <summary>A regional briefing (the region in the details).</summary>
    public const string Briefing = "briefing";

    /// <summary>The audit log's own CSV export.</summary>
    public const string AuditLog = "audit";

    /// <summary>A youth event.</summary>
    public static string Event(long id) => "event " + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A staff member.</summary>
    public static string Staff(long userId, string name) => string.Create(CultureInfo.InvariantCulture, $"staff {userId} {name}").TrimEnd();

    /// <summary>A digest (for the digests feature).</summary>
    public static string Digest(long id) => "digest " + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A broadcast (for the broadcasts feature).</summary>
    public static string Broadcast(long id) => "broadcast " + id.ToString(CultureInfo.InvariantCulture);
}
