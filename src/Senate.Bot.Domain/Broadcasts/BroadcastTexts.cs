using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>The keys of the broadcasts' texts (<c>broadcasts.texts.json</c>); the English text of each is its summary.</summary>
internal static class BroadcastTexts
{
    /// <summary>Send an announcement</summary>
    public static readonly TextKey CommandBroadcast = new("broadcast.command_broadcast");
    /// <summary>Announcements sent</summary>
    public static readonly TextKey CommandBroadcasts = new("broadcast.command_broadcasts");
    /// <summary>a new announcement</summary>
    public static readonly TextKey FlowTitle = new("broadcast.flow_title");
    /// <summary>Announcements are composed in a private chat with the bot.</summary>
    public static readonly TextKey UsePrivateChat = new("broadcast.use_private_chat");
    /// <summary>📣 New announcement Should everyone get the same message, or should each language have a version of its own? (Readers of a language without a version get the Russian one.)</summary>
    public static readonly TextKey AskMode = new("broadcast.ask_mode");
    /// <summary>One message for everyone</summary>
    public static readonly TextKey ModeOne = new("broadcast.mode_one");
    /// <summary>A version for each language</summary>
    public static readonly TextKey ModeEach = new("broadcast.mode_each");
    /// <summary>✏️ Message</summary>
    public static readonly TextKey ChangeMessageButton = new("broadcast.change_message_button");
    /// <summary>Send me the announcement exactly as people should get it: a text (bold, italics and links are kept), a photo, a video or a document with a caption, or an album of up to 10.</summary>
    public static readonly TextKey AskMessage = new("broadcast.ask_message");
    /// <summary>Send the Russian version. It also goes to readers of a language that has no version of its own.</summary>
    public static readonly TextKey AskRu = new("broadcast.ask_ru");
    /// <summary>Send the Kazakh version, or skip it: Kazakh readers will then get the Russian one.</summary>
    public static readonly TextKey AskKk = new("broadcast.ask_kk");
    /// <summary>Send the English version, or skip it: English readers will then get the Russian one.</summary>
    public static readonly TextKey AskEn = new("broadcast.ask_en");
    /// <summary>📎 The album is coming in. When all its photos and videos are here, press “➡️ Continue”.</summary>
    public static readonly TextKey AlbumReceived = new("broadcast.album_received");
    /// <summary>Now: {message}. Send another to replace it, or keep it.</summary>
    public static readonly TextKey CurrentMessage = new("broadcast.current_message");
    /// <summary>➡️ Continue</summary>
    public static readonly TextKey ContinueButton = new("broadcast.continue_button");
    /// <summary>↩️ Keep it</summary>
    public static readonly TextKey KeepButton = new("broadcast.keep_button");
    /// <summary>An announcement can be a text, a photo, a video, a document or an album. Stickers, voice messages, locations and contacts can't be broadcast.</summary>
    public static readonly TextKey WantMessage = new("broadcast.want_message");
    /// <summary>The caption is {length} characters long, and Telegram allows a bot {max}. Shorten it, or send the text as a message of its own.</summary>
    public static readonly TextKey CaptionTooLong = new("broadcast.caption_too_long");
    /// <summary>a text</summary>
    public static readonly TextKey KindText = new("broadcast.kind_text");
    /// <summary>a photo</summary>
    public static readonly TextKey KindPhoto = new("broadcast.kind_photo");
    /// <summary>a video</summary>
    public static readonly TextKey KindVideo = new("broadcast.kind_video");
    /// <summary>a document</summary>
    public static readonly TextKey KindDocument = new("broadcast.kind_document");
    /// <summary>an album of {count}</summary>
    public static readonly TextKey KindAlbum = new("broadcast.kind_album");
    /// <summary>👥 Who gets it? {audience} Recipients: {count} (people who blocked the bot or erased their data are never counted)  Narrow it down with the buttons, then press “Done”.</summary>
    public static readonly TextKey AskAudience = new("broadcast.ask_audience");
    /// <summary>everyone who uses the bot</summary>
    public static readonly TextKey AudienceEveryone = new("broadcast.audience_everyone");
    /// <summary>📍 Regions: {value}</summary>
    public static readonly TextKey RegionsButton = new("broadcast.regions_button");
    /// <summary>🎓 Programme: {value}</summary>
    public static readonly TextKey ProgrammeButton = new("broadcast.programme_button");
    /// <summary>📅 Event: {value}</summary>
    public static readonly TextKey EventButton = new("broadcast.event_button");
    /// <summary>🌐 Language: {value}</summary>
    public static readonly TextKey LanguageButton = new("broadcast.language_button");
    /// <summary>any</summary>
    public static readonly TextKey Any = new("broadcast.any");
    /// <summary>{count} chosen</summary>
    public static readonly TextKey Chosen = new("broadcast.chosen");
    /// <summary>👥 Everyone again</summary>
    public static readonly TextKey EveryoneButton = new("broadcast.everyone_button");
    /// <summary>✅ Done — {count}</summary>
    public static readonly TextKey AudienceDone = new("broadcast.audience_done");
    /// <summary>Nobody matches this audience yet. Widen it.</summary>
    public static readonly TextKey NobodyMatches = new("broadcast.nobody_matches");
    /// <summary>👥 Audience</summary>
    public static readonly TextKey ChangeAudienceButton = new("broadcast.change_audience_button");
    /// <summary>📍 {regions}</summary>
    public static readonly TextKey PartRegions = new("broadcast.part_regions");
    /// <summary>🎓 participants of {programme}</summary>
    public static readonly TextKey PartProgramme = new("broadcast.part_programme");
    /// <summary>📅 {statuses} of “{title}”</summary>
    public static readonly TextKey PartEvent = new("broadcast.part_event");
    /// <summary>🌐 reading {languages}</summary>
    public static readonly TextKey PartLanguages = new("broadcast.part_languages");
    /// <summary>confirmed</summary>
    public static readonly TextKey StatusConfirmed = new("broadcast.status_confirmed");
    /// <summary>on the waitlist</summary>
    public static readonly TextKey StatusWaitlisted = new("broadcast.status_waitlisted");
    /// <summary>checked in</summary>
    public static readonly TextKey StatusAttended = new("broadcast.status_attended");
    /// <summary>all registrants</summary>
    public static readonly TextKey AllRegistrants = new("broadcast.all_registrants");
    /// <summary>📍 Which regions? Tap to mark or unmark. A person's region is the one they gave last: in a concern or in an event registration.</summary>
    public static readonly TextKey AskRegions = new("broadcast.ask_regions");
    /// <summary>✅ Done</summary>
    public static readonly TextKey DoneButton = new("broadcast.done_button");
    /// <summary>🎓 Participants of which programme?</summary>
    public static readonly TextKey AskProgramme = new("broadcast.ask_programme");
    /// <summary>Any programme</summary>
    public static readonly TextKey AnyProgramme = new("broadcast.any_programme");
    /// <summary>📅 Registrants of which event?</summary>
    public static readonly TextKey AskEvent = new("broadcast.ask_event");
    /// <summary>📅 There are no events from the past year or the coming one.</summary>
    public static readonly TextKey NoEvents = new("broadcast.no_events");
    /// <summary>No particular event</summary>
    public static readonly TextKey AnyEvent = new("broadcast.any_event");
    /// <summary>{date:dd.MM.yyyy} · {title}</summary>
    public static readonly TextKey EventLabel = new("broadcast.event_label");
    /// <summary>Which of its registrants? Tap to mark or unmark; with none marked, all of them.</summary>
    public static readonly TextKey AskStatuses = new("broadcast.ask_statuses");
    /// <summary>🌐 Readers of which languages? Tap to mark or unmark; with none marked, all of them.</summary>
    public static readonly TextKey AskLanguages = new("broadcast.ask_languages");
    /// <summary>🕒 When should it go out?</summary>
    public static readonly TextKey AskWhen = new("broadcast.ask_when");
    /// <summary>Now</summary>
    public static readonly TextKey WhenNow = new("broadcast.when_now");
    /// <summary>At a set time</summary>
    public static readonly TextKey WhenLater = new("broadcast.when_later");
    /// <summary>Write the date and time in Astana time, for example 25.03.2026 10:00.</summary>
    public static readonly TextKey AskTime = new("broadcast.ask_time");
    /// <summary>I couldn't read that. Write it like this: 25.03.2026 10:00.</summary>
    public static readonly TextKey TimeInvalid = new("broadcast.time_invalid");
    /// <summary>That moment has passed. Write a time in the future.</summary>
    public static readonly TextKey TimeInPast = new("broadcast.time_in_past");
    /// <summary>🕒 When</summary>
    public static readonly TextKey ChangeWhenButton = new("broadcast.change_when_button");
    /// <summary>📌 Pin it in each chat?</summary>
    public static readonly TextKey AskPin = new("broadcast.ask_pin");
    /// <summary>📌 Pin it</summary>
    public static readonly TextKey PinYes = new("broadcast.pin_yes");
    /// <summary>Don't pin</summary>
    public static readonly TextKey PinNo = new("broadcast.pin_no");
    /// <summary>📌 Pinning</summary>
    public static readonly TextKey ChangePinButton = new("broadcast.change_pin_button");
    /// <summary>📣 Check the announcement before it goes Message: {message} Audience: {audience} Recipients: {count} When: {when} Pinned: {pin}</summary>
    public static readonly TextKey Review = new("broadcast.review");
    /// <summary>{kind}, one for everyone</summary>
    public static readonly TextKey MessageOne = new("broadcast.message_one");
    /// <summary>versions in {languages}; readers of other languages get the Russian one</summary>
    public static readonly TextKey MessageEach = new("broadcast.message_each");
    /// <summary>at once</summary>
    public static readonly TextKey ReviewNow = new("broadcast.review_now");
    /// <summary>{at:dd.MM.yyyy HH:mm}, Astana time</summary>
    public static readonly TextKey ReviewAt = new("broadcast.review_at");
    /// <summary>👀 This is how recipients will get it:</summary>
    public static readonly TextKey PreviewHeading = new("broadcast.preview_heading");
    /// <summary>👀 The {language} version, as its readers will get it:</summary>
    public static readonly TextKey PreviewHeadingIn = new("broadcast.preview_heading_in");
    /// <summary>Kazakh</summary>
    public static readonly TextKey VersionKk = new("broadcast.version_kk");
    /// <summary>Russian</summary>
    public static readonly TextKey VersionRu = new("broadcast.version_ru");
    /// <summary>English</summary>
    public static readonly TextKey VersionEn = new("broadcast.version_en");
    /// <summary>📣 Send to {count}</summary>
    public static readonly TextKey SendButton = new("broadcast.send_button");
    /// <summary>🗓 Schedule for {count}</summary>
    public static readonly TextKey ScheduleButton = new("broadcast.schedule_button");
    /// <summary>📨 Send me a test copy</summary>
    public static readonly TextKey TestCopyButton = new("broadcast.test_copy_button");
    /// <summary>📨 The test copy is below: exactly what recipients will get.</summary>
    public static readonly TextKey TestCopySent = new("broadcast.test_copy_sent");
    /// <summary>⚠️ This announcement will reach {count} people. If that is right, press the send button once more.</summary>
    public static readonly TextKey ConfirmLarge = new("broadcast.confirm_large");
    /// <summary>The audience has changed since you looked: it is now {count}. Check the numbers and press the button again.</summary>
    public static readonly TextKey ChangedMeanwhile = new("broadcast.changed_meanwhile");
    /// <summary>📣 Broadcast #{id} · {state}</summary>
    public static readonly TextKey StatusTitle = new("broadcast.status_title");
    /// <summary>👥 {audience} — {total}</summary>
    public static readonly TextKey StatusAudience = new("broadcast.status_audience");
    /// <summary>✅ Sent: {sent} · ⏳ Left: {left}</summary>
    public static readonly TextKey StatusCounts = new("broadcast.status_counts");
    /// <summary>🚫 Blocked the bot: {blocked} · ⚠️ Failed: {failed}</summary>
    public static readonly TextKey StatusProblems = new("broadcast.status_problems");
    /// <summary>➖ No longer reachable: {skipped}</summary>
    public static readonly TextKey StatusSkipped = new("broadcast.status_skipped");
    /// <summary>⚡ {rate:0.#} a second · ⏱ about {eta} left</summary>
    public static readonly TextKey StatusPace = new("broadcast.status_pace");
    /// <summary>⚡ {rate:0.#} a second</summary>
    public static readonly TextKey StatusRate = new("broadcast.status_rate");
    /// <summary>🗓 Goes out {at:dd.MM.yyyy HH:mm}, Astana time</summary>
    public static readonly TextKey StatusScheduled = new("broadcast.status_scheduled");
    /// <summary>↩️ Deleted from {deleted} of {total} chats</summary>
    public static readonly TextKey StatusRecall = new("broadcast.status_recall");
    /// <summary>✍️ {editor}, {at:dd.MM.yyyy HH:mm}</summary>
    public static readonly TextKey StatusBy = new("broadcast.status_by");
    /// <summary>🗓 scheduled</summary>
    public static readonly TextKey StateScheduled = new("broadcast.state_scheduled");
    /// <summary>📤 sending</summary>
    public static readonly TextKey StateSending = new("broadcast.state_sending");
    /// <summary>⏸ paused</summary>
    public static readonly TextKey StatePaused = new("broadcast.state_paused");
    /// <summary>❌ cancelled</summary>
    public static readonly TextKey StateCancelled = new("broadcast.state_cancelled");
    /// <summary>✅ sent</summary>
    public static readonly TextKey StateDone = new("broadcast.state_done");
    /// <summary>↩️ being recalled</summary>
    public static readonly TextKey StateRecalling = new("broadcast.state_recalling");
    /// <summary>↩️ recalled</summary>
    public static readonly TextKey StateRecalled = new("broadcast.state_recalled");
    /// <summary>{seconds} s</summary>
    public static readonly TextKey EtaSeconds = new("broadcast.eta_seconds");
    /// <summary>{minutes} min {seconds} s</summary>
    public static readonly TextKey EtaMinutes = new("broadcast.eta_minutes");
    /// <summary>{hours} h {minutes} min</summary>
    public static readonly TextKey EtaHours = new("broadcast.eta_hours");
    /// <summary>⏸ Pause</summary>
    public static readonly TextKey PauseButton = new("broadcast.pause_button");
    /// <summary>▶️ Resume</summary>
    public static readonly TextKey ResumeButton = new("broadcast.resume_button");
    /// <summary>❌ Cancel the broadcast</summary>
    public static readonly TextKey CancelButton = new("broadcast.cancel_button");
    /// <summary>↩️ Recall from every chat</summary>
    public static readonly TextKey RecallButton = new("broadcast.recall_button");
    /// <summary>👀 The message</summary>
    public static readonly TextKey MessageButton = new("broadcast.message_button");
    /// <summary>📄 Not delivered (CSV)</summary>
    public static readonly TextKey FailuresButton = new("broadcast.failures_button");
    /// <summary>📋 All announcements</summary>
    public static readonly TextKey ListButton = new("broadcast.list_button");
    /// <summary>Cancel broadcast #{id}? The {left} people who have not got it yet won't get it. Those who have keep it: you can recall it afterwards.</summary>
    public static readonly TextKey CancelAsk = new("broadcast.cancel_ask");
    /// <summary>❌ Yes, cancel it</summary>
    public static readonly TextKey CancelYes = new("broadcast.cancel_yes");
    /// <summary>Recall broadcast #{id}? It will be deleted from the {sent} chats it reached, at the pace it was sent. Telegram lets a bot delete its messages for 48 hours.</summary>
    public static readonly TextKey RecallAsk = new("broadcast.recall_ask");
    /// <summary>↩️ Yes, recall it</summary>
    public static readonly TextKey RecallYes = new("broadcast.recall_yes");
    /// <summary>⏸ Paused. What was already handed to Telegram still goes.</summary>
    public static readonly TextKey PausedToast = new("broadcast.paused_toast");
    /// <summary>▶️ Going on.</summary>
    public static readonly TextKey ResumedToast = new("broadcast.resumed_toast");
    /// <summary>❌ Cancelled.</summary>
    public static readonly TextKey CancelledToast = new("broadcast.cancelled_toast");
    /// <summary>↩️ Deleting it from the chats.</summary>
    public static readonly TextKey RecallToast = new("broadcast.recall_toast");
    /// <summary>That can't be done now: the broadcast has moved on.</summary>
    public static readonly TextKey NotNow = new("broadcast.not_now");
    /// <summary>There is no such broadcast.</summary>
    public static readonly TextKey NotFound = new("broadcast.not_found");
    /// <summary>✅ Broadcast #{id} is done ({duration}). Sent: {sent} · blocked the bot: {blocked} · failed: {failed} · no longer reachable: {skipped}.</summary>
    public static readonly TextKey FinishedReport = new("broadcast.finished_report");
    /// <summary>❌ Broadcast #{id} was cancelled. Sent before that: {sent} · not sent: {unsent} · blocked the bot: {blocked} · failed: {failed}.</summary>
    public static readonly TextKey CancelledReport = new("broadcast.cancelled_report");
    /// <summary>The people it did not reach, and why, are in the file.</summary>
    public static readonly TextKey FailuresInFile = new("broadcast.failures_in_file");
    /// <summary>↩️ Broadcast #{id} was recalled: deleted from {deleted} chats; {failed} could not be deleted (older than 48 hours, or the person blocked the bot).</summary>
    public static readonly TextKey RecalledReport = new("broadcast.recalled_report");
    /// <summary>Everyone it was sent to got it: nothing to list.</summary>
    public static readonly TextKey NoFailures = new("broadcast.no_failures");
    /// <summary>User id</summary>
    public static readonly TextKey CsvUser = new("broadcast.csv_user");
    /// <summary>Result</summary>
    public static readonly TextKey CsvResult = new("broadcast.csv_result");
    /// <summary>Reason</summary>
    public static readonly TextKey CsvReason = new("broadcast.csv_reason");
    /// <summary>Time (Astana)</summary>
    public static readonly TextKey CsvTime = new("broadcast.csv_time");
    /// <summary>blocked the bot</summary>
    public static readonly TextKey ResultBlocked = new("broadcast.result_blocked");
    /// <summary>not delivered</summary>
    public static readonly TextKey ResultFailed = new("broadcast.result_failed");
    /// <summary>📋 Announcements · page {page}</summary>
    public static readonly TextKey ListTitle = new("broadcast.list_title");
    /// <summary>No announcements have been sent yet. /broadcast composes one.</summary>
    public static readonly TextKey ListEmpty = new("broadcast.list_empty");
    /// <summary>#{id} · {at:dd.MM.yyyy HH:mm} · {editor} {audience} {state} · delivered to {sent} of {total}</summary>
    public static readonly TextKey ListItem = new("broadcast.list_item");
    /// <summary>blocked the bot {blocked}, failed {failed}</summary>
    public static readonly TextKey ListItemProblems = new("broadcast.list_item_problems");
    /// <summary>#{id} · {at:dd.MM HH:mm}</summary>
    public static readonly TextKey CardButton = new("broadcast.card_button");

    /// <summary>The name of a version's language as the reader's language says it in a sentence.</summary>
    public static TextKey Version(Language language) => language switch
    {
        Language.Kk => VersionKk,
        Language.En => VersionEn,
        _ => VersionRu,
    };
}
