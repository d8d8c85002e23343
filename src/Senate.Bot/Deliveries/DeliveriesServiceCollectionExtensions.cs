using Microsoft.Extensions.DependencyInjection;
using Senate.Bot.Domain.Deliveries;
using Senate.Bot.Telegram;

namespace Senate.Bot.Deliveries;

/// <summary>Adds the delivery engine that digests and broadcasts share.</summary>
public static class DeliveriesServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DeliveryStore"/> (<see cref="IDeliveryStore"/>), the engine's rules over every registered
    /// <see cref="IDeliverySource"/>, <see cref="DeliveryLedger"/> (told by the dispatcher how each message ended) and
    /// <see cref="DeliveryEngine"/> as a hosted service. Needs the storage, the Telegram side and the features' sources.
    /// </summary>
    public static IServiceCollection AddDeliveries(this IServiceCollection services)
    {
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<DeliveryStore>();
        services.AddSingleton<IDeliveryStore>(sp => sp.GetRequiredService<DeliveryStore>());
        services.AddSingleton(sp => new Domain.Deliveries.Deliveries(
            sp.GetRequiredService<IDeliveryStore>(),
            sp.GetRequiredService<Domain.Digests.IReaders>(),
            sp.GetServices<IDeliverySource>()));
        services.AddSingleton<DeliveryLedger>();
        services.AddSingleton<IOutboxOutcomes>(sp => sp.GetRequiredService<DeliveryLedger>());
        services.AddSingleton<DeliveryEngine>();
        services.AddHostedService(sp => new DeferredHostedService<DeliveryEngine>(sp));
        return services;
    }
}
