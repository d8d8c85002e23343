using Microsoft.Extensions.DependencyInjection;

namespace Senate.Bot.Storage;

/// <summary>Adds scheduled backups of the database.</summary>
public static class BackupsServiceCollectionExtensions
{
    /// <summary>Adds <see cref="DatabaseBackups"/> and the <see cref="BackupScheduler"/> (built when it starts).</summary>
    public static IServiceCollection AddBackups(this IServiceCollection services)
    {
        services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DatabaseBackups>();
        services.AddSingleton<BackupScheduler>();
        services.AddHostedService(sp => new DeferredHostedService<BackupScheduler>(sp));
        return services;
    }
}
