using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Conversations;

/// <summary>Texts of the engine itself: languages, menu, help, cancelling, stale buttons, errors.</summary>
public static class CommonTexts
{
    /// <summary>Asks to choose a language (shown in all three).</summary>
    public static readonly TextKey ChooseLanguage = new("common.choose_language");
    /// <summary>The language's own name on its button.</summary>
    public static readonly TextKey LanguageName = new("common.language_name");
    /// <summary>Marks the current (or suggested) language on its button: {language}.</summary>
    public static readonly TextKey LanguageSuggested = new("common.language_suggested");
    /// <summary>Confirms the chosen language.</summary>
    public static readonly TextKey LanguageSet = new("common.language_set");
    /// <summary>The greeting after the language is chosen.</summary>
    public static readonly TextKey Welcome = new("common.welcome");
    /// <summary>The main menu's heading.</summary>
    public static readonly TextKey MenuTitle = new("common.menu_title");
    /// <summary>The heading when no feature offers anything to this user.</summary>
    public static readonly TextKey MenuEmpty = new("common.menu_empty");
    /// <summary>Reminds of an unfinished flow: {title} is its title.</summary>
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
    /// <summary>A flow was cancelled: {title} is its title.</summary>
    public static readonly TextKey Cancelled = new("common.cancelled");
    /// <summary>/cancel with nothing in progress.</summary>
    public static readonly TextKey NothingToCancel = new("common.nothing_to_cancel");
    /// <summary>Starting a flow discarded another: {title} is the old flow's title.</summary>
    public static readonly TextKey FlowReplaced = new("common.flow_replaced");
    /// <summary>A draft was idle too long and was discarded: {title} is its title.</summary>
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
    /// <summary>Description of /settings.</summary>
    public static readonly TextKey CommandSettings = new("common.command_settings");
    /// <summary>Button: the settings screen.</summary>
    public static readonly TextKey MenuSettings = new("common.menu_settings");
    /// <summary>The settings screen's heading.</summary>
    public static readonly TextKey SettingsTitle = new("common.settings_title");
    /// <summary>The settings line for the language: {language}.</summary>
    public static readonly TextKey SettingsLanguage = new("common.settings_language");
    /// <summary>A form's state is one this version no longer has: {title}.</summary>
    public static readonly TextKey FlowOutdated = new("common.flow_outdated");
    /// <summary>A chosen option of a multi-select: {choice}.</summary>
    public static readonly TextKey Selected = new("common.selected");
    /// <summary>Shown in place of a question's buttons once one is pressed: {choice}.</summary>
    public static readonly TextKey Chosen = new("common.chosen");
    /// <summary>After a wrong input at a step whose answer is one of its buttons.</summary>
    public static readonly TextKey UseButtonsAbove = new("common.use_buttons_above");
    /// <summary>A typed answer that is none of the step's options.</summary>
    public static readonly TextKey NotAnOption = new("common.not_an_option");
    /// <summary>A step wants text.</summary>
    public static readonly TextKey WantText = new("common.want_text");
    /// <summary>A text below the window: {length}, {min}, {max}.</summary>
    public static readonly TextKey TextTooShort = new("common.text_too_short");
    /// <summary>A text above the window: {length}, {min}, {max}.</summary>
    public static readonly TextKey TextTooLong = new("common.text_too_long");
    /// <summary>Reply keyboard key: share my phone number.</summary>
    public static readonly TextKey SharePhoneKey = new("common.share_phone_key");
    /// <summary>Reply keyboard key: send my location.</summary>
    public static readonly TextKey SendLocationKey = new("common.send_location_key");
    /// <summary>A step wants the user's own contact.</summary>
    public static readonly TextKey WantContact = new("common.want_contact");
    /// <summary>Someone else's contact was shared.</summary>
    public static readonly TextKey NotOwnContact = new("common.not_own_contact");
    /// <summary>A step wants a location.</summary>
    public static readonly TextKey WantLocation = new("common.want_location");
    /// <summary>A step wants a photo.</summary>
    public static readonly TextKey WantPhoto = new("common.want_photo");
    /// <summary>A picture sent as a file where a photo is wanted.</summary>
    public static readonly TextKey PhotoAsFile = new("common.photo_as_file");
    /// <summary>The consent step: only the button goes on.</summary>
    public static readonly TextKey ConsentNeeded = new("common.consent_needed");
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
    /// <summary>Button: next page.</summary>
    public static readonly TextKey NextPage = new("common.next_page");
    /// <summary>Button: previous page.</summary>
    public static readonly TextKey PreviousPage = new("common.previous_page");
}
