namespace Senate.Bot.Domain.Concerns;

/// <summary>What a history entry records.</summary>
public enum ConcernEvent
{
    /// <summary>The citizen submitted the concern.</summary>
    Submitted,
    /// <summary>The citizen added information.</summary>
    InformationAdded,
    /// <summary>Accepted by staff.</summary>
    Accepted,
    /// <summary>Forwarded to a body (the note names it).</summary>
    Forwarded,
    /// <summary>Answered (the note is the answer).</summary>
    Answered,
    /// <summary>Rejected (the note is the reason).</summary>
    Rejected,
    /// <summary>Rejected as a duplicate (the note is the original's number).</summary>
    MarkedDuplicate,
    /// <summary>Closed by staff.</summary>
    Closed,
    /// <summary>Withdrawn by the citizen.</summary>
    Withdrawn,
    /// <summary>Answered again after a first answer (the note is the additional answer).</summary>
    AdditionalAnswer,
    /// <summary>An internal note of staff (the note); never shown to the citizen.</summary>
    Note,
    /// <summary>Staff asked the citizen a clarifying question (the note).</summary>
    QuestionAsked,
    /// <summary>The citizen answered the clarifying question (the answer is among the additions).</summary>
    QuestionAnswered,
    /// <summary>The citizen withdrew consent to their contact, which was erased.</summary>
    ContactWithdrawn,
    /// <summary>The citizen erased their personal data; the concern was anonymised.</summary>
    AuthorErased,
}
