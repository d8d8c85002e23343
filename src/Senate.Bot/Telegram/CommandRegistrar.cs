using Microsoft.Extensions.Logging;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Staff;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Senate.Bot.Telegram;

/// <summary>
/// Registers the bot's commands with setMyCommands: the public ones for private chats in each language (and
/// without a language, in Russian), the staff ones for the staff chat, and for each staff member's own chat the
/// public ones and those of their roles (<see cref="RegisterFor"/>, called as roles change).
/// </summary>
public sealed partial class CommandRegistrar(
    ITelegramBotClient bot,
    BotEngine engine,
    Microsoft.Extensions.Options.IOptions<BotOptions> options,
    TextCatalog catalog,
    ILogger<CommandRegistrar> logger)
{
    /// <summary>Registers everything; failures are logged and do not stop the bot.</summary>
    public async Task Register(CancellationToken cancellationToken)
    {
        var zone = options.Value.Zone();
        var all = engine.AllCommands.ToList();
        var everyone = all.Where(c => c.RequiredRole == StaffRole.None).ToList();
        foreach (var language in Languages.All)
        {
            await Set(everyone, language, new BotCommandScopeAllPrivateChats(), language.Code(), zone, cancellationToken).ConfigureAwait(false);
        }

        await Set(everyone, Language.Ru, new BotCommandScopeAllPrivateChats(), null, zone, cancellationToken).ConfigureAwait(false);

        if (options.Value.StaffChatId is { } staffChat)
        {
            var staffCommands = all.Where(c => c.RequiredRole != StaffRole.None).ToList();
            await Set(staffCommands, Language.Ru, new BotCommandScopeChat { ChatId = staffChat }, null, zone, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sets the command menu of a person's private chat to the public commands and those their roles allow, in their
    /// language; for someone without a role, removes it so they see the public menu again. Failures are logged.
    /// </summary>
    public async Task RegisterFor(long chatId, StaffAccess access, Language language, CancellationToken cancellationToken)
    {
        var scope = new BotCommandScopeChat { ChatId = chatId };
        if (access.IsStaff)
        {
            var commands = engine.AllCommands.Where(c => c.RequiredRole == StaffRole.None || access.Can(c.RequiredRole)).ToList();
            await Set(commands, language, scope, null, options.Value.Zone(), cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await bot.DeleteMyCommands(scope, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(e, scope.Type.ToString(), "default");
        }
    }

    private async Task Set(List<CommandInfo> commands, Language language, BotCommandScope scope, string? code, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        if (commands.Count == 0)
        {
            return;
        }

        try
        {
            var list = commands.Select(c => new BotCommand(c.Name, catalog.RenderPlain(c.Description, language, zone)));
            await bot.SetMyCommands(list, scope, code, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(e, scope.Type.ToString(), code ?? "default");
        }
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "setMyCommands for {Scope}/{Language} failed; the command menu may be out of date.")]
    private partial void LogFailed(Exception exception, string scope, string language);
}
