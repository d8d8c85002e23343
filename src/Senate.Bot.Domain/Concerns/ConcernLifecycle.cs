using Stateless;

namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// The rules of a concern's lifecycle, as a Stateless machine over <see cref="Concern.Status"/>:
/// New → Accepted → Forwarded → Answered → Closed; Answered straight from New, Accepted or Forwarded; Rejected
/// (with a reason, or as a duplicate) from New, Accepted or Forwarded; Withdrawn by the author while open.
/// Rejected, Closed and Withdrawn are final: a rejected concern is not closed again, since the citizen has already
/// been told the reason and nothing is left to do. A forwarded concern may be forwarded again (to another body) and
/// an answered one answered again (a correction or an addition), both without changing the status.
/// Not thread-safe: create one per concern per update.
/// </summary>
public sealed class ConcernLifecycle
{
    private readonly StateMachine<ConcernStatus, ConcernAction> _machine;

    /// <summary>Creates the machine over a concern; firing an action sets the concern's status.</summary>
    public ConcernLifecycle(Concern concern)
    {
        _machine = new StateMachine<ConcernStatus, ConcernAction>(() => concern.Status, s => concern.Status = s);
        Configure();
    }

    /// <summary>The statuses in which a concern is still open (being handled, not yet answered).</summary>
    public static IReadOnlyList<ConcernStatus> OpenStatuses { get; } = [ConcernStatus.New, ConcernStatus.Accepted, ConcernStatus.Forwarded];

    /// <summary>True while the concern awaits an answer: the author may add information or withdraw it.</summary>
    public static bool IsOpen(ConcernStatus status) => status is ConcernStatus.New or ConcernStatus.Accepted or ConcernStatus.Forwarded;

    /// <summary>True if the action is permitted in the current status.</summary>
    public bool CanFire(ConcernAction action) => _machine.CanFire(action);

    /// <summary>The actions permitted in the current status.</summary>
    public IReadOnlyList<ConcernAction> PermittedActions => [.. Enum.GetValues<ConcernAction>().Where(_machine.CanFire)];

    /// <summary>Fires an action, changing the status.</summary>
    /// <exception cref="InvalidOperationException">The action is not permitted in the current status.</exception>
    public void Fire(ConcernAction action) => _machine.Fire(action);

    private void Configure()
    {
        _machine.Configure(ConcernStatus.New)
            .Permit(ConcernAction.Accept, ConcernStatus.Accepted)
            .Permit(ConcernAction.Forward, ConcernStatus.Forwarded)
            .Permit(ConcernAction.Answer, ConcernStatus.Answered)
            .Permit(ConcernAction.Reject, ConcernStatus.Rejected)
            .Permit(ConcernAction.MarkDuplicate, ConcernStatus.Rejected)
            .Permit(ConcernAction.Withdraw, ConcernStatus.Withdrawn);

        _machine.Configure(ConcernStatus.Accepted)
            .Permit(ConcernAction.Forward, ConcernStatus.Forwarded)
            .Permit(ConcernAction.Answer, ConcernStatus.Answered)
            .Permit(ConcernAction.Reject, ConcernStatus.Rejected)
            .Permit(ConcernAction.MarkDuplicate, ConcernStatus.Rejected)
            .Permit(ConcernAction.Withdraw, ConcernStatus.Withdrawn);

        _machine.Configure(ConcernStatus.Forwarded)
            .PermitReentry(ConcernAction.Forward)
            .Permit(ConcernAction.Answer, ConcernStatus.Answered)
            .Permit(ConcernAction.Reject, ConcernStatus.Rejected)
            .Permit(ConcernAction.MarkDuplicate, ConcernStatus.Rejected)
            .Permit(ConcernAction.Withdraw, ConcernStatus.Withdrawn);

        _machine.Configure(ConcernStatus.Answered)
            .PermitReentry(ConcernAction.Answer)
            .Permit(ConcernAction.Close, ConcernStatus.Closed);

        _machine.Configure(ConcernStatus.Rejected);
        _machine.Configure(ConcernStatus.Closed);
        _machine.Configure(ConcernStatus.Withdrawn);
    }
}
