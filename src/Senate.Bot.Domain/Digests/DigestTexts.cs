using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Digests;

/// <summary>The keys of the digests' texts (<c>digests.texts.json</c>); the English text of each is its summary.</summary>
internal static class DigestTexts
{
    /// <summary>🏛 Meetings in the regions</summary>
    public static readonly TextKey MenuEntry = new("digest.menu_entry");
    /// <summary>🏛 Meetings in the regions</summary>
    public static readonly TextKey Hub = new("digest.hub");
    /// <summary>🔔 Subscription: {subscription}</summary>
    public static readonly TextKey HubSubscription = new("digest.hub_subscription");
    /// <summary>none. Subscribe to get new digests for your region.</summary>
    public static readonly TextKey NotSubscribed = new("digest.not_subscribed");
    /// <summary>{regions} — {frequency}</summary>
    public static readonly TextKey SubscriptionSummary = new("digest.subscription_summary");
    /// <summary>📰 Archive</summary>
    public static readonly TextKey ArchiveButton = new("digest.archive_button");
    /// <summary>🔍 Search</summary>
    public static readonly TextKey SearchButton = new("digest.search_button");
    /// <summary>🔔 Subscription</summary>
    public static readonly TextKey SubscriptionsButton = new("digest.subscriptions_button");
    /// <summary>📍 By region</summary>
    public static readonly TextKey FilterButton = new("digest.filter_button");
    /// <summary>All regions</summary>
    public static readonly TextKey AllRegions = new("digest.all_regions");
    /// <summary>🇰🇿 Nationwide</summary>
    public static readonly TextKey National = new("digest.national");
    /// <summary>📰 Meetings archive</summary>
    public static readonly TextKey ArchiveTitle = new("digest.archive_title");
    /// <summary>📰 Meetings archive</summary>
    public static readonly TextKey ArchiveEmpty = new("digest.archive_empty");
    /// <summary>{date:d MMM yyyy} · {title}</summary>
    public static readonly TextKey ArchiveItem = new("digest.archive_item");
    /// <summary>Which region's meetings should I show?</summary>
    public static readonly TextKey FilterChoose = new("digest.filter_choose");
    /// <summary>{title}</summary>
    public static readonly TextKey Heading = new("digest.heading");
    /// <summary>This digest is not available in English; it is shown in Kazakh.</summary>
    private static readonly TextKey ShownInKk = new("digest.shown_in_kk");
    /// <summary>This digest is not available in English; it is shown in Russian.</summary>
    private static readonly TextKey ShownInRu = new("digest.shown_in_ru");
    /// <summary>This digest is only available in English.</summary>
    private static readonly TextKey ShownInEn = new("digest.shown_in_en");
    /// <summary>✏️ Corrected on {date:d MMMM yyyy}</summary>
    public static readonly TextKey Corrected = new("digest.corrected");
    /// <summary>Source: {source}</summary>
    public static readonly TextKey Source = new("digest.source");
    /// <summary>📍 More: {region}</summary>
    public static readonly TextKey MoreFrom = new("digest.more_from");
    /// <summary>🔕 Unsubscribe: {region}</summary>
    public static readonly TextKey Unsubscribe = new("digest.unsubscribe");
    /// <summary>🔔 Subscribe again: {region}</summary>
    public static readonly TextKey SubscribeAgain = new("digest.subscribe_again");
    /// <summary>{region}: no more digests will come.</summary>
    public static readonly TextKey Unsubscribed = new("digest.unsubscribed");
    /// <summary>{region}: subscribed again.</summary>
    public static readonly TextKey Resubscribed = new("digest.resubscribed");
    /// <summary>This digest is not available: it has not been published or was withdrawn from the archive.</summary>
    public static readonly TextKey NotFound = new("digest.not_found");
    /// <summary>🔔 Meeting digests subscription</summary>
    public static readonly TextKey SubscriptionsTitle = new("digest.subscriptions_title");
    /// <summary>at once</summary>
    public static readonly TextKey FrequencyImmediately = new("digest.frequency_immediately");
    /// <summary>weekly (Monday, 10:00)</summary>
    public static readonly TextKey FrequencyWeekly = new("digest.frequency_weekly");
    /// <summary>💾 Save</summary>
    public static readonly TextKey SaveButton = new("digest.save_button");
    /// <summary>✅ Saved. Subscription: {subscription}.</summary>
    public static readonly TextKey SubscriptionsSaved = new("digest.subscriptions_saved");
    /// <summary>✅ Saved: you are not subscribed to any region.</summary>
    public static readonly TextKey SubscriptionsCleared = new("digest.subscriptions_cleared");
    /// <summary>📰 Meeting digests: {subscription}</summary>
    public static readonly TextKey SettingsLine = new("digest.settings_line");
    /// <summary>searching the archive</summary>
    public static readonly TextKey SearchTitle = new("digest.search_title");
    /// <summary>Type a word to search the archive, for example “ecology”, “river” or “youth”.</summary>
    public static readonly TextKey SearchAsk = new("digest.search_ask");
    /// <summary>Found for “{query}”: {count}. Choose one to open it:</summary>
    public static readonly TextKey SearchFound = new("digest.search_found");
    /// <summary>Nothing found for “{query}”. Try another word.</summary>
    public static readonly TextKey SearchNone = new("digest.search_none");
    /// <summary>🔍 Search again</summary>
    public static readonly TextKey SearchAgainButton = new("digest.search_again_button");
    /// <summary>🗓 This week's meetings</summary>
    public static readonly TextKey Rollup = new("digest.rollup");
    /// <summary>• {date:d MMM yyyy} · {regions} — {title}</summary>
    public static readonly TextKey RollupLine = new("digest.rollup_line");
    /// <summary>New meeting digest</summary>
    public static readonly TextKey CommandNewDigest = new("digest.command_newdigest");
    /// <summary>Meeting digests (staff)</summary>
    public static readonly TextKey CommandDigests = new("digest.command_digests");
    /// <summary>Please do this in your private chat with the bot.</summary>
    public static readonly TextKey UsePrivateChat = new("digest.use_private_chat");
    /// <summary>a new meeting digest</summary>
    public static readonly TextKey NewFlowTitle = new("digest.new_flow_title");
    /// <summary>changing a digest</summary>
    public static readonly TextKey EditFlowTitle = new("digest.edit_flow_title");
    /// <summary>correcting a digest</summary>
    public static readonly TextKey CorrectFlowTitle = new("digest.correct_flow_title");
    /// <summary>in Kazakh</summary>
    private static readonly TextKey InKk = new("digest.in_kk");
    /// <summary>in Russian</summary>
    private static readonly TextKey InRu = new("digest.in_ru");
    /// <summary>in English</summary>
    private static readonly TextKey InEn = new("digest.in_en");
    /// <summary>Type the digest's title {language} (up to {max} characters), or press “Without this language”. At...</summary>
    public static readonly TextKey AskTitle = new("digest.ask_title");
    /// <summary>Now send the digest's text {language} as one message. Bold, italics and links are kept.</summary>
    public static readonly TextKey AskText = new("digest.ask_text");
    /// <summary>The title is one line of at most {max} characters.</summary>
    public static readonly TextKey TitleInvalid = new("digest.title_invalid");
    /// <summary>Without this language ➡️</summary>
    public static readonly TextKey SkipLanguageButton = new("digest.skip_language_button");
    /// <summary>Keep as it is</summary>
    public static readonly TextKey KeepButton = new("digest.keep_button");
    /// <summary>A digest needs at least one language. Let's start again with Kazakh.</summary>
    public static readonly TextKey OneLanguageNeeded = new("digest.one_language_needed");
    /// <summary>Now: {value}</summary>
    public static readonly TextKey CurrentValue = new("digest.current_value");
    /// <summary>When was the meeting? Type the date as DD.MM.YYYY, or press “Today”.</summary>
    public static readonly TextKey AskDate = new("digest.ask_date");
    /// <summary>Today</summary>
    public static readonly TextKey TodayButton = new("digest.today_button");
    /// <summary>I could not read the date. Type it as DD.MM.YYYY, for example 15.01.2024.</summary>
    public static readonly TextKey DateInvalid = new("digest.date_invalid");
    /// <summary>Which regions is the digest about? Press to mark them (several are fine), then “Done”. Or “Nation...</summary>
    public static readonly TextKey AskRegions = new("digest.ask_regions");
    /// <summary>✅ Done</summary>
    public static readonly TextKey RegionsDone = new("digest.regions_done");
    /// <summary>Send a photo for the digest, or go on without one.</summary>
    public static readonly TextKey AskPhoto = new("digest.ask_photo");
    /// <summary>Without a photo ➡️</summary>
    public static readonly TextKey NoPhotoButton = new("digest.no_photo_button");
    /// <summary>When should the digest be published?</summary>
    public static readonly TextKey AskWhen = new("digest.ask_when");
    /// <summary>📢 Publish now</summary>
    public static readonly TextKey WhenNow = new("digest.when_now");
    /// <summary>🗓 At a set time</summary>
    public static readonly TextKey WhenLater = new("digest.when_later");
    /// <summary>💾 Save as a draft</summary>
    public static readonly TextKey WhenDraft = new("digest.when_draft");
    /// <summary>a correction (the digest stays published)</summary>
    public static readonly TextKey WhenCorrection = new("digest.when_correction");
    /// <summary>as soon as you confirm</summary>
    public static readonly TextKey ReviewNow = new("digest.review_now");
    /// <summary>not published; kept as a draft</summary>
    public static readonly TextKey ReviewDraft = new("digest.review_draft");
    /// <summary>The date and time to publish (Astana time): DD.MM.YYYY HH:MM.</summary>
    public static readonly TextKey AskTime = new("digest.ask_time");
    /// <summary>I could not read the time. Type it as DD.MM.YYYY HH:MM.</summary>
    public static readonly TextKey TimeInvalid = new("digest.time_invalid");
    /// <summary>That time has passed. Please give a time in the future.</summary>
    public static readonly TextKey TimeInPast = new("digest.time_in_past");
    /// <summary>Check the digest</summary>
    public static readonly TextKey Review = new("digest.review");
    /// <summary>not given</summary>
    public static readonly TextKey NotGiven = new("digest.not_given");
    /// <summary>no photo</summary>
    public static readonly TextKey NoPhoto = new("digest.no_photo");
    /// <summary>with a photo</summary>
    public static readonly TextKey WithPhoto = new("digest.with_photo");
    /// <summary>👁 Preview: {language}</summary>
    public static readonly TextKey PreviewHeading = new("digest.preview_heading");
    /// <summary>📢 Publish</summary>
    public static readonly TextKey PublishButton = new("digest.publish_button");
    /// <summary>🗓 Schedule</summary>
    public static readonly TextKey ScheduleButton = new("digest.schedule_button");
    /// <summary>💾 Save the draft</summary>
    public static readonly TextKey SaveDraftButton = new("digest.save_draft_button");
    /// <summary>✏️ Save the correction</summary>
    public static readonly TextKey SaveCorrectionButton = new("digest.save_correction_button");
    /// <summary>✏️ Titles and texts</summary>
    public static readonly TextKey ChangeTextsButton = new("digest.change_texts_button");
    /// <summary>✏️ Date</summary>
    public static readonly TextKey ChangeDateButton = new("digest.change_date_button");
    /// <summary>✏️ Regions</summary>
    public static readonly TextKey ChangeRegionsButton = new("digest.change_regions_button");
    /// <summary>✏️ Photo</summary>
    public static readonly TextKey ChangePhotoButton = new("digest.change_photo_button");
    /// <summary>✏️ When to publish</summary>
    public static readonly TextKey ChangeWhenButton = new("digest.change_when_button");
    /// <summary>The digest changed while you worked on it (someone published or withdrew it). Nothing was saved —...</summary>
    public static readonly TextKey ChangedMeanwhile = new("digest.changed_meanwhile");
    /// <summary>📢 Digest #{id} is published. Subscribers getting it at once: {count}.</summary>
    public static readonly TextKey PublishedNow = new("digest.published_now");
    /// <summary>🗓 Digest #{id} will be published on {at:d MMMM yyyy} at {at:HH:mm}.</summary>
    public static readonly TextKey ScheduledFor = new("digest.scheduled_for");
    /// <summary>💾 Digest #{id} is saved as a draft.</summary>
    public static readonly TextKey DraftSaved = new("digest.draft_saved");
    /// <summary>✏️ The correction of digest #{id} is saved: the archive marks it as corrected.</summary>
    public static readonly TextKey CorrectionSaved = new("digest.correction_saved");
    /// <summary>📢 Digest #{id} “{title}” was published as scheduled.</summary>
    public static readonly TextKey PublishedAsScheduled = new("digest.published_as_scheduled");
    /// <summary>Digest #{id} is published.</summary>
    public static readonly TextKey PublishedToast = new("digest.published_toast");
    /// <summary>📄 The digest's card</summary>
    public static readonly TextKey StaffCardButton = new("digest.staff_card_button");
    /// <summary>Meeting digests</summary>
    public static readonly TextKey StaffListTitle = new("digest.staff_list_title");
    /// <summary>No digests yet. To write one: /newdigest</summary>
    public static readonly TextKey StaffListEmpty = new("digest.staff_list_empty");
    /// <summary>{icon} #{id} · {date:d MMM yyyy} · {title}</summary>
    public static readonly TextKey StaffListItem = new("digest.staff_list_item");
    /// <summary>⬅️ All digests</summary>
    public static readonly TextKey StaffListButton = new("digest.staff_list_button");
    /// <summary>Digest #{id} · {status}</summary>
    public static readonly TextKey StaffCard = new("digest.staff_card");
    /// <summary>⏱ To be published: {at:d MMMM yyyy, HH:mm}</summary>
    public static readonly TextKey CardScheduled = new("digest.card_scheduled");
    /// <summary>📢 Published: {at:d MMMM yyyy, HH:mm} · {delivered}</summary>
    public static readonly TextKey CardPublished = new("digest.card_published");
    /// <summary>delivered to subscribers</summary>
    public static readonly TextKey CardDelivered = new("digest.card_delivered");
    /// <summary>being sent to subscribers</summary>
    public static readonly TextKey CardDelivering = new("digest.card_delivering");
    /// <summary>not sent to subscribers</summary>
    public static readonly TextKey CardNotDelivered = new("digest.card_not_delivered");
    /// <summary>draft</summary>
    public static readonly TextKey StatusDraft = new("digest.status_draft");
    /// <summary>scheduled</summary>
    public static readonly TextKey StatusScheduled = new("digest.status_scheduled");
    /// <summary>published</summary>
    public static readonly TextKey StatusPublished = new("digest.status_published");
    /// <summary>withdrawn</summary>
    public static readonly TextKey StatusWithdrawn = new("digest.status_withdrawn");
    /// <summary>✏️ Change</summary>
    public static readonly TextKey EditButton = new("digest.edit_button");
    /// <summary>⏸ Unschedule</summary>
    public static readonly TextKey UnscheduleButton = new("digest.unschedule_button");
    /// <summary>✏️ Correct</summary>
    public static readonly TextKey CorrectButton = new("digest.correct_button");
    /// <summary>🗑 Withdraw</summary>
    public static readonly TextKey WithdrawButton = new("digest.withdraw_button");
    /// <summary>👁 As readers see it</summary>
    public static readonly TextKey PreviewButton = new("digest.preview_button");
    /// <summary>Withdraw digest #{id} “{title}” from the archive? Subscribers who already got it keep their messa...</summary>
    public static readonly TextKey WithdrawAsk = new("digest.withdraw_ask");
    /// <summary>🗑 Yes, withdraw</summary>
    public static readonly TextKey WithdrawYes = new("digest.withdraw_yes");
    /// <summary>Digest #{id} is withdrawn from the archive.</summary>
    public static readonly TextKey Withdrawn = new("digest.withdrawn");
    /// <summary>This action is not possible for the digest now.</summary>
    public static readonly TextKey NotNow = new("digest.not_now");
    /// <summary>The digest cannot be published yet:</summary>
    private static readonly TextKey ProblemsTitle = new("digest.problems_title");
    /// <summary>the meeting date is missing</summary>
    private static readonly TextKey ProblemDate = new("digest.problem_date");
    /// <summary>the regions are not chosen correctly</summary>
    private static readonly TextKey ProblemRegions = new("digest.problem_regions");
    /// <summary>there is no title with a text</summary>
    private static readonly TextKey ProblemLanguage = new("digest.problem_language");
    /// <summary>a title is not right: {language}</summary>
    private static readonly TextKey ProblemTitle = new("digest.problem_title");
    /// <summary>the photo is missing</summary>
    private static readonly TextKey ProblemPhoto = new("digest.problem_photo");

    /// <summary>"in Kazakh", "in Russian", "in English", in the reader's language.</summary>
    public static TextKey InLanguage(Language language) => language switch
    {
        Language.Kk => InKk,
        Language.Ru => InRu,
        _ => InEn,
    };

    /// <summary>The note under a digest shown in <paramref name="language"/> because the reader's is missing.</summary>
    public static TextKey ShownIn(Language language) => language switch
    {
        Language.Kk => ShownInKk,
        Language.Ru => ShownInRu,
        _ => ShownInEn,
    };

    /// <summary>Why a digest cannot be published yet, one line each.</summary>
    public static Text Problems(IEnumerable<DigestProblem> problems) => Text.Lines([
        ProblemsTitle,
        .. problems.Select(p => Text.Join(" ", [Text.Plain("•"), p.Kind switch
        {
            DigestProblemKind.MeetingDateMissing => ProblemDate,
            DigestProblemKind.NoVersion => ProblemLanguage,
            DigestProblemKind.TitleInvalid or DigestProblemKind.TextEmpty or DigestProblemKind.LanguageRepeated =>
                ProblemTitle.With(new { language = Text.In(p.Language ?? Language.Ru, CommonTexts.LanguageName) }),
            DigestProblemKind.PhotoWithoutImage => ProblemPhoto,
            _ => ProblemRegions,
        }])).Distinct()]);
}
