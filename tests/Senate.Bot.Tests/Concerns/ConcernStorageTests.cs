using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Storage;
using Senate.Bot.Concerns;

namespace Senate.Bot.Tests.Concerns;

public sealed class ConcernStorageTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "senate-bot-tests", Guid.NewGuid().ToString("N"));
    private readonly BotDatabase _database;
    private readonly ConcernStore _store;

    public ConcernStorageTests()
    {
        _database = new BotDatabase(Path.Combine(_directory, "concerns.db"));
        _store = new ConcernStore(_database);
    }

    [Fact]
    public void Find_ByRegionCategoryAndStatus_ReturnsExactlyTheMatchingConcerns()
    {
        Concern Add(string region, string category, ConcernStatus status)
        {
            var concern = new Concern { Number = "SB-2026-" + _store.NextNumber(2026).ToString("000000", System.Globalization.CultureInfo.InvariantCulture), RegionId = region, CategoryId = category, Status = status };
            _store.Insert(concern);
            return concern;
        }

        var wanted = new[] { Add("atyrau", "roads", ConcernStatus.New), Add("atyrau", "roads", ConcernStatus.Accepted) };
        Add("atyrau", "roads", ConcernStatus.Answered);
        Add("atyrau", "ecology", ConcernStatus.New);
        Add("pavlodar", "roads", ConcernStatus.New);

        var found = _store.Find(new ConcernFilter { RegionId = "atyrau", CategoryId = "roads", Statuses = [ConcernStatus.New, ConcernStatus.Accepted] });

        Assert.Equal(wanted.Select(c => c.Id), found.Select(c => c.Id).Order());
        Assert.Equal(4, _store.Find(new ConcernFilter { RegionId = "atyrau" }).Count);
    }

    [Fact]
    public void EveryField_SurvivesARoundTrip()
    {
        var registered = new DateTime(2026, 3, 20, 13, 5, 0, DateTimeKind.Utc);
        var concern = new Concern
        {
            Number = "SB-2026-000001",
            AuthorId = 1001,
            AuthorLanguage = Language.Kk,
            RegionId = "atyrau",
            Settlement = " Махамбет ауданы ",
            CategoryId = "ecology",
            Description = "Жайық өзені тартылып барады.\n  Екінші жол.",
            PhotoFileIds = ["photo-1", "photo-2"],
            Latitude = 47.1164,
            Longitude = 51.8833,
            ContactName = "Айгерим",
            ContactPhone = "+77011234567",
            ConsentUtc = registered,
            ConsentVersion = "concern.consent@1",
            RegisteredUtc = registered,
            RegistrationDate = new DateTime(2026, 3, 20, 0, 0, 0, DateTimeKind.Utc),
            DueDate = new DateTime(2026, 4, 13, 0, 0, 0, DateTimeKind.Utc),
            Status = ConcernStatus.Rejected,
            RejectReason = RejectReason.Duplicate,
            DuplicateOfId = 7,
            SupportCount = 2,
            SupporterIds = [1002, 1003],
            History = [new ConcernHistoryEntry { AtUtc = registered, Event = ConcernEvent.Submitted, StaffId = 9001, StaffName = "Admin", Note = " note " }],
            Additions = [new ConcernAddition { AtUtc = registered, Text = "Қосымша", PhotoFileId = "photo-3" }],
            OverdueWarnedUtc = registered,
            UpdatedUtc = registered,
        };

        _store.Insert(concern);
        var back = _store.Get(concern.Id)!;

        Assert.True(concern.Id > 0);
        Assert.Equal(" Махамбет ауданы ", back.Settlement);
        Assert.Equal(concern.Description, back.Description);
        Assert.Equal(["photo-1", "photo-2"], back.PhotoFileIds);
        Assert.Equal((47.1164, 51.8833), (back.Latitude!.Value, back.Longitude!.Value));
        Assert.Equal(Language.Kk, back.AuthorLanguage);
        Assert.Equal((ConcernStatus.Rejected, RejectReason.Duplicate, 7L), (back.Status, back.RejectReason!.Value, back.DuplicateOfId!.Value));
        Assert.Equal([1002L, 1003L], back.SupporterIds);
        Assert.Equal((ConcernEvent.Submitted, " note "), (Assert.Single(back.History).Event, back.History[0].Note));
        Assert.Equal("photo-3", Assert.Single(back.Additions).PhotoFileId);
        Assert.Equal(DateTimeKind.Utc, back.RegisteredUtc.Kind);
        Assert.Equal(registered, back.RegisteredUtc);
        Assert.Equal(concern.DueDate, back.DueDate);
        Assert.Equal(registered, back.OverdueWarnedUtc);
        Assert.Null(back.DueSoonWarnedUtc);
    }

    [Fact]
    public void Numbers_AreCountedPerYear_AndFoundIgnoringCase()
    {
        Assert.Equal([1, 2, 1], new[] { _store.NextNumber(2026), _store.NextNumber(2026), _store.NextNumber(2027) });
        _store.Insert(new Concern { Number = "SB-2026-000002", RegionId = "atyrau", CategoryId = "roads" });

        Assert.NotNull(_store.GetByNumber("sb-2026-000002"));
        Assert.Null(_store.GetByNumber("SB-2026-000003"));
    }

    [Fact]
    public void Find_AppliesEveryPartOfTheFilter()
    {
        var day = new DateTime(2026, 5, 4, 0, 0, 0, DateTimeKind.Utc);
        _store.Insert(new Concern { Number = "A", RegionId = "atyrau", CategoryId = "ecology", Status = ConcernStatus.New, RegisteredUtc = day });
        _store.Insert(new Concern { Number = "B", RegionId = "atyrau", CategoryId = "roads", Status = ConcernStatus.New, RegisteredUtc = day });
        _store.Insert(new Concern { Number = "C", RegionId = "atyrau", CategoryId = "ecology", Status = ConcernStatus.Closed, RegisteredUtc = day });
        _store.Insert(new Concern { Number = "D", RegionId = "astana", CategoryId = "ecology", Status = ConcernStatus.New, RegisteredUtc = day.AddDays(3) });

        Assert.Equal(["A"], _store.Find(new ConcernFilter { RegionId = "atyrau", CategoryId = "ecology", Statuses = [ConcernStatus.New] }).Select(c => c.Number));
        Assert.Equal(["A", "B", "C"], _store.Find(new ConcernFilter { RegisteredFromUtc = day, RegisteredBeforeUtc = day.AddDays(1) }).Select(c => c.Number).Order());
        Assert.Equal(4, _store.Find(new ConcernFilter()).Count);
    }

    [Fact]
    public void TheBriefingChart_IsAPngWithTheData()
    {
        var renderer = new ScottPlotChartRenderer();

        var first = renderer.RenderBarChart("Атырау облысы: тақырыптар", [("Экология и воздух", 12), ("Дороги и транспорт", 5), ("Жилищно-коммунальное хозяйство", 3)]);
        var second = renderer.RenderBarChart("Атырау облысы: тақырыптар", [("Экология и воздух", 2), ("Дороги и транспорт", 9)]);

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, first[..4]);
        Assert.True(first.Length > 5_000);
        Assert.NotEqual(first, second);
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
