using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Senate.Bot.Domain.Staff;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Storage;
using Senate.Bot.Telegram;

namespace Senate.Bot.Staff;

/// <summary>
/// Keeps each staff member's command menu (setMyCommands for their private chat) in line with their roles: at start
/// for everyone on staff, and again for a person as soon as a change of their roles is committed; someone removed
/// from staff gets the public menu back. Failures are logged; the menu is set again at the next start.
/// </summary>
public sealed partial class StaffCommandMenus(
    StaffMenuChanges changes,
    StaffRoster roster,
    CommandRegistrar registrar,
    UserStore users,
    ILogger<StaffCommandMenus> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var (userId, access) in roster.Everyone().ToList())
            {
                await registrar.RegisterFor(userId, access, LanguageOf(userId), stoppingToken).ConfigureAwait(false);
            }

            await foreach (var userId in changes.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await registrar.RegisterFor(userId, roster.AccessOf(userId), LanguageOf(userId), stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the menus are set again at the next start.
        }
        catch (Exception e)
        {
            LogFailed(e);
        }
    }

    private Language LanguageOf(long userId) => users.Get(userId)?.Language ?? Language.Ru;

    [LoggerMessage(EventId = 7101, Level = LogLevel.Error, Message = "Keeping staff command menus up to date failed; they are set again at the next start.")]
    private partial void LogFailed(Exception exception);
}
