using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>Texts for the values of a concern: statuses, reasons, events, and joined lines.</summary>
internal static class ConcernFormat
{
    /// <summary>Pieces one after another (each line piece starts with its own line break); nothing for none.</summary>
    public static Text Join(IEnumerable<Text> pieces)
    {
        Text? joined = null;
        foreach (var piece in pieces)
        {
            joined = joined is null ? piece : ConcernTexts.Concat.With(joined, piece);
        }

        return joined ?? ConcernTexts.Empty;
    }

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

    /// <summary>Buttons laid out two to a row when both labels are short, otherwise one to a row.</summary>
    public static IReadOnlyList<IReadOnlyList<Button>> Grid(IEnumerable<(Button Button, int Length)> buttons, int maxPaired = 18)
    {
        var rows = new List<IReadOnlyList<Button>>();
        (Button Button, int Length)? pending = null;
        foreach (var item in buttons)
        {
            if (pending is { } first && first.Length <= maxPaired && item.Length <= maxPaired)
            {
                rows.Add([first.Button, item.Button]);
                pending = null;
                continue;
            }

            if (pending is { } alone)
            {
                rows.Add([alone.Button]);
            }

            pending = item;
        }

        if (pending is { } last)
        {
            rows.Add([last.Button]);
        }

        return rows;
    }
}
