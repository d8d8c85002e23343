using Stateless;

namespace Senate.Bot.Domain.Deliveries;

/// <summary>
/// One bulk sending job (a digest to its subscribers, a broadcast to its audience, a broadcast's recall): when it is
/// due, its audience (fixed when it starts, each person at a place <c>0 … Total-1</c>), how far the sender has been
/// handed it (<see cref="Queued"/>, committed with those recipients' outbox entries) and the counts of results
/// (committed with each result). Scheduled → Sending ⇄ Paused → Completed, or Cancelled from any but Completed. The
/// moves are one Stateless machine over <see cref="Status"/>; a move that is not allowed throws
/// <see cref="InvalidOperationException"/>. A plain entity otherwise: times are UTC, the caller passes "now". Not thread-safe.
/// </summary>
public sealed class Delivery
{
    /// <summary>Store id, assigned on insert.</summary>
    public long Id { get; set; }

    /// <summary>What it carries.</summary>
    public DeliveryKind Kind { get; set; }

    /// <summary>The id of what it carries (the digest, the broadcast).</summary>
    public long SubjectId { get; set; }

    /// <summary>Where it is in its life.</summary>
    public DeliveryStatus Status { get; set; }

    /// <summary>Who started it (Telegram user id; the digest's author).</summary>
    public long CreatedBy { get; set; }

    /// <summary>When it was created.</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>When it is to start.</summary>
    public DateTime DueUtc { get; set; }

    /// <summary>When its audience was fixed and sending began.</summary>
    public DateTime? StartedUtc { get; set; }

    /// <summary>When every recipient had a result, or the last one handed over before a cancel did.</summary>
    public DateTime? FinishedUtc { get; set; }

    /// <summary>The number of recipients, fixed at the start.</summary>
    public int Total { get; set; }

    /// <summary>How many recipients (in audience order) have been handed to the sender or settled without sending.</summary>
    public int Queued { get; set; }

    /// <summary>Recipients Telegram took the message for.</summary>
    public int Sent { get; set; }

    /// <summary>Recipients who had blocked the bot.</summary>
    public int Blocked { get; set; }

    /// <summary>Recipients the message could not be delivered to.</summary>
    public int Failed { get; set; }

    /// <summary>Recipients no longer to be sent it by their turn (erased their data, unsubscribed).</summary>
    public int Skipped { get; set; }

    /// <summary>True once its end has been reported (the final report sent, its audience list dropped).</summary>
    public bool Reported { get; set; }

    /// <summary>Recipients with a result.</summary>
    public int Done => Sent + Blocked + Failed + Skipped;

    /// <summary>Recipients without a result yet.</summary>
    public int Left => Total - Done;

    /// <summary>True while the delivery may still send (scheduled, sending or paused).</summary>
    public bool IsActive => Status is DeliveryStatus.Scheduled or DeliveryStatus.Sending or DeliveryStatus.Paused;

    /// <summary>A delivery due at <paramref name="dueUtc"/> (now, for one that starts at once).</summary>
    public static Delivery Schedule(DeliveryKind kind, long subjectId, long createdBy, DateTime dueUtc, DateTime nowUtc) => new()
    {
        Kind = kind,
        SubjectId = subjectId,
        CreatedBy = createdBy,
        CreatedUtc = nowUtc,
        DueUtc = dueUtc,
        Status = DeliveryStatus.Scheduled,
    };

    /// <summary>True if the action is possible in the current status.</summary>
    public bool Can(DeliveryAction action) => Lifecycle().CanFire(action);

    /// <summary>Fixes the number of recipients and starts sending.</summary>
    public void Start(int total, DateTime nowUtc)
    {
        Lifecycle().Fire(DeliveryAction.Start);
        Total = total;
        StartedUtc = nowUtc;
    }

    /// <summary>Stops handing recipients to the sender until <see cref="Resume"/>.</summary>
    public void Pause() => Lifecycle().Fire(DeliveryAction.Pause);

    /// <summary>Goes on after a pause.</summary>
    public void Resume() => Lifecycle().Fire(DeliveryAction.Resume);

    /// <summary>Stops for good; what the sender has already been handed still goes.</summary>
    public void Cancel() => Lifecycle().Fire(DeliveryAction.Cancel);

    /// <summary>Records a result against the counts.</summary>
    public void Count(DeliveryOutcome outcome)
    {
        switch (outcome)
        {
            case DeliveryOutcome.Sent:
                Sent++;
                break;
            case DeliveryOutcome.Blocked:
                Blocked++;
                break;
            case DeliveryOutcome.Failed:
                Failed++;
                break;
            default:
                Skipped++;
                break;
        }
    }

    /// <summary>
    /// Closes the delivery when it has nothing more to wait for: completed once every recipient has a result, or (when
    /// cancelled) once everything handed to the sender has one. Returns true the first time it is closed.
    /// </summary>
    public bool TryFinish(DateTime nowUtc)
    {
        if (Reported)
        {
            return false;
        }

        if (Status is DeliveryStatus.Sending or DeliveryStatus.Paused && Queued == Total && Done == Total)
        {
            Lifecycle().Fire(DeliveryAction.Complete);
        }

        if (Status == DeliveryStatus.Completed || (Status == DeliveryStatus.Cancelled && Done >= Queued))
        {
            Reported = true;
            FinishedUtc = nowUtc;
            return true;
        }

        return false;
    }

    private StateMachine<DeliveryStatus, DeliveryAction> Lifecycle()
    {
        var machine = new StateMachine<DeliveryStatus, DeliveryAction>(() => Status, s => Status = s);
        machine.Configure(DeliveryStatus.Scheduled)
            .Permit(DeliveryAction.Start, DeliveryStatus.Sending)
            .Permit(DeliveryAction.Cancel, DeliveryStatus.Cancelled);
        machine.Configure(DeliveryStatus.Sending)
            .Permit(DeliveryAction.Pause, DeliveryStatus.Paused)
            .Permit(DeliveryAction.Cancel, DeliveryStatus.Cancelled)
            .Permit(DeliveryAction.Complete, DeliveryStatus.Completed);
        machine.Configure(DeliveryStatus.Paused)
            .Permit(DeliveryAction.Resume, DeliveryStatus.Sending)
            .Permit(DeliveryAction.Cancel, DeliveryStatus.Cancelled)
            .Permit(DeliveryAction.Complete, DeliveryStatus.Completed);
        machine.Configure(DeliveryStatus.Cancelled);
        machine.Configure(DeliveryStatus.Completed);
        return machine;
    }
}
