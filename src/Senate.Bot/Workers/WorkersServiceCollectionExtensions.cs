using Microsoft.Extensions.DependencyInjection;

namespace Senate.Bot.Workers;

/// <summary>Adds the background job runner.</summary>
public static class WorkersServiceCollectionExtensions
{
    /// <summary>Adds <see cref="JobRunner"/> (once) as a hosted service and as itself, for tests and tools.</summary>
    public static IServiceCollection AddWorkers(this IServiceCollection services)
    {
        services.AddSingleton<JobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        return services;
    }
}
