using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Deliveries;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Domain.Privacy;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Telegram;
using Senate.Bot.Workers;

namespace Senate.Bot.Digests;

/// <summary>Adds meeting digests' storage: the digest and subscription stores, the search index and the start-up import.</summary>
public static class DigestsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DigestStore"/> (<see cref="IDigestStore"/>), <see cref="SubscriptionStore"/>
    /// (<see cref="ISubscriptionStore"/>), <see cref="DigestSearch"/> (<see cref="IDigestSearch"/>) and
    /// <see cref="DigestStartup"/>, which imports the seed digests and builds the index when the host starts.
    /// Needs the storage (<c>AddStorage</c>) and the core (<c>AddBotCore</c>).
    /// </summary>
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.AddSingleton<DigestSearch>();
        services.AddSingleton<IDigestSearch>(sp => sp.GetRequiredService<DigestSearch>());
        services.AddSingleton<DigestStore>();
        services.AddSingleton<IDigestStore>(sp => sp.GetRequiredService<DigestStore>());
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<ISubscriptionStore>(sp => sp.GetRequiredService<SubscriptionStore>());
        services.AddSingleton<DigestStartup>();
        services.TryAddSingleton<StartupWork>();
        services.AddHostedService(sp => new DeferredHostedService<DigestStartup>(sp));
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IReaders, UserReaders>();
        services.AddSingleton(sp =>
        {
            var identity = sp.GetRequiredService<BotIdentity>();
            var options = sp.GetRequiredService<IOptions<DigestOptions>>().Value;
            return new DigestSettings
            {
                TimeZone = sp.GetRequiredService<IOptions<BotOptions>>().Value.Zone(),
                BotUsername = () => identity.Username,
                PageSize = options.PageSize,
            };
        });
        services.AddSingleton(sp => new DigestsFeature(
            sp.GetRequiredService<IDigestStore>(),
            sp.GetRequiredService<ISubscriptionStore>(),
            sp.GetRequiredService<IDigestSearch>(),
            sp.GetRequiredService<IReaders>(),
            sp.GetRequiredService<Regions>(),
            sp.GetRequiredService<DigestSettings>(),
            sp.GetRequiredService<IDeliveryStore>(),
            sp.GetService<IAuditLog>()));
        services.AddSingleton(sp => sp.GetRequiredService<DigestsFeature>().DeliverySource);
        services.AddSingleton<Feature>(sp => sp.GetRequiredService<DigestsFeature>());
        services.AddSingleton<Feature>(sp => sp.GetRequiredService<DigestsFeature>().Staff);
        services.AddSingleton<IPersonalData>(sp => sp.GetRequiredService<DigestsFeature>().PersonalData);
        services.AddSingleton(sp => new ScheduledJob("digest-publishing", Options(sp).ScheduleInterval, sp.GetRequiredService<DigestsFeature>().PublishDue));
        services.AddSingleton(sp => new ScheduledJob("digest-delivery", Options(sp).DeliveryInterval, sp.GetRequiredService<DigestsFeature>().Deliver));
        services.AddSingleton(sp => new ScheduledJob("digest-rollup", Options(sp).ScheduleInterval, sp.GetRequiredService<DigestsFeature>().SendRollups));
        return services;
    }

    private static DigestOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<DigestOptions>>().Value;
}
