using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// A citizen's report of a local problem, from submission to answer. A plain entity: the rules of what may happen
/// next live in <see cref="ConcernLifecycle"/>, the effects in the concerns feature. Dates are UTC;
/// <see cref="RegistrationDate"/> and <see cref="DueDate"/> are calendar dates stored as UTC midnight.
/// </summary>
public sealed class Concern
{
    /// <summary>Store id (assigned by <see cref="IConcernStore.Insert"/>).</summary>
    public long Id { get; set; }

    /// <summary>The receipt number, e.g. <c>SB-2026-000123</c>: unique, from a per-year counter.</summary>
    public string Number { get; set; } = string.Empty;

    /// <summary>The author's Telegram user id; null once the author's personal data has been erased.</summary>
    public long? AuthorId { get; set; }

    /// <summary>The language the author reads; notifications are sent in it.</summary>
    public Language AuthorLanguage { get; set; }

    /// <summary>Region id (see <see cref="Reference.Regions"/>).</summary>
    public string RegionId { get; set; } = string.Empty;

    /// <summary>Settlement or district, as the citizen typed it; null if skipped.</summary>
    public string? Settlement { get; set; }

    /// <summary>Category id (see <see cref="Categories"/>).</summary>
    public string CategoryId { get; set; } = string.Empty;

    /// <summary>The description in the citizen's words.</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>Telegram file ids of the photos (at most 5).</summary>
    public List<string> PhotoFileIds { get; set; } = [];

    /// <summary>Latitude of the shared location, if any.</summary>
    public double? Latitude { get; set; }

    /// <summary>Longitude of the shared location, if any.</summary>
    public double? Longitude { get; set; }

    /// <summary>True when the citizen chose not to give a contact.</summary>
    public bool Anonymous { get; set; }

    /// <summary>The contact's name (from the citizen's own Telegram contact), if given.</summary>
    public string? ContactName { get; set; }

    /// <summary>The contact's phone number, if given. Never logged.</summary>
    public string? ContactPhone { get; set; }

    /// <summary>When the citizen consented to the processing of the contact, if they did.</summary>
    public DateTime? ConsentUtc { get; set; }

    /// <summary>The version of the consent text the citizen agreed to.</summary>
    public string? ConsentVersion { get; set; }

    /// <summary>The moment of submission.</summary>
    public DateTime RegisteredUtc { get; set; }

    /// <summary>The date of registration (АППК art. 64: the next working day when submitted after hours or on a day off).</summary>
    public DateTime RegistrationDate { get; set; }

    /// <summary>The date the answer is due (15 working days after registration, АППК art. 76).</summary>
    public DateTime DueDate { get; set; }

    /// <summary>The current status.</summary>
    public ConcernStatus Status { get; set; }

    /// <summary>The body the concern was forwarded to, if any.</summary>
    public string? ForwardedTo { get; set; }

    /// <summary>The latest answer sent to the citizen, if any (every answer is in <see cref="History"/>).</summary>
    public string? Answer { get; set; }

    /// <summary>When the latest answer was sent.</summary>
    public DateTime? AnsweredUtc { get; set; }

    /// <summary>Why it was rejected, if it was.</summary>
    public RejectReason? RejectReason { get; set; }

    /// <summary>The original concern's id when this one was rejected as a duplicate.</summary>
    public long? DuplicateOfId { get; set; }

    /// <summary>How many other citizens said "me too" (the author is not counted).</summary>
    public int SupportCount { get; set; }

    /// <summary>The supporters' Telegram user ids (so nobody is counted twice).</summary>
    public List<long> SupporterIds { get; set; } = [];

    /// <summary>Every change, oldest first.</summary>
    public List<ConcernHistoryEntry> History { get; set; } = [];

    /// <summary>Information the citizen added while the concern was open.</summary>
    public List<ConcernAddition> Additions { get; set; } = [];

    /// <summary>A staff answer written in the staff chat and shown there as a preview, not yet sent; null when none.</summary>
    public AnswerDraft? AnswerDraft { get; set; }

    /// <summary>A clarifying question staff asked the author and the author has not answered yet; null when none.</summary>
    public string? OpenQuestion { get; set; }

    /// <summary>When the author withdrew consent to the contact (it was erased then), if they did.</summary>
    public DateTime? ContactWithdrawnUtc { get; set; }

    /// <summary>When the author erased their personal data (<c>/forget</c>): the concern stays, anonymised.</summary>
    public DateTime? AuthorErasedUtc { get; set; }

    /// <summary>When staff were warned that the due date is near (warned once).</summary>
    public DateTime? DueSoonWarnedUtc { get; set; }

    /// <summary>When staff were last warned that the concern is overdue (at most once a day).</summary>
    public DateTime? OverdueWarnedUtc { get; set; }

    /// <summary>When anything last changed.</summary>
    public DateTime UpdatedUtc { get; set; }
}
