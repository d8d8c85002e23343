using Microsoft.Extensions.DependencyInjection;
using Senate.Bot.Domain.Digests;

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
        services.AddHostedService<DigestStartup>();
        return services;
    }
}
