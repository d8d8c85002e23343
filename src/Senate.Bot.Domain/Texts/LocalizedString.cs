namespace Senate.Bot.Domain.Texts;

/// <summary>A piece of reference data (a region's or category's name) given in the three languages.</summary>
public sealed record LocalizedString(string Kk, string Ru, string En)
{
    /// <summary>The value in a language.</summary>
    public string In(Language language) => language switch
    {
        Language.Kk => Kk,
        Language.Ru => Ru,
        _ => En,
    };

    /// <summary>True when all three values are present.</summary>
    public bool IsComplete => !string.IsNullOrWhiteSpace(Kk) && !string.IsNullOrWhiteSpace(Ru) && !string.IsNullOrWhiteSpace(En);
}
