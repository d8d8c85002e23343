using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot;

/// <summary>Adds the product's core: options, texts, reference data and the conversation engine over the features.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>Adds <see cref="BotOptions"/>, the text catalog, the regions and the <see cref="BotEngine"/>.</summary>
    public static IServiceCollection AddBotCore(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Bot__TimeZone is not a known time zone (use an IANA name such as Asia/Almaty).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient(typeof(Lazy<>), typeof(LazyService<>));
        // Parsed when first asked for (the first update or the command menus), not while the host is being built.
        services.AddSingleton(_ => TextCatalog.Default);
        services.AddSingleton(sp => new SeedsFolder(SeedFiles.Locate(sp.GetRequiredService<IOptions<BotOptions>>().Value.SeedsPath)));
        services.AddSingleton(sp => Regions.Load(sp.GetRequiredService<SeedsFolder>().Path));
        services.AddSingleton(sp => new BotEngine(
            sp.GetServices<Feature>(),
            sp.GetRequiredService<IOptions<BotOptions>>().Value.DraftIdleTimeout));
        return services;
    }
}

/// <summary>The resolved seeds folder.</summary>
/// <param name="Path">Its full path.</param>
public sealed record SeedsFolder(string Path);
