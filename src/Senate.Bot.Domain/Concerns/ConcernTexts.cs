using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// The keys of the concerns feature's texts (<c>concerns.texts.json</c>). Placeholders are named; the doc comments list them.
/// </summary>
internal static class ConcernTexts
{
    // Building blocks.

    // Menu, titles and commands.
    public static readonly TextKey MenuReport = new("concern.menu_report");
    public static readonly TextKey MenuMine = new("concern.menu_mine");
    public static readonly TextKey FlowTitle = new("concern.flow_title");
    public static readonly TextKey AdditionTitle = new("concern.addition_title");
    public static readonly TextKey StaffInputTitle = new("concern.staff_input_title");
    public static readonly TextKey CommandQueue = new("concern.command_queue");
    public static readonly TextKey CommandConcern = new("concern.command_concern");
    public static readonly TextKey CommandExport = new("concern.command_export");
    public static readonly TextKey CommandBriefing = new("concern.command_briefing");

    // The report form.
    /// <summary>{limit} = the daily limit.</summary>
    public static readonly TextKey LimitReached = new("concern.limit_reached");
    public static readonly TextKey AskRegion = new("concern.ask_region");
    /// <summary>{region} = region.</summary>
    public static readonly TextKey AskSettlement = new("concern.ask_settlement");
    public static readonly TextKey AskCategory = new("concern.ask_category");
    /// <summary>{min} = min, {max} = max length.</summary>
    public static readonly TextKey AskDescription = new("concern.ask_description");
    /// <summary>{number} = the number of the concern with the same text.</summary>
    public static readonly TextKey RepeatedText = new("concern.repeated_text");
    public static readonly TextKey PhotoNotYet = new("concern.photo_not_yet");
    /// <summary>{items} = the similar concerns, each a <see cref="SimilarItem"/>.</summary>
    public static readonly TextKey SimilarIntro = new("concern.similar_intro");
    /// <summary>{number} = number, {place} = place, {status} = status, {people} = people affected, {excerpt} = excerpt.</summary>
    public static readonly TextKey SimilarItem = new("concern.similar_item");
    /// <summary>{number} = number.</summary>
    public static readonly TextKey SimilarSupportButton = new("concern.similar_support_button");
    public static readonly TextKey SimilarOwnButton = new("concern.similar_own_button");
    /// <summary>{number} = number, {people} = people affected.</summary>
    public static readonly TextKey SupportThanks = new("concern.support_thanks");
    /// <summary>{number} = number.</summary>
    public static readonly TextKey SupportAlready = new("concern.support_already");
    public static readonly TextKey SupportClosed = new("concern.support_closed");
    /// <summary>{count} = photos received, {max} = the maximum.</summary>
    public static readonly TextKey AskPhotos = new("concern.ask_photos");
    /// <summary>Photos received so far: {count} of {max}.</summary>
    public static readonly TextKey PhotosReceived = new("concern.photos_received");
    /// <summary>{max} = the maximum.</summary>
    public static readonly TextKey PhotoLimit = new("concern.photo_limit");
    public static readonly TextKey PhotosDone = new("concern.photos_done");
    public static readonly TextKey PhotosRemove = new("concern.photos_remove");
    public static readonly TextKey AskLocation = new("concern.ask_location");
    public static readonly TextKey NoLocationButton = new("concern.no_location_button");
    public static readonly TextKey Consent = new("concern.consent");
    public static readonly TextKey ConsentAgree = new("concern.consent_agree");
    public static readonly TextKey ConsentAnonymous = new("concern.consent_anonymous");
    public static readonly TextKey AskContact = new("concern.ask_contact");
    public static readonly TextKey AnonymousExplain = new("concern.anonymous_explain");
    public static readonly TextKey AnonymousConfirm = new("concern.anonymous_confirm");
    public static readonly TextKey AnonymousGiveContact = new("concern.anonymous_give_contact");
    /// <summary>{region} region, {settlement} settlement, {category} category, {description} description, {photos} photos, {location} location, {contact} contact.</summary>
    public static readonly TextKey Review = new("concern.review");
    public static readonly TextKey EditRegion = new("concern.edit_region");
    public static readonly TextKey EditSettlement = new("concern.edit_settlement");
    public static readonly TextKey EditCategory = new("concern.edit_category");
    public static readonly TextKey EditDescription = new("concern.edit_description");
    public static readonly TextKey EditPhotos = new("concern.edit_photos");
    public static readonly TextKey EditLocation = new("concern.edit_location");
    public static readonly TextKey EditContact = new("concern.edit_contact");
    public static readonly TextKey Submit = new("concern.submit");
    public static readonly TextKey NotGiven = new("concern.not_given");
    public static readonly TextKey LocationGiven = new("concern.location_given");
    public static readonly TextKey ContactAnonymous = new("concern.contact_anonymous");
    /// <summary>{number} number, {received} received (moment), {due} due date, {days} working days, {registered} registration note, {anonymous} anonymity note.</summary>
    public static readonly TextKey Receipt = new("concern.receipt");
    /// <summary>The receipt's last paragraph: keep the number, follow it in "My concerns".</summary>
    public static readonly TextKey ReceiptKeep = new("concern.receipt_keep");
    /// <summary>{date} = the registration date.</summary>
    public static readonly TextKey ReceiptNextWorkingDay = new("concern.receipt_next_working_day");
    public static readonly TextKey ReceiptAnonymous = new("concern.receipt_anonymous");

    // My concerns.
    public static readonly TextKey MineEmpty = new("concern.mine_empty");
    /// <summary>{count} = count, {page} = page, {pages} = pages, {lines} = lines.</summary>
    public static readonly TextKey MineTitle = new("concern.mine_title");
    /// <summary>{number} = number, {status} = status, {category} = category, {received} = received.</summary>
    public static readonly TextKey MineLine = new("concern.mine_line");
    /// <summary>{number} = number, {status} = status.</summary>
    public static readonly TextKey MineButton = new("concern.mine_button");
    /// <summary>{number} number, {status} status, {region} region, {settlement} settlement, {category} category, {received} received, {due} due, {description} description,
    /// {photos} photos, {location} location, {contact} contact, {people} people affected, {outcome} outcome lines, {additions} additions, {history} history.</summary>
    public static readonly TextKey Card = new("concern.card");
    /// <summary>{body} = body.</summary>
    public static readonly TextKey CardForwarded = new("concern.card_forwarded");
    /// <summary>{at} = when, {answer} = the answer.</summary>
    public static readonly TextKey CardAnswer = new("concern.card_answer");
    /// <summary>{reason} = reason.</summary>
    public static readonly TextKey CardRejected = new("concern.card_rejected");
    /// <summary>{number} = the original's number.</summary>
    public static readonly TextKey CardDuplicate = new("concern.card_duplicate");
    public static readonly TextKey HistoryTitle = new("concern.history_title");
    /// <summary>{at} = when, {event} = event.</summary>
    public static readonly TextKey HistoryLine = new("concern.history_line");
    /// <summary>{at} = when, {event} = event, {staff} = staff member, {note} = note.</summary>
    public static readonly TextKey HistoryLineStaff = new("concern.history_line_staff");
    public static readonly TextKey AdditionsTitle = new("concern.additions_title");
    /// <summary>{at} = when, {text} = text.</summary>
    public static readonly TextKey AdditionLine = new("concern.addition_line");
    public static readonly TextKey PhotoMarker = new("concern.photo_marker");
    public static readonly TextKey AddInfo = new("concern.add_info");
    public static readonly TextKey Withdraw = new("concern.withdraw");
    public static readonly TextKey BackToList = new("concern.back_to_list");
    public static readonly TextKey OpenCard = new("concern.open_card");
    public static readonly TextKey NotYours = new("concern.not_yours");
    /// <summary>{number} = number.</summary>
    public static readonly TextKey WithdrawConfirm = new("concern.withdraw_confirm");
    public static readonly TextKey WithdrawYes = new("concern.withdraw_yes");
    public static readonly TextKey WithdrawNo = new("concern.withdraw_no");
    /// <summary>{number} = number.</summary>
    public static readonly TextKey Withdrawn = new("concern.withdrawn");
    /// <summary>{number} = number, {status} = status.</summary>
    public static readonly TextKey NotOpen = new("concern.not_open");
    /// <summary>{number} = number, {min} = min, {max} = max length.</summary>
    public static readonly TextKey AddAsk = new("concern.add_ask");
    /// <summary>{number} = number, {what} = what is added.</summary>
    public static readonly TextKey AddConfirm = new("concern.add_confirm");
    public static readonly TextKey AddSend = new("concern.add_send");
    /// <summary>{number} = number.</summary>
    public static readonly TextKey AddDone = new("concern.add_done");

    // Statuses, reasons, events.
    public static readonly TextKey StatusNew = new("concern.status_new");
    public static readonly TextKey StatusAccepted = new("concern.status_accepted");
    public static readonly TextKey StatusForwarded = new("concern.status_forwarded");
    public static readonly TextKey StatusAnswered = new("concern.status_answered");
    public static readonly TextKey StatusClosed = new("concern.status_closed");
    public static readonly TextKey StatusRejected = new("concern.status_rejected");
    public static readonly TextKey StatusWithdrawn = new("concern.status_withdrawn");
    public static readonly TextKey ReasonNotCompetence = new("concern.reason_not_competence");
    public static readonly TextKey ReasonDuplicate = new("concern.reason_duplicate");
    public static readonly TextKey ReasonInsufficientDetails = new("concern.reason_insufficient_details");
    public static readonly TextKey ReasonSpam = new("concern.reason_spam");
    public static readonly TextKey EventSubmitted = new("concern.event_submitted");
    public static readonly TextKey EventInformationAdded = new("concern.event_information_added");
    public static readonly TextKey EventAccepted = new("concern.event_accepted");
    public static readonly TextKey EventForwarded = new("concern.event_forwarded");
    public static readonly TextKey EventAnswered = new("concern.event_answered");
    public static readonly TextKey EventRejected = new("concern.event_rejected");
    public static readonly TextKey EventMarkedDuplicate = new("concern.event_marked_duplicate");
    public static readonly TextKey EventClosed = new("concern.event_closed");
    public static readonly TextKey EventWithdrawn = new("concern.event_withdrawn");

    // Notifications to the citizen.
    /// <summary>{number} = number, {due} = due date.</summary>
    public static readonly TextKey NotifyAccepted = new("concern.notify_accepted");
    /// <summary>{number} = number, {body} = body.</summary>
    public static readonly TextKey NotifyForwarded = new("concern.notify_forwarded");
    /// <summary>{number} = number, {answer} = answer.</summary>
    public static readonly TextKey NotifyAnswered = new("concern.notify_answered");
    /// <summary>{number} = number, {reason} = reason.</summary>
    public static readonly TextKey NotifyRejected = new("concern.notify_rejected");
    /// <summary>{number} = number, {original} = the original's number.</summary>
    public static readonly TextKey NotifyDuplicate = new("concern.notify_duplicate");
    /// <summary>{number} = number.</summary>
    public static readonly TextKey NotifyClosed = new("concern.notify_closed");

    // Staff.
    /// <summary>{number} number, {status} status, {region} region, {settlement} settlement, {category} category, {received} received, {due} due, {description} description,
    /// {contact} contact, {location} location, {people} people affected, {photos} photos, {outcome} outcome lines, {additions} additions, {history} history, {language} language.</summary>
    public static readonly TextKey StaffCard = new("concern.staff_card");
    public static readonly TextKey StaffAccept = new("concern.staff_accept");
    public static readonly TextKey StaffForward = new("concern.staff_forward");
    public static readonly TextKey StaffAnswer = new("concern.staff_answer");
    public static readonly TextKey StaffReject = new("concern.staff_reject");
    public static readonly TextKey StaffDuplicate = new("concern.staff_duplicate");
    public static readonly TextKey StaffClose = new("concern.staff_close");
    /// <summary>{number} = number.</summary>
    public static readonly TextKey ChooseReason = new("concern.choose_reason");
    /// <summary>{number} = number.</summary>
    public static readonly TextKey AskForwardReply = new("concern.ask_forward_reply");
    /// <summary>{number} = number.</summary>
    public static readonly TextKey AskForwardPrivate = new("concern.ask_forward_private");
    /// <summary>{number} = number, {language} = the citizen's language.</summary>
    public static readonly TextKey AskAnswerReply = new("concern.ask_answer_reply");
    /// <summary>{number} = number, {language} = the citizen's language.</summary>
    public static readonly TextKey AskAnswerPrivate = new("concern.ask_answer_private");
    /// <summary>{number} = number.</summary>
    public static readonly TextKey AskDuplicateReply = new("concern.ask_duplicate_reply");
    /// <summary>{number} = number.</summary>
    public static readonly TextKey AskDuplicatePrivate = new("concern.ask_duplicate_private");
    /// <summary>{typed} = what was typed.</summary>
    public static readonly TextKey DuplicateNotFound = new("concern.duplicate_not_found");
    public static readonly TextKey DuplicateSelf = new("concern.duplicate_self");
    /// <summary>{number} = number, {status} = status.</summary>
    public static readonly TextKey StaffDone = new("concern.staff_done");
    /// <summary>{number} = number, {status} = status.</summary>
    public static readonly TextKey StaffNotPossible = new("concern.staff_not_possible");
    public static readonly TextKey AnswerEmpty = new("concern.answer_empty");
    /// <summary>{number} = number, {text} = the addition.</summary>
    public static readonly TextKey AdditionToStaff = new("concern.addition_to_staff");
    /// <summary>{number} = number.</summary>
    public static readonly TextKey WithdrawnToStaff = new("concern.withdrawn_to_staff");
    /// <summary>{typed} = what was typed.</summary>
    public static readonly TextKey ConcernNotFound = new("concern.concern_not_found");
    public static readonly TextKey ConcernUsage = new("concern.concern_usage");

    // Queue.
    /// <summary>{count} = count, {page} = page, {pages} = pages, {filters} = filters, {lines} = lines.</summary>
    public static readonly TextKey QueueTitle = new("concern.queue_title");
    /// <summary>{region} = region, {category} = category, {status} = status, {overdue} = overdue marker.</summary>
    public static readonly TextKey QueueFilters = new("concern.queue_filters");
    /// <summary>{number} number, {status} status, {region} region, {category} category, {due} due, {overdue} overdue marker, {people} people affected.</summary>
    public static readonly TextKey QueueLine = new("concern.queue_line");
    public static readonly TextKey QueueEmpty = new("concern.queue_empty");
    public static readonly TextKey FilterAll = new("concern.filter_all");
    public static readonly TextKey FilterOpen = new("concern.filter_open");
    public static readonly TextKey FilterOverdueMarker = new("concern.filter_overdue_marker");
    public static readonly TextKey OverdueMarker = new("concern.overdue_marker");
    public static readonly TextKey FilterAllButton = new("concern.filter_all_button");
    public static readonly TextKey FilterOpenButton = new("concern.filter_open_button");
    public static readonly TextKey FilterChoose = new("concern.filter_choose");
    public static readonly TextKey FilterRegion = new("concern.filter_region");
    public static readonly TextKey FilterCategory = new("concern.filter_category");
    public static readonly TextKey FilterStatus = new("concern.filter_status");
    public static readonly TextKey FilterOverdueOn = new("concern.filter_overdue_on");
    public static readonly TextKey FilterOverdueOff = new("concern.filter_overdue_off");

    // Export.
    public static readonly TextKey ExportUsage = new("concern.export_usage");
    /// <summary>{from} = from, {to} = to, {count} = count.</summary>
    public static readonly TextKey ExportCaption = new("concern.export_caption");
    public static readonly TextKey CsvNumber = new("concern.csv_number");
    public static readonly TextKey CsvReceived = new("concern.csv_received");
    public static readonly TextKey CsvDue = new("concern.csv_due");
    public static readonly TextKey CsvStatus = new("concern.csv_status");
    public static readonly TextKey CsvOverdue = new("concern.csv_overdue");
    public static readonly TextKey CsvRegion = new("concern.csv_region");
    public static readonly TextKey CsvCategory = new("concern.csv_category");
    public static readonly TextKey CsvSettlement = new("concern.csv_settlement");
    public static readonly TextKey CsvDescription = new("concern.csv_description");
    public static readonly TextKey CsvPhotos = new("concern.csv_photos");
    public static readonly TextKey CsvLocation = new("concern.csv_location");
    public static readonly TextKey CsvAnonymous = new("concern.csv_anonymous");
    public static readonly TextKey CsvSupporters = new("concern.csv_supporters");
    public static readonly TextKey CsvForwardedTo = new("concern.csv_forwarded_to");
    public static readonly TextKey CsvAnswer = new("concern.csv_answer");
    public static readonly TextKey CsvRejectReason = new("concern.csv_reject_reason");
    public static readonly TextKey CsvDuplicateOf = new("concern.csv_duplicate_of");

    // Briefing.
    public static readonly TextKey BriefingChooseRegion = new("concern.briefing_choose_region");
    /// <summary>{region} region, {from} from, {to} to, {total} total, {open} open, {overdue} overdue, {answered} answered, {categories} top categories, {supported} most supported.</summary>
    public static readonly TextKey Briefing = new("concern.briefing");
    /// <summary>{category} = category, {count} = count.</summary>
    public static readonly TextKey BriefingCategoryLine = new("concern.briefing_category_line");
    /// <summary>{number} number, {place} place, {people} people affected, {status} status, {excerpt} excerpt.</summary>
    public static readonly TextKey BriefingSupportedLine = new("concern.briefing_supported_line");
    public static readonly TextKey BriefingNone = new("concern.briefing_none");
    /// <summary>{region} = region.</summary>
    public static readonly TextKey BriefingChartTitle = new("concern.briefing_chart_title");
    /// <summary>{region} = region.</summary>
    public static readonly TextKey BriefingFileCaption = new("concern.briefing_file_caption");
    public static readonly TextKey BriefingOpenTable = new("concern.briefing_open_table");

    // Deadlines.
    /// <summary>{count} = count, {days} = working days, {lines} = lines.</summary>
    public static readonly TextKey DeadlineDueSoon = new("concern.deadline_due_soon");
    /// <summary>{count} = count, {lines} = lines.</summary>
    public static readonly TextKey DeadlineOverdue = new("concern.deadline_overdue");
    /// <summary>{number} number, {region} region, {category} category, {due} due, {status} status.</summary>
    public static readonly TextKey DeadlineLine = new("concern.deadline_line");

    // Answer previews, notes, clarifying questions, bans, erasure.
    /// <summary>👁 Preview of the answer to {number} — the citizen will get it like this ({language}):</summary>
    public static readonly TextKey AnswerPreview = new("concern.answer_preview");
    /// <summary>📤 Send</summary>
    public static readonly TextKey AnswerSend = new("concern.answer_send");
    /// <summary>✏️ Edit</summary>
    public static readonly TextKey AnswerEdit = new("concern.answer_edit");
    /// <summary>This preview is out of date: there is a newer one, or the answer has been sent.</summary>
    public static readonly TextKey AnswerDraftStale = new("concern.answer_draft_stale");
    /// <summary>✅ Answer to {number} sent ({staff}):</summary>
    public static readonly TextKey AnswerSentPreview = new("concern.answer_sent_preview");
    /// <summary>💬 answer to the question:</summary>
    public static readonly TextKey AnswerToQuestionMarker = new("concern.answer_to_question_marker");
    /// <summary>{number}: write the reason for banning the author (e.g. “advertising, 5 identical conce…</summary>
    public static readonly TextKey AskBanPrivate = new("concern.ask_ban_private");
    /// <summary>{number}: reply to this message (in Telegram: “Reply”) with the reason for banning the …</summary>
    public static readonly TextKey AskBanReply = new("concern.ask_ban_reply");
    /// <summary>{number}: write an internal note. Only staff see it — it is never sent to the citizen.</summary>
    public static readonly TextKey AskNotePrivate = new("concern.ask_note_private");
    /// <summary>{number}: reply to this message (in Telegram: “Reply”) with the note. Only staff see it…</summary>
    public static readonly TextKey AskNoteReply = new("concern.ask_note_reply");
    /// <summary>{number}: write a clarifying question to the author. They receive it word for word and …</summary>
    public static readonly TextKey AskQuestionPrivate = new("concern.ask_question_private");
    /// <summary>{number}: reply to this message (in Telegram: “Reply”) with a clarifying question to th…</summary>
    public static readonly TextKey AskQuestionReply = new("concern.ask_question_reply");
    /// <summary>The author of {number} is already banned.</summary>
    public static readonly TextKey AuthorAlreadyBanned = new("concern.author_already_banned");
    /// <summary>⛔ The author of {number} is banned. You can lift the ban in /banned.</summary>
    public static readonly TextKey AuthorBanned = new("concern.author_banned");
    /// <summary>The author of {number} cannot be banned: they are staff, or their data has been erased.</summary>
    public static readonly TextKey AuthorNotBannable = new("concern.author_not_bannable");
    /// <summary>The author of {number} is unknown: their data has been erased.</summary>
    public static readonly TextKey AuthorUnknown = new("concern.author_unknown");
    /// <summary>⛔ Ban</summary>
    public static readonly TextKey BanConfirm = new("concern.ban_confirm");
    /// <summary>Ban the author of concern {number}?</summary>
    public static readonly TextKey BanPreview = new("concern.ban_preview");
    /// <summary>💬 Additional answer ({at:d MMMM yyyy}):</summary>
    public static readonly TextKey CardAdditionalAnswer = new("concern.card_additional_answer");
    /// <summary>🔒 The author erased their personal data ({at:d MMMM yyyy}): the concern is anonymised.</summary>
    public static readonly TextKey CardAuthorErased = new("concern.card_author_erased");
    /// <summary>❓ Clarifying question (awaiting an answer):</summary>
    public static readonly TextKey CardQuestion = new("concern.card_question");
    /// <summary>additional answer</summary>
    public static readonly TextKey EventAdditionalAnswer = new("concern.event_additional_answer");
    /// <summary>internal note</summary>
    public static readonly TextKey EventNote = new("concern.event_note");
    /// <summary>clarifying question asked</summary>
    public static readonly TextKey EventQuestionAsked = new("concern.event_question_asked");
    /// <summary>question answered</summary>
    public static readonly TextKey EventQuestionAnswered = new("concern.event_question_answered");
    /// <summary>contact consent withdrawn</summary>
    public static readonly TextKey EventContactWithdrawn = new("concern.event_contact_withdrawn");
    /// <summary>the author erased their data</summary>
    public static readonly TextKey EventAuthorErased = new("concern.event_author_erased");
    /// <summary>📝 {number}: internal note saved (not sent to the citizen).</summary>
    public static readonly TextKey NoteAdded = new("concern.note_added");
    /// <summary>💬 Additional answer to your concern {number}</summary>
    public static readonly TextKey NotifyAdditionalAnswer = new("concern.notify_additional_answer");
    /// <summary>❓ A question about your concern {number}</summary>
    public static readonly TextKey NotifyQuestion = new("concern.notify_question");
    /// <summary>✍️ Reply</summary>
    public static readonly TextKey ReplyToQuestion = new("concern.reply_to_question");
    /// <summary>❓ {number}: the question has been sent to the author. The answer will come under the co…</summary>
    public static readonly TextKey QuestionSent = new("concern.question_sent");
    /// <summary>💬 The citizen answered the clarifying question on {number}</summary>
    public static readonly TextKey QuestionAnsweredToStaff = new("concern.question_answered_to_staff");
    /// <summary>❓ Staff's question:</summary>
    public static readonly TextKey QuestionToAnswer = new("concern.question_to_answer");
    /// <summary>❓ Ask the citizen</summary>
    public static readonly TextKey StaffAsk = new("concern.staff_ask");
    /// <summary>⛔ Ban the author</summary>
    public static readonly TextKey StaffBan = new("concern.staff_ban");
    /// <summary>📝 Note</summary>
    public static readonly TextKey StaffNote = new("concern.staff_note");
}
