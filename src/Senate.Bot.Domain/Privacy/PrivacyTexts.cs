using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Privacy;

/// <summary>The keys of the privacy texts (<c>privacy.texts.json</c>); the English text of each is its summary.</summary>
internal static class PrivacyTexts
{
    /// <summary>My data (a file)</summary>
    public static readonly TextKey CommandMyData = new("privacy.command_my_data");
    /// <summary>Erase my data</summary>
    public static readonly TextKey CommandForget = new("privacy.command_forget");
    /// <summary>🔒 Personal data: active consents — {active}</summary>
    public static readonly TextKey SettingsLine = new("privacy.settings_line");
    /// <summary>🔒 Personal data</summary>
    public static readonly TextKey SettingsButton = new("privacy.settings_button");
    /// <summary>🔒 Personal data</summary>
    public static readonly TextKey Screen = new("privacy.screen");
    /// <summary>None.</summary>
    public static readonly TextKey NoConsents = new("privacy.no_consents");
    /// <summary>✅ {subject} — {scope}; given {given:d MMM yyyy}, text version {version}</summary>
    public static readonly TextKey ConsentActive = new("privacy.consent_active");
    /// <summary>↩️ {subject} — {scope}; given {given:d MMM yyyy}, withdrawn {withdrawn:d MMM yyyy}</summary>
    public static readonly TextKey ConsentWithdrawn = new("privacy.consent_withdrawn");
    /// <summary>contact for a concern: name and phone</summary>
    public static readonly TextKey ScopeConcernContact = new("privacy.scope_concern_contact");
    /// <summary>event registration: full name, age, region, place of study or work, phone</summary>
    public static readonly TextKey ScopeYouthRegistration = new("privacy.scope_youth_registration");
    /// <summary>data processing</summary>
    public static readonly TextKey ScopeOther = new("privacy.scope_other");
    /// <summary>↩️ Withdraw: {subject}</summary>
    public static readonly TextKey WithdrawButton = new("privacy.withdraw_button");
    /// <summary>📄 My data</summary>
    public static readonly TextKey MyDataButton = new("privacy.my_data_button");
    /// <summary>🗑 Erase my data</summary>
    public static readonly TextKey ForgetButton = new("privacy.forget_button");
    /// <summary>📄 Everything the bot keeps about you, in one file (JSON: any text editor opens it). Sta…</summary>
    public static readonly TextKey MyDataCaption = new("privacy.my_data_caption");
    /// <summary>erasing your data</summary>
    public static readonly TextKey ForgetTitle = new("privacy.forget_title");
    /// <summary>🗑 Erase my data</summary>
    public static readonly TextKey ForgetConfirm = new("privacy.forget_confirm");
    /// <summary>🗑 Yes, erase my data</summary>
    public static readonly TextKey ForgetSubmit = new("privacy.forget_submit");
    /// <summary>Your data has been erased. Telegram does not let the bot delete messages already in cha…</summary>
    public static readonly TextKey Forgotten = new("privacy.forgotten");
    /// <summary>While you are on staff you cannot erase your data: your actions are in the log. Ask an …</summary>
    public static readonly TextKey ForgetStaff = new("privacy.forget_staff");
    /// <summary>withdrawing a consent</summary>
    public static readonly TextKey WithdrawTitle = new("privacy.withdraw_title");
    /// <summary>Withdraw your consent to the contact for concern {subject}?</summary>
    public static readonly TextKey WithdrawConcernContact = new("privacy.withdraw_concern_contact");
    /// <summary>Withdraw your consent for the registration “{subject}”?</summary>
    public static readonly TextKey WithdrawRegistration = new("privacy.withdraw_registration");
    /// <summary>Withdraw the consent ({subject})?</summary>
    public static readonly TextKey WithdrawOther = new("privacy.withdraw_other");
    /// <summary>↩️ Withdraw the consent</summary>
    public static readonly TextKey WithdrawSubmit = new("privacy.withdraw_submit");
    /// <summary>Consent withdrawn: {subject}. The data it covered has been erased.</summary>
    public static readonly TextKey Withdrawn = new("privacy.withdrawn");
    /// <summary>This consent is no longer in force.</summary>
    public static readonly TextKey ConsentGone = new("privacy.consent_gone");

    /// <summary>What a consent's scope covers, in words.</summary>
    public static TextKey Scope(string scope) => scope switch
    {
        ConsentScopes.ConcernContact => ScopeConcernContact,
        ConsentScopes.YouthRegistration => ScopeYouthRegistration,
        _ => ScopeOther,
    };
}
