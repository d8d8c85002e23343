namespace Senate.Bot.Domain.Concerns;

/// <summary>Draws charts for staff reports; the host implements it (with ScottPlot). Must be thread-safe.</summary>
public interface IChartRenderer
{
    /// <summary>A horizontal or vertical bar chart as a PNG image.</summary>
    /// <param name="title">The chart's title, already in the reader's language.</param>
    /// <param name="bars">The bars in display order: a label (already translated) and a value.</param>
    byte[] RenderBarChart(string title, IReadOnlyList<(string Label, double Value)> bars);
}
