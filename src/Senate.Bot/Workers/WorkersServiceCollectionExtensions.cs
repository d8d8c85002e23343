using Microsoft.Extensions.DependencyInjection;

namespace Senate.Bot.Workers;

/// <summary>Adds the background job runner.</summary>
public static class WorkersServiceCollectionExtensions
{
    /// <summary>Adds <see cref="JobRunner"/> (once) as a hosted service, built when it starts, and as itself, for tests and tools.</summary>
    public static IServiceCollection AddWorkers(this IServiceCollection services)
    {
        services.AddSingleton<JobRunner>();
        services.AddHostedService(sp => new DeferredHostedService<JobRunner>(sp));
        return services;
    }
}
