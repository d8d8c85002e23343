using Microsoft.AspNetCore.Routing;

namespace Senate.Bot.LocalBotApi;

/// <summary>
/// Settings of the in-process fake Bot API (<see cref="LocalBotApiServer"/>): the bot's identity, the port,
/// Telegram's rate limits to enforce and the people the playground page offers.
/// </summary>
public sealed class LocalBotApiOptions
{
    /// <summary>The bot token the server accepts; any other token gets 401.</summary>
    public string Token { get; set; } = "100000:local-bot-token";

    /// <summary>The bot's user id (what getMe returns).</summary>
    public long BotId { get; set; } = 100000;

    /// <summary>The bot's username, without the at sign.</summary>
    public string BotUsername { get; set; } = "SenateLocalBot";

    /// <summary>The bot's display name.</summary>
    public string BotName { get; set; } = "Senate Bot (local)";

    /// <summary>The TCP port; 0 picks a free one. The server always binds 127.0.0.1 only.</summary>
    public int Port { get; set; }

    /// <summary>Registers <see cref="PlaygroundUsers"/> and the staff group, for a web chat that acts as them.</summary>
    public bool ServePlayground { get; set; }

    /// <summary>Maps extra endpoints (the playground's web chat) on the server's address.</summary>
    public Action<IEndpointRouteBuilder>? MapPages { get; set; }

    /// <summary>Sustained sending rate allowed to one chat (token bucket refill, per second).</summary>
    public double PerChatPerSecond { get; set; } = 1;

    /// <summary>Burst allowed to one chat (token bucket size).</summary>
    public int PerChatBurst { get; set; } = 3;

    /// <summary>Sustained sending rate allowed over all chats (per second).</summary>
    public double GlobalPerSecond { get; set; } = 30;

    /// <summary>Burst allowed over all chats.</summary>
    public int GlobalBurst { get; set; } = 30;

    /// <summary>
    /// Answers 429 with <c>retry_after</c> (whole seconds, at least 1) when a sending call exceeds a limit.
    /// When false, such calls succeed but are still counted in <see cref="ServerStats.LimitExceeded"/>.
    /// </summary>
    public bool EnforceLimits { get; set; } = true;

    /// <summary>The people the playground page lets one act as. Registered as users when the playground is served.</summary>
    public IList<PlaygroundUser> PlaygroundUsers { get; } =
    [
        new(1001, "Aigerim", "kk"),
        new(1002, "Ivan", "ru"),
        new(1003, "John", "en"),
    ];

    /// <summary>The staff group chat the playground page can switch to (a negative id); null hides the switch.</summary>
    public long? PlaygroundStaffChatId { get; set; }

    /// <summary>The title of <see cref="PlaygroundStaffChatId"/>.</summary>
    public string PlaygroundStaffChatTitle { get; set; } = "Senate staff";

    /// <summary>How long a webhook request may take before it counts as failed (Telegram's server waits about a minute).</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The first wait before a failed webhook post is tried again (doubling up to a minute), unless the answer says Retry-After.</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The clock for message dates, long-polling timeouts and rate limits.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
