using System.ComponentModel.DataAnnotations;

namespace Senate.Bot.Telegram;

/// <summary>How to reach Telegram (<c>Telegram__BotToken</c>, <c>Telegram__ApiBaseUrl</c>).</summary>
public sealed class TelegramOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Telegram";

    /// <summary>The bot token from BotFather.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Set Telegram__BotToken to the bot's token from @BotFather (or try the bot locally with: dotnet run --project src/Senate.Bot.Playground).")]
    [RegularExpression(@"^\d+:[A-Za-z0-9_\-]+$", ErrorMessage = "Telegram__BotToken does not look like a bot token (<digits>:<letters>).")]
    public string BotToken { get; set; } = string.Empty;

    /// <summary>The Bot API server.</summary>
    [Required]
    [Url]
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>getUpdates long-polling timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(25);
}
