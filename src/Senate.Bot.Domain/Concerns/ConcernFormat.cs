using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>Texts and button codes for the values of a concern: statuses, reasons, events.</summary>
internal static class ConcernFormat
{
    public static TextKey Status(ConcernStatus status) => status switch
    {
        ConcernStatus.New => ConcernTexts.StatusNew,
        ConcernStatus.Accepted => ConcernTexts.StatusAccepted,
        ConcernStatus.Forwarded => ConcernTexts.StatusForwarded,
        ConcernStatus.Answered => ConcernTexts.StatusAnswered,
        ConcernStatus.Closed => ConcernTexts.StatusClosed,
        ConcernStatus.Rejected => ConcernTexts.StatusRejected,
        _ => ConcernTexts.StatusWithdrawn,
    };

    public static TextKey Reason(RejectReason reason) => reason switch
    {
        RejectReason.NotCompetence => ConcernTexts.ReasonNotCompetence,
        RejectReason.Duplicate => ConcernTexts.ReasonDuplicate,
        RejectReason.InsufficientDetails => ConcernTexts.ReasonInsufficientDetails,
        _ => ConcernTexts.ReasonSpam,
    };

    public static TextKey Event(ConcernEvent what) => what switch
    {
        ConcernEvent.Submitted => ConcernTexts.EventSubmitted,
        ConcernEvent.InformationAdded => ConcernTexts.EventInformationAdded,
        ConcernEvent.Accepted => ConcernTexts.EventAccepted,
        ConcernEvent.Forwarded => ConcernTexts.EventForwarded,
        ConcernEvent.Answered => ConcernTexts.EventAnswered,
        ConcernEvent.Rejected => ConcernTexts.EventRejected,
        ConcernEvent.MarkedDuplicate => ConcernTexts.EventMarkedDuplicate,
        ConcernEvent.Closed => ConcernTexts.EventClosed,
        ConcernEvent.AdditionalAnswer => ConcernTexts.EventAdditionalAnswer,
        ConcernEvent.Note => ConcernTexts.EventNote,
        ConcernEvent.QuestionAsked => ConcernTexts.EventQuestionAsked,
        ConcernEvent.QuestionAnswered => ConcernTexts.EventQuestionAnswered,
        ConcernEvent.ContactWithdrawn => ConcernTexts.EventContactWithdrawn,
        ConcernEvent.AuthorErased => ConcernTexts.EventAuthorErased,
        _ => ConcernTexts.EventWithdrawn,
    };

    /// <summary>The short codes of reject reasons in button data.</summary>
    public static string ReasonCode(RejectReason reason) => reason switch
    {
        RejectReason.NotCompetence => "nc",
        RejectReason.Duplicate => "dp",
        RejectReason.InsufficientDetails => "id",
        _ => "sp",
    };

    public static RejectReason? ParseReason(string code) => code switch
    {
        "nc" => RejectReason.NotCompetence,
        "dp" => RejectReason.Duplicate,
        "id" => RejectReason.InsufficientDetails,
        "sp" => RejectReason.Spam,
        _ => null,
    };

    /// <summary>The short codes of statuses in button data.</summary>
    public static string StatusCode(ConcernStatus status) => status switch
    {
        ConcernStatus.New => "n",
        ConcernStatus.Accepted => "a",
        ConcernStatus.Forwarded => "f",
        ConcernStatus.Answered => "w",
        ConcernStatus.Closed => "x",
        ConcernStatus.Rejected => "r",
        _ => "d",
    };

    public static ConcernStatus? ParseStatus(string code) =>
        Enum.GetValues<ConcernStatus>().Cast<ConcernStatus?>().FirstOrDefault(s => StatusCode(s!.Value) == code);
}
