namespace Senate.Bot.Domain.Concerns;

/// <summary>What can happen to a concern; <see cref="ConcernLifecycle"/> decides which action a status permits.</summary>
public enum ConcernAction
{
    /// <summary>Staff accept it for consideration.</summary>
    Accept,
    /// <summary>Staff forward it to a named body (again, if it was forwarded already).</summary>
    Forward,
    /// <summary>Staff answer the citizen (a further answer is allowed after the first).</summary>
    Answer,
    /// <summary>Staff reject it with a reason.</summary>
    Reject,
    /// <summary>Staff reject it as a duplicate of an earlier concern.</summary>
    MarkDuplicate,
    /// <summary>Staff close an answered concern.</summary>
    Close,
    /// <summary>The author withdraws it while it is open.</summary>
    Withdraw,
}
