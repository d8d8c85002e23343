namespace Senate.Bot.Domain.Privacy;

/// <summary>What consents are given for, and the data each covers (stored with the consent as it was given).</summary>
public static class ConsentScopes
{
    /// <summary>A concern's contact: the name and phone number staff use to answer officially.</summary>
    public const string ConcernContact = "concern-contact";

    /// <summary>A youth event registration: the participant's details.</summary>
    public const string YouthRegistration = "youth-registration";

    /// <summary>The data a concern's contact consent covers.</summary>
    public static IReadOnlyList<string> ConcernContactCovers { get; } = ["name", "phone"];

    /// <summary>The data a registration consent covers.</summary>
    public static IReadOnlyList<string> YouthRegistrationCovers { get; } = ["full_name", "age", "region", "study_or_work", "phone", "motivation"];
}
