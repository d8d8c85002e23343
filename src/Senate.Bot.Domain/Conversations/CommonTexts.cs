using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Conversations;

/// <summary>Texts of the engine itself: languages, menu, help, cancelling, stale buttons, errors.</summary>
public static class CommonTexts
{
    /// <summary>Asks to choose a language (shown in all three).</summary>
    public static readonly TextKey ChooseLanguage = new("common.choose_language");
    /// <summary>The language's own name on its button.</summary>
    public static readonly TextKey LanguageName = new("common.language_name");
    /// <summary>Marks the preselected language on its button: {0} is the name.</summary>
    public static readonly TextKey LanguageSuggested = new("common.language_suggested");
    /// <summary>Confirms the chosen language.</summary>
    public static readonly TextKey LanguageSet = new("common.language_set");
    /// <summary>The greeting after the language is chosen.</summary>
    public static readonly TextKey Welcome = new("common.welcome");
    /// <summary>The main menu's heading.</summary>
    public static readonly TextKey MenuTitle = new("common.menu_title");
    /// <summary>The heading when no feature offers anything to this user.</summary>
    public static readonly TextKey MenuEmpty = new("common.menu_empty");
    /// <summary>Reminds of an unfinished flow: {0} is its title.</summary>
    public static readonly TextKey MenuUnfinished = new("common.menu_unfinished");
    /// <summary>Button: continue the unfinished flow.</summary>
    public static readonly TextKey MenuContinue = new("common.menu_continue");
    /// <summary>Button: change the language.</summary>
    public static readonly TextKey MenuLanguage = new("common.menu_language");
    /// <summary>Button: back to the main menu.</summary>
    public static readonly TextKey MenuBack = new("common.menu_back");
    /// <summary>The /help text.</summary>
    public static readonly TextKey Help = new("common.help");
    /// <summary>The /help section listing staff commands.</summary>
    public static readonly TextKey HelpStaff = new("common.help_staff");
    /// <summary>A flow was cancelled: {0} is its title.</summary>
    public static readonly TextKey Cancelled = new("common.cancelled");
    /// <summary>/cancel with nothing in progress.</summary>
    public static readonly TextKey NothingToCancel = new("common.nothing_to_cancel");
    /// <summary>Starting a flow discarded another: {0} is the old flow's title.</summary>
    public static readonly TextKey FlowReplaced = new("common.flow_replaced");
    /// <summary>A draft was idle too long and was discarded: {0} is its title.</summary>
    public static readonly TextKey DraftExpired = new("common.draft_expired");
    /// <summary>A button from an older message.</summary>
    public static readonly TextKey ButtonStale = new("common.button_stale");
    /// <summary>A button whose data the bot never issued or no longer understands.</summary>
    public static readonly TextKey ButtonUnknown = new("common.button_unknown");
    /// <summary>An unknown command.</summary>
    public static readonly TextKey CommandUnknown = new("common.command_unknown");
    /// <summary>A command the user is not allowed to use.</summary>
    public static readonly TextKey NotAllowed = new("common.not_allowed");
    /// <summary>A message outside any flow.</summary>
    public static readonly TextKey UseMenu = new("common.use_menu");
    /// <summary>An unknown deep link.</summary>
    public static readonly TextKey DeepLinkUnknown = new("common.deep_link_unknown");
    /// <summary>The apology after an internal error.</summary>
    public static readonly TextKey Apology = new("common.apology");
    /// <summary>The answer to a banned user.</summary>
    public static readonly TextKey Banned = new("common.banned");
    /// <summary>Command descriptions for Telegram's command menu.</summary>
    public static readonly TextKey CommandStart = new("common.command_start");
    /// <summary>Description of /menu.</summary>
    public static readonly TextKey CommandMenu = new("common.command_menu");
    /// <summary>Description of /help.</summary>
    public static readonly TextKey CommandHelp = new("common.command_help");
    /// <summary>Description of /cancel.</summary>
    public static readonly TextKey CommandCancel = new("common.command_cancel");
    /// <summary>Description of /language.</summary>
    public static readonly TextKey CommandLanguage = new("common.command_language");
    /// <summary>A line of the staff help: {0} command, {1} description.</summary>
    public static readonly TextKey HelpCommandLine = new("common.help_command_line");
    /// <summary>A message type a step cannot use: e.g. a sticker where text is wanted.</summary>
    public static readonly TextKey UnsupportedMessage = new("common.unsupported_message");
    /// <summary>Button: skip an optional step.</summary>
    public static readonly TextKey Skip = new("common.skip");
    /// <summary>Button: back.</summary>
    public static readonly TextKey Back = new("common.back");
    /// <summary>Button: cancel the flow.</summary>
    public static readonly TextKey CancelButton = new("common.cancel_button");
    /// <summary>Button: confirm.</summary>
    public static readonly TextKey Confirm = new("common.confirm");
    /// <summary>Button: yes.</summary>
    public static readonly TextKey Yes = new("common.yes");
    /// <summary>Button: no.</summary>
    public static readonly TextKey No = new("common.no");
    /// <summary>Date format argument holder: {0:dd.MM.yyyy}.</summary>
    public static readonly TextKey Date = new("common.date");
    /// <summary>Date and time: {0:dd.MM.yyyy HH:mm}.</summary>
    public static readonly TextKey DateTime = new("common.date_time");
    /// <summary>Just the argument: {0}.</summary>
    public static readonly TextKey Plain = new("common.plain");
    /// <summary>Button: next page.</summary>
    public static readonly TextKey NextPage = new("common.next_page");
    /// <summary>Button: previous page.</summary>
    public static readonly TextKey PreviousPage = new("common.previous_page");
}
