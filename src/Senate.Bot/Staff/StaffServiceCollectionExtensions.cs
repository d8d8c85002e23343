using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Staff;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Staff;

/// <summary>Adds staff roles, bans and the audit log: their stores, the features, command menus and forum topics.</summary>
public static class StaffServiceCollectionExtensions
{
    /// <summary>
    /// Adds the staff roster (admins from <c>Bot__AdminIds</c>, members from LiteDB), bans, the audit log, the
    /// <c>/staff</c>, <c>/banned</c> and <c>/audit</c> features, the per-person command menus and the staff chat's topics.
    /// </summary>
    public static IServiceCollection AddStaff(this IServiceCollection services)
    {
        services.AddSingleton<StaffMenuChanges>();
        services.AddSingleton<StaffStore>();
        services.AddSingleton<IStaffStore>(sp => sp.GetRequiredService<StaffStore>());
        services.AddSingleton(sp => new StaffRoster(sp.GetRequiredService<IStaffStore>(), [.. sp.GetRequiredService<IOptions<BotOptions>>().Value.AdminIds]));
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<IUserDirectory>(sp => sp.GetRequiredService<UserDirectory>());
        services.AddSingleton<UserBans>();
        services.AddSingleton<AuditStore>();
        services.AddSingleton<IAuditLog>(sp => sp.GetRequiredService<AuditStore>());
        services.AddSingleton<TurnRecords>();
        services.AddSingleton<ForumTopics>();
        services.AddSingleton(sp => new StaffFeature(
            sp.GetRequiredService<StaffRoster>(),
            sp.GetRequiredService<UserBans>(),
            sp.GetRequiredService<IUserDirectory>(),
            sp.GetRequiredService<Regions>()));
        services.AddSingleton<Feature>(sp => sp.GetRequiredService<StaffFeature>());
        services.AddSingleton<Feature>(sp => new AuditFeature(
            sp.GetRequiredService<IAuditLog>(),
            sp.GetRequiredService<StaffRoster>(),
            sp.GetRequiredService<IUserDirectory>(),
            sp.GetRequiredService<IOptions<BotOptions>>().Value.Zone()));
        services.AddSingleton<StaffCommandMenus>();
        // Built when started, after the poller: the menus need the engine with every feature and store.
        services.AddHostedService(sp => new DeferredHostedService<StaffCommandMenus>(sp));
        return services;
    }
}
