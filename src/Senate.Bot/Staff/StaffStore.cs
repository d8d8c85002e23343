using LiteDB;
using Senate.Bot.Domain.Staff;
using Senate.Bot.Storage;

namespace Senate.Bot.Staff;

/// <summary>
/// Staff members in LiteDB. A change is also handed, once committed, to <see cref="StaffCommandMenus"/>, so the
/// person's command menu follows their new roles.
/// </summary>
public sealed class StaffStore(BotDatabase database, DatabaseWriter writer, StaffMenuChanges changes) : IStaffStore
{
    private readonly ILiteCollection<StaffMember> _members = database.Collection<StaffMember>("staff");

    // Every update asks whether its sender is staff; almost no one is.
    private readonly StoredIds<StaffMember> _ids = new(database.Collection<StaffMember>("staff"), writer);

    /// <inheritdoc />
    public StaffMember? Get(long id) => _ids.MayExist(id) ? _members.FindById(id) : null;

    /// <inheritdoc />
    public IReadOnlyList<StaffMember> All() => [.. _members.FindAll()];

    /// <inheritdoc />
    public void Save(StaffMember member)
    {
        _members.Upsert(member);
        _ids.Saved(member.Id);
        Changed(member.Id);
    }

    /// <inheritdoc />
    public void Delete(long id)
    {
        _members.Delete(id);
        Changed(id);
    }

    private void Changed(long id)
    {
        if (writer.IsWriterThread)
        {
            writer.AfterCommit(() => changes.Post(id));
        }
    }
}
