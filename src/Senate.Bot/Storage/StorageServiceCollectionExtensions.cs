using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Senate.Bot.Storage;

/// <summary>Adds the LiteDB storage: the one database, its writer thread and the stores.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds <see cref="BotDatabase"/>, <see cref="DatabaseWriter"/> and the host's stores.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new BotDatabase(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.FullPath(sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        services.AddSingleton(sp => new DatabaseWriter(
            sp.GetRequiredService<BotDatabase>(),
            sp.GetRequiredService<ILogger<DatabaseWriter>>(),
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.MaxBatch));
        services.AddSingleton<UserStore>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<ChatCursorStore>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<MessageTagStore>();
        services.AddSingleton<RejectedUpdateStore>();
        return services;
    }
}
