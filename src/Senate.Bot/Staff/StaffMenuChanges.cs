using System.Threading.Channels;

namespace Senate.Bot.Staff;

/// <summary>The people whose roles changed in committed units of work, waiting for their command menu to be set again.</summary>
public sealed class StaffMenuChanges
{
    private readonly Channel<long> _changed = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Someone's roles changed (called after the change is committed).</summary>
    public void Post(long userId) => _changed.Writer.TryWrite(userId);

    /// <summary>The changes, in order.</summary>
    public ChannelReader<long> Reader => _changed.Reader;
}
