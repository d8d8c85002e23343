using Microsoft.Extensions.DependencyInjection;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Privacy;

namespace Senate.Bot.Privacy;

/// <summary>Adds a citizen's control over their data: consents, <c>/mydata</c>, <c>/forget</c>, erasure records.</summary>
public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// Adds the privacy feature over every <see cref="IPersonalData"/> part registered by the other features (each adds
    /// its own in its <c>AddXxx</c>, as concerns and youth programmes do; digests add their subscriptions the same way).
    /// </summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<ConsentStore>();
        services.AddSingleton<IConsentStore>(sp => sp.GetRequiredService<ConsentStore>());
        services.AddSingleton<ErasureStore>();
        services.AddSingleton(sp => new PrivacyFeature(
            sp.GetServices<IPersonalData>(),
            sp.GetRequiredService<IConsentStore>(),
            sp.GetRequiredService<ErasureStore>()));
        services.AddSingleton<Feature>(sp => sp.GetRequiredService<PrivacyFeature>());
        return services;
    }
}
