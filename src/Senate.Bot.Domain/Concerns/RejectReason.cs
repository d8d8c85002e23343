namespace Senate.Bot.Domain.Concerns;

/// <summary>Why a concern was rejected.</summary>
public enum RejectReason
{
    /// <summary>Outside the Senate's competence.</summary>
    NotCompetence,
    /// <summary>Repeats an earlier concern (see <see cref="Concern.DuplicateOfId"/>).</summary>
    Duplicate,
    /// <summary>Too little detail to act on.</summary>
    InsufficientDetails,
    /// <summary>Spam or abuse.</summary>
    Spam,
}
