using Senate.Bot.Domain.Reference;

namespace Senate.Bot.Domain.Youth;

/// <summary>What the youth features and flows work with: stores, directories, settings and the roster.</summary>
internal sealed class YouthContext(YouthStores stores, Programmes programmes, Regions regions, YouthSettings settings)
{
    public YouthStores Stores { get; } = stores;

    public Programmes Programmes { get; } = programmes;

    public Regions Regions { get; } = regions;

    public YouthSettings Settings { get; } = settings;

    public EventRoster Roster { get; } = new(stores);
}
