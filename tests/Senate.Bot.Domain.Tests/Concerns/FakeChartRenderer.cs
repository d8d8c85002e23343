using Senate.Bot.Domain.Concerns;

namespace Senate.Bot.Domain.Tests.Concerns;

/// <summary>Records what it was asked to draw and returns a small PNG signature as the image.</summary>
internal sealed class FakeChartRenderer : IChartRenderer
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public List<(string Title, IReadOnlyList<(string Label, double Value)> Bars)> Calls { get; } = [];

    public byte[] RenderBarChart(string title, IReadOnlyList<(string Label, double Value)> bars)
    {
        Calls.Add((title, bars));
        return Png;
    }
}
