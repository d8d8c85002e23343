using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Broadcasts;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Deliveries;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Domain.Privacy;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Broadcasts;

/// <summary>Adds announcements: their store, the audience directory, the feature and its delivery source.</summary>
public static class BroadcastsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="BroadcastOptions"/> (section <c>Broadcasts</c>), <see cref="BroadcastStore"/>,
    /// <see cref="AudienceDirectory"/> and <see cref="BroadcastsFeature"/> with its <see cref="IDeliverySource"/> and
    /// <see cref="IPersonalData"/> part. Needs the storage, the core, the youth programmes (events) and the deliveries.
    /// </summary>
    public static IServiceCollection AddBroadcasts(this IServiceCollection services)
    {
        services.AddOptions<BroadcastOptions>().BindConfiguration(BroadcastOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BroadcastStore>();
        services.AddSingleton<IBroadcastStore>(sp => sp.GetRequiredService<BroadcastStore>());
        services.AddSingleton<IAudienceDirectory, AudienceDirectory>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<BroadcastOptions>>().Value;
            return new BroadcastSettings
            {
                TimeZone = sp.GetRequiredService<IOptions<BotOptions>>().Value.Zone(),
                ConfirmAbove = options.ConfirmAbove,
                RecallWindow = options.RecallWindow,
            };
        });
        services.AddSingleton(sp => new BroadcastsFeature(
            sp.GetRequiredService<IBroadcastStore>(),
            sp.GetRequiredService<IDeliveryStore>(),
            sp.GetRequiredService<IAudienceDirectory>(),
            sp.GetRequiredService<IReaders>(),
            sp.GetRequiredService<YouthStores>().Events,
            sp.GetRequiredService<Regions>(),
            sp.GetRequiredService<Programmes>(),
            sp.GetRequiredService<BroadcastSettings>(),
            sp.GetService<IAuditLog>()));
        services.AddSingleton<Feature>(sp => sp.GetRequiredService<BroadcastsFeature>());
        services.AddSingleton(sp => sp.GetRequiredService<BroadcastsFeature>().DeliverySource);
        services.AddSingleton(sp => sp.GetRequiredService<BroadcastsFeature>().PersonalData);
        return services;
    }
}
