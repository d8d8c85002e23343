using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.WorkingDays;

namespace Senate.Bot.Domain.Concerns;

/// <summary>What the feature's flows and handlers share: the store, the directories, the calendar and the settings.</summary>
internal sealed class ConcernContext
{
    public ConcernContext(IConcernStore store, Regions regions, Categories categories, WorkingCalendar calendar, ConcernSettings settings, IChartRenderer charts)
    {
        Store = store;
        Regions = regions;
        Categories = categories;
        Settings = settings;
        Charts = charts;
        Deadlines = new ConcernDeadlines(calendar, settings);
        CategoryAnswer = Answers.Choice(
            turn => CategoryGrid(turn.Language),
            c => "k:" + c.Id,
            c => CategoryLabel(c.Id),
            typed => Categories.All.FirstOrDefault(c => Languages.All.Any(l => TextMatching.Normalize(c.Name.In(l)) == TextMatching.Normalize(typed))));
    }

    public IConcernStore Store { get; }

    public Regions Regions { get; }

    public Categories Categories { get; }

    public ConcernSettings Settings { get; }

    public IChartRenderer Charts { get; }

    public ConcernDeadlines Deadlines { get; }

    /// <summary>The category picker of the report form.</summary>
    public Answer<Category> CategoryAnswer { get; }

    /// <summary>The region's full name (the id itself for a region no longer in the directory).</summary>
    public LocalizedString RegionName(string id) => Regions.Find(id)?.Name ?? new LocalizedString(id, id, id);

    /// <summary>The region's name without "oblast"/"region" where that stays unambiguous: it fits a half-width button.</summary>
    public LocalizedString RegionShortName(string id) => Regions.Find(id)?.ShortName ?? RegionName(id);

    public LocalizedString CategoryName(string id) => Categories.Find(id)?.Name ?? new LocalizedString(id, id, id);

    /// <summary>The category with its emoji.</summary>
    public Text CategoryLabel(string id) =>
        Categories.Find(id) is { } category ? Text.Join(" ", [Text.Plain(category.Emoji), Text.Plain(category.Name)]) : Text.Plain(CategoryName(id));

    /// <summary>The categories as a grid (the long names get a row of their own).</summary>
    public IReadOnlyList<IReadOnlyList<Category>> CategoryGrid(Language language) =>
        RegionLayout.Pairs(Categories.All, c => c.Name.In(language).Length + 2);

    /// <summary>The regions as the region picker lays them out for a reader.</summary>
    public IReadOnlyList<IReadOnlyList<Region>> RegionGrid(Language language) => RegionLayout.Grid(Regions, language);

    /// <summary>Finds a region by a name typed in any language ("Атырау", "Atyrau Region").</summary>
    public Region? MatchRegion(string typed) => RegionLayout.Match(Regions, typed);
}
