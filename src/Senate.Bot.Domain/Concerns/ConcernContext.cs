using Senate.Bot.Domain.WorkingDays;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;

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
    }

    public IConcernStore Store { get; }

    public Regions Regions { get; }

    public Categories Categories { get; }

    public ConcernSettings Settings { get; }

    public IChartRenderer Charts { get; }

    public ConcernDeadlines Deadlines { get; }

    /// <summary>The region's full name (the id itself for a region no longer in the directory).</summary>
    public LocalizedString RegionName(string id) => Regions.Find(id)?.Name ?? new LocalizedString(id, id, id);

    /// <summary>The region's name without "oblast"/"region" where that stays unambiguous: it fits a half-width button.</summary>
    public LocalizedString RegionShortName(string id) => Regions.Find(id)?.ShortName ?? RegionName(id);

    public LocalizedString CategoryName(string id) => Categories.Find(id)?.Name ?? new LocalizedString(id, id, id);

    /// <summary>The category with its emoji.</summary>
    public Text CategoryLabel(string id) =>
        Categories.Find(id) is { } category ? ConcernTexts.EmojiLabel.With(category.Emoji, category.Name) : CommonTexts.Plain.With(CategoryName(id));

    /// <summary>The 20 regions as a compact grid: two to a row where the names are short enough.</summary>
    public IReadOnlyList<IReadOnlyList<Button>> RegionGrid(Language language, Func<Region, Text, Button> button) =>
        ConcernFormat.Grid(Regions.All.Select(r =>
        {
            var name = RegionShortName(r.Id);
            return (button(r, CommonTexts.Plain.With(name)), name.In(language).Length);
        }));

    /// <summary>The categories as a grid (the long names get a row of their own).</summary>
    public IReadOnlyList<IReadOnlyList<Button>> CategoryGrid(Language language, Func<Category, Text, Button> button) =>
        ConcernFormat.Grid(Categories.All.Select(c => (button(c, CategoryLabel(c.Id)), c.Name.In(language).Length + 2)));

    /// <summary>Finds a region by a name typed in any language ("Атырау", "Atyrau Region", "г. Алматы").</summary>
    public Region? MatchRegion(string typed)
    {
        var wanted = TextMatching.Normalize(typed);
        return wanted.Length == 0
            ? null
            : Regions.All.FirstOrDefault(r =>
                Languages.All.Any(l => TextMatching.Normalize(r.Name.In(l)) == wanted || TextMatching.Normalize(RegionShortName(r.Id).In(l)) == wanted));
    }
}
