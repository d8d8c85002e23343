namespace Senate.Bot.Domain.Concerns;

/// <summary>Where a concern is in its lifecycle (see <see cref="ConcernLifecycle"/>).</summary>
public enum ConcernStatus
{
    /// <summary>Submitted, not yet looked at.</summary>
    New,
    /// <summary>Accepted for consideration by staff.</summary>
    Accepted,
    /// <summary>Forwarded to a named state body.</summary>
    Forwarded,
    /// <summary>The citizen has received an answer.</summary>
    Answered,
    /// <summary>Handled and closed.</summary>
    Closed,
    /// <summary>Rejected with a reason (not within competence, duplicate, insufficient details, spam).</summary>
    Rejected,
    /// <summary>Withdrawn by its author while it was open.</summary>
    Withdrawn,
}
