namespace Senate.Bot.Bench;

/// <summary>The bot's CPU per update in each warm-up round before a measurement, in milliseconds.</summary>
internal sealed record Warming(IReadOnlyList<double> CostByRound)
{
    /// <summary>The first round: a bot just started, its code compiled on the way.</summary>
    public double First => CostByRound[0];

    /// <summary>How many rounds it took until a round cost no less than the one before.</summary>
    public int Rounds => CostByRound.Count;
}
