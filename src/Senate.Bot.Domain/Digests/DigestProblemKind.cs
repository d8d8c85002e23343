namespace Senate.Bot.Domain.Digests;

/// <summary>The kinds of <see cref="DigestProblem"/>.</summary>
public enum DigestProblemKind
{
    /// <summary>The meeting date is missing.</summary>
    MeetingDateMissing,

    /// <summary>No region is given (<see cref="DigestRegions.National"/> stands for the whole country).</summary>
    NoRegion,

    /// <summary>National and regions together: a digest is one or the other.</summary>
    NationalWithRegions,

    /// <summary>A region is given twice.</summary>
    RegionRepeated,

    /// <summary>A region id that is neither a region nor national.</summary>
    RegionUnknown,

    /// <summary>There is no language version.</summary>
    NoVersion,

    /// <summary>Two versions in the same language.</summary>
    LanguageRepeated,

    /// <summary>A title is empty, longer than <see cref="DigestContent.MaxTitleLength"/>, or more than one line.</summary>
    TitleInvalid,

    /// <summary>A text is empty.</summary>
    TextEmpty,

    /// <summary>The photo has neither a Telegram file id nor a seed image.</summary>
    PhotoWithoutImage,
}
