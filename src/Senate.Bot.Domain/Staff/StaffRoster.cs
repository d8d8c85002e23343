namespace Senate.Bot.Domain.Staff;

/// <summary>
/// Who is staff: the admins from configuration and the members admins manage in the bot. Read for every update,
/// so a change (or a removal) applies at the next message or press, buttons on old messages included.
/// </summary>
public sealed class StaffRoster(IStaffStore store, IReadOnlyCollection<long> adminIds)
{
    /// <summary>The admins from configuration.</summary>
    public IReadOnlyCollection<long> AdminIds { get; } = adminIds;

    /// <summary>The members.</summary>
    public IStaffStore Store { get; } = store;

    /// <summary>True for a configured admin.</summary>
    public bool IsAdmin(long userId) => AdminIds.Contains(userId);

    /// <summary>What a user may do now.</summary>
    public StaffAccess AccessOf(long userId) =>
        IsAdmin(userId) ? StaffAccess.Admin : Store.Get(userId)?.ToAccess() ?? StaffAccess.None;

    /// <summary>Everyone with a staff role and what they may do: the admins, then the members.</summary>
    public IEnumerable<(long UserId, StaffAccess Access)> Everyone() =>
        AdminIds.Select(id => (id, StaffAccess.Admin))
            .Concat(Store.All().Where(m => !IsAdmin(m.Id)).Select(m => (m.Id, m.ToAccess())));
}
