namespace Senate.Bot.Domain.Digests;

/// <summary>What a correction changed, worked out by comparing the digest before and after.</summary>
[Flags]
public enum DigestChanges
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>A title in some language.</summary>
    Title = 1,

    /// <summary>A text (or its formatting) in some language.</summary>
    Text = 2,

    /// <summary>A language version was added or removed.</summary>
    Languages = 4,

    /// <summary>The date of the meeting.</summary>
    MeetingDate = 8,

    /// <summary>The regions (or national).</summary>
    Regions = 16,

    /// <summary>The photo.</summary>
    Photo = 32,

    /// <summary>The source.</summary>
    Source = 64,
}
