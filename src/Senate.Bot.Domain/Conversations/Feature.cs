using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Conversations;

/// <summary>
/// A capability of the bot (concerns, youth programmes…): its main-menu entries, commands, deep links, buttons
/// and flows. The engine routes inputs to the feature that owns them; a feature adds its own menu entry.
/// </summary>
public abstract class Feature
{
    /// <summary>The feature's name.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// The prefix of the callback data of the feature's own buttons (those not tied to a step, such as a list of
    /// a user's concerns); data is <c>prefix:rest</c>. Every press is re-authorised in <see cref="OnButton"/>.
    /// </summary>
    public virtual string? ButtonPrefix => null;

    /// <summary>Main-menu entries for this turn's user; each is a button of this feature.</summary>
    public virtual IEnumerable<MenuEntry> MenuEntries(Turn turn) => [];

    /// <summary>The feature's lines on the /settings screen, each with a button that changes it.</summary>
    public virtual IEnumerable<SettingsEntry> SettingsEntries(Turn turn) => [];

    /// <summary>The commands the feature answers (registered with Telegram for each language).</summary>
    public virtual IEnumerable<CommandInfo> Commands => [];

    /// <summary>The deep-link payload prefixes the feature opens (<c>/start event_12</c> has prefix <c>event_</c>).</summary>
    public virtual IEnumerable<string> DeepLinkPrefixes => [];

    /// <summary>Handles one of the feature's commands.</summary>
    public virtual void OnCommand(Turn turn, CommandInput command) { }

    /// <summary>Handles a press of one of the feature's buttons; <paramref name="data"/> is without the prefix.</summary>
    public virtual void OnButton(Turn turn, string data) => turn.UnknownButton();

    /// <summary>Handles a <c>/start</c> payload with one of the feature's prefixes.</summary>
    public virtual void OnDeepLink(Turn turn, string payload) { }

    /// <summary>Handles a staff member's reply, in a group chat, to a tagged message of the bot; true if it was the feature's.</summary>
    public virtual bool OnGroupInput(Turn turn, ReplyToBotInput reply) => false;

    /// <summary>Recreates one of the feature's flows from its record, or returns null if the flow is not the feature's.</summary>
    public virtual Conversation? Restore(ConversationRecord record) => null;
}

/// <summary>A main-menu entry: a label and the callback data of the feature's button it presses.</summary>
public sealed record MenuEntry(TextKey Label, string Data);

/// <summary>A line of the /settings screen (what is set now) and the button that changes it.</summary>
public sealed record SettingsEntry(Text Summary, MenuEntry Change);

/// <summary>A command with its description; staff commands are answered only for staff and not advertised to others.</summary>
public sealed record CommandInfo(string Name, TextKey Description, StaffRole RequiredRole = StaffRole.None);
