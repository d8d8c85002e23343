using System.Text.Json;
using Senate.Bot.Domain.Staff;

namespace Senate.Bot.Domain.Tests.Staff;

/// <summary>Staff members in memory, kept as copies as a database keeps them.</summary>
internal sealed class InMemoryStaffStore : IStaffStore
{
    private readonly Dictionary<long, string> _rows = [];

    public StaffMember? Get(long id) => _rows.TryGetValue(id, out var row) ? JsonSerializer.Deserialize<StaffMember>(row) : null;

    public IReadOnlyList<StaffMember> All() => [.. _rows.Keys.Order().Select(id => Get(id)!)];

    public void Save(StaffMember member) => _rows[member.Id] = JsonSerializer.Serialize(member);

    public void Delete(long id) => _rows.Remove(id);
}
