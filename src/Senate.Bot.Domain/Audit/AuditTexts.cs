using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Audit;

/// <summary>The keys of the audit log's texts (<c>audit.texts.json</c>); the English text of each is its summary.</summary>
internal static class AuditTexts
{
    /// <summary>Staff action log</summary>
    public static readonly TextKey CommandAudit = new("audit.command_audit");
    /// <summary>The action log as CSV</summary>
    public static readonly TextKey CommandAuditCsv = new("audit.command_audit_csv");
    /// <summary>Filters of the log: /audit [staff ID] [action] [a date or two], e.g. /audit 9001 answer…</summary>
    public static readonly TextKey Usage = new("audit.usage");
    /// <summary>📜 Action log — {count} entries (page {page} of {pages})</summary>
    public static readonly TextKey Title = new("audit.title");
    /// <summary>{at:d MMM yyyy, HH:mm} {actor} ({id}) — {action}: {subject}{details}</summary>
    public static readonly TextKey Line = new("audit.line");
    /// <summary>No entries.</summary>
    public static readonly TextKey Empty = new("audit.empty");
    /// <summary>anyone</summary>
    public static readonly TextKey Anyone = new("audit.anyone");
    /// <summary>any action</summary>
    public static readonly TextKey AnyAction = new("audit.any_action");
    /// <summary>👤 Who</summary>
    public static readonly TextKey FilterWho = new("audit.filter_who");
    /// <summary>🏷 What</summary>
    public static readonly TextKey FilterWhat = new("audit.filter_what");
    /// <summary>📅 When</summary>
    public static readonly TextKey FilterWhen = new("audit.filter_when");
    /// <summary>Choose a filter:</summary>
    public static readonly TextKey Choose = new("audit.choose");
    /// <summary>today</summary>
    public static readonly TextKey PeriodToday = new("audit.period_today");
    /// <summary>the last 7 days</summary>
    public static readonly TextKey PeriodWeek = new("audit.period_week");
    /// <summary>the last 30 days</summary>
    public static readonly TextKey PeriodMonth = new("audit.period_month");
    /// <summary>all time</summary>
    public static readonly TextKey PeriodAll = new("audit.period_all");
    /// <summary>{day:d MMMM yyyy}</summary>
    public static readonly TextKey PeriodDay = new("audit.period_day");
    /// <summary>{from:d MMM yyyy} – {to:d MMM yyyy}</summary>
    public static readonly TextKey PeriodRange = new("audit.period_range");
    /// <summary>status change</summary>
    public static readonly TextKey ActionStatusChanged = new("audit.action_status_changed");
    /// <summary>answer sent</summary>
    public static readonly TextKey ActionAnswered = new("audit.action_answered");
    /// <summary>internal note</summary>
    public static readonly TextKey ActionNoted = new("audit.action_noted");
    /// <summary>clarifying question</summary>
    public static readonly TextKey ActionQuestionAsked = new("audit.action_question_asked");
    /// <summary>ban</summary>
    public static readonly TextKey ActionBanned = new("audit.action_banned");
    /// <summary>ban lifted</summary>
    public static readonly TextKey ActionUnbanned = new("audit.action_unbanned");
    /// <summary>role change</summary>
    public static readonly TextKey ActionRoleChanged = new("audit.action_role_changed");
    /// <summary>export</summary>
    public static readonly TextKey ActionExported = new("audit.action_exported");
    /// <summary>check-in</summary>
    public static readonly TextKey ActionCheckedIn = new("audit.action_checked_in");
    /// <summary>event change</summary>
    public static readonly TextKey ActionEventChanged = new("audit.action_event_changed");
    /// <summary>digest published</summary>
    public static readonly TextKey ActionDigestPublished = new("audit.action_digest_published");
    /// <summary>broadcast</summary>
    public static readonly TextKey ActionBroadcastSent = new("audit.action_broadcast_sent");
    /// <summary>digest change</summary>
    public static readonly TextKey ActionDigestChanged = new("audit.action_digest_changed");
    /// <summary>broadcast change</summary>
    public static readonly TextKey ActionBroadcastChanged = new("audit.action_broadcast_changed");
    /// <summary>Time</summary>
    public static readonly TextKey CsvTime = new("audit.csv_time");
    /// <summary>Staff ID</summary>
    public static readonly TextKey CsvActorId = new("audit.csv_actor_id");
    /// <summary>Staff member</summary>
    public static readonly TextKey CsvActor = new("audit.csv_actor");
    /// <summary>Action</summary>
    public static readonly TextKey CsvAction = new("audit.csv_action");
    /// <summary>Object</summary>
    public static readonly TextKey CsvSubject = new("audit.csv_subject");
    /// <summary>Details</summary>
    public static readonly TextKey CsvDetails = new("audit.csv_details");
    /// <summary>Chat</summary>
    public static readonly TextKey CsvChat = new("audit.csv_chat");
    /// <summary>Give the period: /auditcsv 01.05.2026 31.05.2026</summary>
    public static readonly TextKey CsvUsage = new("audit.csv_usage");
    /// <summary>Action log for {from:d MMM yyyy}–{to:d MMM yyyy}: {count} entries.</summary>
    public static readonly TextKey CsvCaption = new("audit.csv_caption");

    /// <summary>The log opens in your private chat with the bot: /audit</summary>
    public static readonly TextKey UsePrivateChat = new("audit.use_private_chat");

    /// <summary>An action's name.</summary>
    public static TextKey Action(AuditAction action) => action switch
    {
        AuditAction.StatusChanged => ActionStatusChanged,
        AuditAction.Answered => ActionAnswered,
        AuditAction.Noted => ActionNoted,
        AuditAction.QuestionAsked => ActionQuestionAsked,
        AuditAction.Banned => ActionBanned,
        AuditAction.Unbanned => ActionUnbanned,
        AuditAction.RoleChanged => ActionRoleChanged,
        AuditAction.Exported => ActionExported,
        AuditAction.CheckedIn => ActionCheckedIn,
        AuditAction.EventChanged => ActionEventChanged,
        AuditAction.DigestPublished => ActionDigestPublished,
        AuditAction.DigestChanged => ActionDigestChanged,
        AuditAction.BroadcastChanged => ActionBroadcastChanged,
        _ => ActionBroadcastSent,
    };

    /// <summary>A period of <see cref="AuditQuery"/> in words.</summary>
    public static Text Period(string period) => period switch
    {
        AuditQuery.Today => PeriodToday,
        AuditQuery.Week => PeriodWeek,
        AuditQuery.Month => PeriodMonth,
        _ when AuditQuery.Days(period) is var (from, to) => from == to ? PeriodDay.With(new { day = from }) : PeriodRange.With(new { from, to }),
        _ => PeriodAll,
    };
}
