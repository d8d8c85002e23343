namespace Senate.Bot.Domain.Digests;

/// <summary>What staff can do with a digest; <see cref="Digest.Can"/> tells which are possible in its status.</summary>
public enum DigestAction
{
    /// <summary>Replace the content of a draft or a scheduled digest (no correction is recorded).</summary>
    Edit,

    /// <summary>Set (or move) the time a draft is published.</summary>
    Schedule,

    /// <summary>Turn a scheduled digest back into a draft.</summary>
    Unschedule,

    /// <summary>Put it in the archive now and deliver it.</summary>
    Publish,

    /// <summary>Change a published digest; the archive shows the correction.</summary>
    Correct,

    /// <summary>Take it out of the archive, or discard a draft.</summary>
    Withdraw,
}
