using ScottPlot;
using Senate.Bot.Domain.Concerns;

namespace Senate.Bot.Concerns;

/// <summary>Bar charts for regional briefings, drawn with ScottPlot (Cyrillic labels use a font that has them).</summary>
public sealed class ScottPlotChartRenderer : IChartRenderer
{
    private const int Width = 900;
    private const int RowHeight = 42;

    /// <inheritdoc />
    public byte[] RenderBarChart(string title, IReadOnlyList<(string Label, double Value)> bars)
    {
        var plot = new Plot();
        var values = bars.Select(b => b.Value).Reverse().ToArray();
        var series = plot.Add.Bars(values);
        series.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, values.Length).Select(i => (double)i)],
            [.. bars.Select(b => b.Label).Reverse()]);
        plot.Axes.Margins(left: 0, right: 0.1, bottom: 0.05, top: 0.05);
        plot.Title(title);
        plot.Font.Automatic();
        return plot.GetImageBytes(Width, Math.Max(320, 120 + (RowHeight * bars.Count)), ImageFormat.Png);
    }
}
