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

    /// <inheritdoc />
    public StaffMember? Get(long id) => _members.FindById(id);

    /// <inheritdoc />
    public IReadOnlyList<StaffMember> All() => [.. _members.FindAll()];

    /// <inheritdoc />
    public void Save(StaffMember member)
    {
        _members.Upsert(member);
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
