using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Youth;
using Senate.Bot.Telegram;
using Senate.Bot.Workers;

namespace Senate.Bot.Youth;

/// <summary>Adds the youth programmes: stores, programmes, the participant and staff features, reminders and retention.</summary>
public static class YouthServiceCollectionExtensions
{
    /// <summary>Adds the youth programmes feature with its LiteDB stores and its scheduled jobs.</summary>
    public static IServiceCollection AddYouthProgrammes(this IServiceCollection services)
    {
        services.AddSingleton<YouthEventStore>();
        services.AddSingleton<RegistrationStore>();
        services.AddSingleton<ParticipantProfileStore>();
        services.AddSingleton(sp => new YouthStores(
            sp.GetRequiredService<YouthEventStore>(),
            sp.GetRequiredService<RegistrationStore>(),
            sp.GetRequiredService<ParticipantProfileStore>()));
        services.AddSingleton(sp => Programmes.Load(sp.GetRequiredService<SeedsFolder>().Path));
        services.AddOptions<YouthOptions>()
            .BindConfiguration(YouthOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.DefaultMinAge <= o.DefaultMaxAge, "Youth__DefaultMinAge must not be above Youth__DefaultMaxAge.")
            .Validate(o => o.Reminders.All(offset => offset > TimeSpan.Zero), "Youth__ReminderOffsets must all be positive durations.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var identity = sp.GetRequiredService<BotIdentity>();
            var options = sp.GetRequiredService<IOptions<YouthOptions>>().Value;
            return new YouthSettings
            {
                TimeZone = sp.GetRequiredService<IOptions<BotOptions>>().Value.Zone(),
                BotUsername = () => identity.Username,
                DefaultMinAge = options.DefaultMinAge,
                DefaultMaxAge = options.DefaultMaxAge,
                ReminderOffsets = options.Reminders,
                ReminderMaxDelay = options.ReminderMaxDelay,
                EventDuration = options.EventDuration,
                RetentionAfterEvent = options.RetentionAfterEvent,
            };
        });
        services.AddSingleton(sp => new YouthFeature(
            sp.GetRequiredService<YouthStores>(),
            sp.GetRequiredService<Programmes>(),
            sp.GetRequiredService<Regions>(),
            sp.GetRequiredService<YouthSettings>()));
        services.AddSingleton<Feature>(sp => sp.GetRequiredService<YouthFeature>());
        services.AddSingleton<Feature>(sp => sp.GetRequiredService<YouthFeature>().Staff);
        services.AddSingleton(sp => sp.GetRequiredService<YouthFeature>().PersonalData);
        services.AddSingleton(sp => Job("youth-reminders", TimeSpan.FromMinutes(1), sp, ReminderPlanner.Run));
        services.AddSingleton(sp => Job("youth-retention", TimeSpan.FromDays(1), sp, YouthRetention.Run));
        return services;
    }

    private static ScheduledJob Job(string name, TimeSpan interval, IServiceProvider sp, Func<DateTimeOffset, YouthStores, YouthSettings, IReadOnlyList<Reply>> run)
    {
        var stores = sp.GetRequiredService<YouthStores>();
        var settings = sp.GetRequiredService<YouthSettings>();
        return new ScheduledJob(name, interval, now => run(now, stores, settings));
    }
}
