namespace Senate.Bot.Domain.Staff;

/// <summary>Staff members, by Telegram user id. Synchronous: called inside the host's one transaction per update.</summary>
public interface IStaffStore
{
    /// <summary>The member with an id, or null.</summary>
    StaffMember? Get(long id);

    /// <summary>Every member.</summary>
    IReadOnlyList<StaffMember> All();

    /// <summary>Inserts or replaces a member.</summary>
    void Save(StaffMember member);

    /// <summary>Removes a member, if present.</summary>
    void Delete(long id);
}
