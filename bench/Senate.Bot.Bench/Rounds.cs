using System.Globalization;

namespace Senate.Bot.Bench;

/// <summary>A figure measured in several rounds: the median is reported, with the range beside it.</summary>
internal sealed record Rounds(IReadOnlyList<double> Values)
{
    /// <summary>The middle value (the lower of the two middle ones for an even count).</summary>
    public double Median => Values.Order().ElementAt((Values.Count - 1) / 2);

    /// <summary>The median with its unit and, with more than one round, the range: "2431 updates/s (3 rounds: 2210–2650)".</summary>
    public string Format(string format, string unit) =>
        $"{Median.ToString(format, CultureInfo.InvariantCulture)} {unit}"
            + (Values.Count == 1 ? string.Empty : $" ({Values.Count} rounds: {Values.Min().ToString(format, CultureInfo.InvariantCulture)}–{Values.Max().ToString(format, CultureInfo.InvariantCulture)})");
}
