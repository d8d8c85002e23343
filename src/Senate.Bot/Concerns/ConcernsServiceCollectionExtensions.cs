using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Senate.Bot.Domain.Concerns;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Privacy;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Staff;
using Senate.Bot.Domain.WorkingDays;
using Senate.Bot.Workers;

namespace Senate.Bot.Concerns;

/// <summary>Adds citizen concerns: the store, categories, the working calendar, the feature and the deadline job.</summary>
public static partial class ConcernsServiceCollectionExtensions
{
    /// <summary>Adds the concerns feature with its LiteDB store, chart renderer and hourly deadline check.</summary>
    public static IServiceCollection AddConcerns(this IServiceCollection services)
    {
        services.AddOptions<ConcernSettings>()
            .BindConfiguration(ConcernSettings.SectionName)
            .PostConfigure<IOptions<BotOptions>>((settings, bot) =>
            {
                settings.StaffChatId = bot.Value.StaffChatId;
                settings.TimeZoneId = bot.Value.TimeZone;
            })
            .ValidateDataAnnotations()
            .Validate(s => s.DescriptionMinLength < s.DescriptionMaxLength, "Concerns__DescriptionMinLength must be below Concerns__DescriptionMaxLength.")
            .ValidateOnStart();
        services.AddSingleton<ConcernStore>();
        services.AddSingleton<IChartRenderer, ScottPlotChartRenderer>();
        services.AddSingleton(sp => Categories.Load(sp.GetRequiredService<SeedsFolder>().Path));
        services.AddSingleton(sp =>
        {
            var calendar = WorkingCalendar.Load(sp.GetRequiredService<SeedsFolder>().Path);
            var year = sp.GetRequiredService<TimeProvider>().GetUtcNow().Year;
            if (!calendar.Covers(year))
            {
                LogCalendarNotCovering(sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConcernsServiceCollectionExtensions).FullName!), year);
            }

            return calendar;
        });
        services.AddSingleton(sp => new ConcernsFeature(
            sp.GetRequiredService<ConcernStore>(),
            sp.GetRequiredService<Regions>(),
            sp.GetRequiredService<Categories>(),
            sp.GetRequiredService<WorkingCalendar>(),
            sp.GetRequiredService<IOptions<ConcernSettings>>().Value,
            sp.GetRequiredService<IChartRenderer>(),
            sp.GetService<UserBans>()));
        services.AddSingleton<Feature>(sp => sp.GetRequiredService<ConcernsFeature>());
        services.AddSingleton<IPersonalData>(sp => sp.GetRequiredService<ConcernsFeature>().PersonalData);
        services.AddSingleton(sp =>
        {
            var feature = sp.GetRequiredService<ConcernsFeature>();
            return new ScheduledJob("concern-deadlines", TimeSpan.FromHours(1), feature.CheckDeadlines);
        });
        return services;
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "seeds/calendar.json has no public holidays for {Year}: due dates count only weekends until the calendar is updated.")]
    private static partial void LogCalendarNotCovering(ILogger logger, int year);
}
