using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Senate.Bot.Telegram;

/// <summary>Adds the Telegram side: the client, receiving (poller, scheduler, processor) and sending (outbox, sender).</summary>
public static class TelegramServiceCollectionExtensions
{
    /// <summary>Adds the Telegram adapter and its hosted services.</summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // The request URL holds the token (…/bot<token>/method): the HTTP client's own logging would write it out.
        services.AddHttpClient("telegram", client => client.Timeout = TimeSpan.FromSeconds(100))
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // Telegram neither redirects Bot API calls nor sets cookies, and nothing traces the bot's calls across
                // services: each of these is a layer every call would pass through for nothing.
                AllowAutoRedirect = false,
                UseCookies = false,
                ActivityHeadersPropagator = null,
            });
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient("telegram");

            // The library's own retry would sleep through a 429 inside the call, holding up the sender;
            // OutboundSender waits per chat instead.
            return new TelegramBotClient(new TelegramBotClientOptions(options.BotToken, options.ApiBaseUrl) { RetryThreshold = 0, RetryCount = 0 }, http);
        });
        services.TryAddKeyedSingleton(TransportClock.Key, TimeProvider.System);
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<StaffDirectory>();
        services.AddSingleton<ReplyRenderer>();
        services.AddSingleton<SendLimits>();
        services.AddSingleton<OutboundSender>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<UpdateProcessor>();
        services.AddSingleton<ChatScheduler>();
        services.AddSingleton<UpdateSource>();
        services.AddSingleton<UpdateIntake>();
        services.AddSingleton<PollingStart>();
        services.AddSingleton<CommandRegistrar>();
        services.AddHostedService<BotLifetime>();
        services.AddHostedService<UpdatePoller>();
        return services;
    }
}
