using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Youth;

/// <summary>Texts of the youth programmes (participants and staff), in <c>youth.texts.json</c>.</summary>
public static class YouthTexts
{
    /// <summary>The version of the consent text (<see cref="Consent"/>) stored with each registration; change it whenever the consent changes.</summary>
    public const string ConsentVersion = "youth-consent-2";

    /// <summary>Main-menu entry.</summary>
    public static readonly TextKey MenuEntry = new("youth.menu_entry");
    /// <summary>Button: the user's registrations.</summary>
    public static readonly TextKey MyRegistrationsButton = new("youth.my_registrations_button");
    /// <summary>Button: one registration.</summary>
    public static readonly TextKey MyRegistrationButton = new("youth.my_registration_button");
    /// <summary>Button: back to the programmes.</summary>
    public static readonly TextKey BackToProgrammes = new("youth.back_to_programmes");
    /// <summary>Button: back to the programme's events.</summary>
    public static readonly TextKey BackToEvents = new("youth.back_to_events");
    /// <summary>Button: the event's card.</summary>
    public static readonly TextKey EventCardButton = new("youth.event_card_button");
    /// <summary>The programmes screen: {min}–{max} default ages, {items} the programmes.</summary>
    public static readonly TextKey ProgrammesIntro = new("youth.programmes_intro");
    /// <summary>One programme on the programmes screen: {name} name, {description} description.</summary>
    public static readonly TextKey ProgrammeItem = new("youth.programme_item");
    /// <summary>A programme with upcoming events: {name} name, {description} description.</summary>
    public static readonly TextKey ProgrammeEvents = new("youth.programme_events");
    /// <summary>A programme without upcoming events: {name} name, {description} description.</summary>
    public static readonly TextKey ProgrammeNoEvents = new("youth.programme_no_events");
    /// <summary>An event in a list: {start} start, {title} title.</summary>
    public static readonly TextKey EventButton = new("youth.event_button");
    /// <summary>An event id that does not exist.</summary>
    public static readonly TextKey EventNotFound = new("youth.event_not_found");
    /// <summary>The event card: {title} title, {programme} programme, {start} start, {where} place, {min}–{max} ages, {seats} seats and registration lines.</summary>
    public static readonly TextKey EventCard = new("youth.event_card");
    /// <summary>An event in short: {title} title, {start} start, {where} place.</summary>
    public static readonly TextKey EventSummary = new("youth.event_summary");
    /// <summary>Where: {place} the place.</summary>
    public static readonly TextKey WherePlace = new("youth.where_place");
    /// <summary>Where: {url} the online link.</summary>
    public static readonly TextKey WhereOnline = new("youth.where_online");
    /// <summary>Seats: {left} left of {capacity}.</summary>
    public static readonly TextKey SeatsLeft = new("youth.seats_left");
    /// <summary>No seats left: {capacity} capacity, {waitlisted} on the waitlist.</summary>
    public static readonly TextKey SeatsFull = new("youth.seats_full");
    /// <summary>Registration open until {deadline}.</summary>
    public static readonly TextKey RegistrationOpenUntil = new("youth.registration_open_until");
    /// <summary>Registration is closed (card line).</summary>
    public static readonly TextKey RegistrationClosedLine = new("youth.registration_closed_line");
    /// <summary>The event is cancelled (card line).</summary>
    public static readonly TextKey EventCancelledLine = new("youth.event_cancelled_line");
    /// <summary>The event has taken place (card line).</summary>
    public static readonly TextKey EventPassedLine = new("youth.event_passed_line");
    /// <summary>The reader's registration on a card: {status} its status.</summary>
    public static readonly TextKey YourRegistration = new("youth.your_registration");
    /// <summary>Button: register.</summary>
    public static readonly TextKey RegisterButton = new("youth.register_button");
    /// <summary>Button: register on the waitlist.</summary>
    public static readonly TextKey JoinWaitlistButton = new("youth.join_waitlist_button");
    /// <summary>Confirmed: {code} code.</summary>
    public static readonly TextKey StatusConfirmed = new("youth.status_confirmed");
    /// <summary>Waitlisted: {position} position.</summary>
    public static readonly TextKey StatusWaitlisted = new("youth.status_waitlisted");
    /// <summary>The registration was cancelled.</summary>
    public static readonly TextKey StatusCancelled = new("youth.status_cancelled");
    /// <summary>Checked in at {at}.</summary>
    public static readonly TextKey StatusAttended = new("youth.status_attended");
    /// <summary>The organisers cancelled the event.</summary>
    public static readonly TextKey StatusEventCancelled = new("youth.status_event_cancelled");
    /// <summary>The registration flow's name.</summary>
    public static readonly TextKey RegistrationFlowTitle = new("youth.registration_flow_title");
    /// <summary>Consent to personal data processing (Law 94-V art. 8): {event} the event's title.</summary>
    public static readonly TextKey Consent = new("youth.consent");
    /// <summary>Button: agree to the processing.</summary>
    public static readonly TextKey AgreeButton = new("youth.agree_button");
    /// <summary>Offers last time's details: {name} name, {age} age, {region} region, {place} study/work, {phone} phone.</summary>
    public static readonly TextKey ProfileOffer = new("youth.profile_offer");
    /// <summary>Button: use last time's details.</summary>
    public static readonly TextKey UseProfileButton = new("youth.use_profile_button");
    /// <summary>The remembered details were erased while the registration was open.</summary>
    public static readonly TextKey ProfileGone = new("youth.profile_gone");
    /// <summary>Button: give the details again.</summary>
    public static readonly TextKey ChangeProfileButton = new("youth.change_profile_button");
    /// <summary>The saved age {age} is outside the event's {min}–{max}.</summary>
    public static readonly TextKey ProfileAgeOutsideRange = new("youth.profile_age_outside_range");
    /// <summary>Asks for the full name.</summary>
    public static readonly TextKey AskFullName = new("youth.ask_full_name");
    /// <summary>Explains what a full name must be.</summary>
    public static readonly TextKey FullNameInvalid = new("youth.full_name_invalid");
    /// <summary>Asks for the age: the event is for {min}–{max}.</summary>
    public static readonly TextKey AskAge = new("youth.ask_age");
    /// <summary>Explains that the age is a number.</summary>
    public static readonly TextKey AgeNotNumber = new("youth.age_not_number");
    /// <summary>Refuses an age outside {min}–{max}; the registration ends.</summary>
    public static readonly TextKey AgeOutOfRange = new("youth.age_out_of_range");
    /// <summary>Asks for the region.</summary>
    public static readonly TextKey AskRegion = new("youth.ask_region");
    /// <summary>Asks for the place of study or work.</summary>
    public static readonly TextKey AskStudyOrWork = new("youth.ask_study_or_work");
    /// <summary>Explains the study/work field.</summary>
    public static readonly TextKey StudyOrWorkInvalid = new("youth.study_or_work_invalid");
    /// <summary>Asks for the phone via the contact button.</summary>
    public static readonly TextKey AskPhone = new("youth.ask_phone");
    /// <summary>Asks for the optional motivation, up to {max} characters.</summary>
    public static readonly TextKey AskMotivation = new("youth.ask_motivation");
    /// <summary>The review: {event} event, {name} name, {age} age, {region} region, {place} study/work, {phone} phone, {motivation} motivation.</summary>
    public static readonly TextKey Review = new("youth.review");
    /// <summary>An optional field left empty.</summary>
    public static readonly TextKey NotGiven = new("youth.not_given");
    /// <summary>Button: change the name.</summary>
    public static readonly TextKey ChangeFullNameButton = new("youth.change_full_name_button");
    /// <summary>Button: change the age.</summary>
    public static readonly TextKey ChangeAgeButton = new("youth.change_age_button");
    /// <summary>Button: change the region.</summary>
    public static readonly TextKey ChangeRegionButton = new("youth.change_region_button");
    /// <summary>Button: change study or work.</summary>
    public static readonly TextKey ChangeStudyOrWorkButton = new("youth.change_study_or_work_button");
    /// <summary>Button: change the phone.</summary>
    public static readonly TextKey ChangePhoneButton = new("youth.change_phone_button");
    /// <summary>Button: change the motivation.</summary>
    public static readonly TextKey ChangeMotivationButton = new("youth.change_motivation_button");
    /// <summary>Registration for {event} is closed (at any step, or when pressing Register).</summary>
    public static readonly TextKey RegistrationClosedNow = new("youth.registration_closed_now");
    /// <summary>A second registration is refused: {event} event, {status} the existing one's status.</summary>
    public static readonly TextKey AlreadyRegistered = new("youth.already_registered");
    /// <summary>Registered with a seat: {event} event, {code} code.</summary>
    public static readonly TextKey RegisteredConfirmed = new("youth.registered_confirmed");
    /// <summary>Registered on the waitlist: {event} event, {position} position.</summary>
    public static readonly TextKey RegisteredWaitlisted = new("youth.registered_waitlisted");
    /// <summary>Caption of the .ics file.</summary>
    public static readonly TextKey CalendarCaption = new("youth.calendar_caption");
    /// <summary>The calendar entry's description (plain text): {code} code.</summary>
    public static readonly TextKey CalendarDescriptionConfirmed = new("youth.calendar_description_confirmed");
    /// <summary>The calendar entry's description for the waitlisted (plain text).</summary>
    public static readonly TextKey CalendarDescriptionWaitlisted = new("youth.calendar_description_waitlisted");
    /// <summary>Heading of the user's registrations.</summary>
    public static readonly TextKey MyRegistrationsTitle = new("youth.my_registrations_title");
    /// <summary>The user has no active registrations.</summary>
    public static readonly TextKey MyRegistrationsEmpty = new("youth.my_registrations_empty");
    /// <summary>A confirmed registration in a list: {start} start, {title} title.</summary>
    public static readonly TextKey RegistrationButtonConfirmed = new("youth.registration_button_confirmed");
    /// <summary>A waitlisted registration in a list: {start} start, {title} title.</summary>
    public static readonly TextKey RegistrationButtonWaitlisted = new("youth.registration_button_waitlisted");
    /// <summary>One registration: {event} event, {status} status.</summary>
    public static readonly TextKey RegistrationDetails = new("youth.registration_details");
    /// <summary>Button: cancel the registration.</summary>
    public static readonly TextKey CancelRegistrationButton = new("youth.cancel_registration_button");
    /// <summary>Button: send the calendar file again.</summary>
    public static readonly TextKey CalendarButton = new("youth.calendar_button");
    /// <summary>Asks to confirm cancelling: {event} event.</summary>
    public static readonly TextKey CancelAsk = new("youth.cancel_ask");
    /// <summary>Button: yes, cancel the registration.</summary>
    public static readonly TextKey CancelYes = new("youth.cancel_yes");
    /// <summary>Button: keep the registration.</summary>
    public static readonly TextKey CancelNo = new("youth.cancel_no");
    /// <summary>The registration is cancelled: {event} event.</summary>
    public static readonly TextKey CancelDone = new("youth.cancel_done");
    /// <summary>The event has started; cancelling is no longer possible.</summary>
    public static readonly TextKey CancelTooLate = new("youth.cancel_too_late");
    /// <summary>The registration is already cancelled.</summary>
    public static readonly TextKey CancelAlready = new("youth.cancel_already");
    /// <summary>To a waitlisted participant who got a seat: {event} event, {code} code.</summary>
    public static readonly TextKey Promoted = new("youth.promoted");
    /// <summary>A reminder before the event: {event} event, {code} code.</summary>
    public static readonly TextKey Reminder = new("youth.reminder");
    /// <summary>To registrants: the event is cancelled: {event} event.</summary>
    public static readonly TextKey EventCancelledNotice = new("youth.event_cancelled_notice");
    /// <summary>To registrants: the time or place changed: {event} event as it is now.</summary>
    public static readonly TextKey EventChangedNotice = new("youth.event_changed_notice");
    /// <summary>A title not in the reader's language: {title} title, {language} its language.</summary>
    public static readonly TextKey TitleInOtherLanguage = new("youth.title_in_other_language");
    /// <summary>Kazakh, as used in the title note.</summary>
    public static readonly TextKey LanguageKk = new("youth.language_kk");
    /// <summary>Russian, as used in the title note.</summary>
    public static readonly TextKey LanguageRu = new("youth.language_ru");
    /// <summary>English, as used in the title note.</summary>
    public static readonly TextKey LanguageEn = new("youth.language_en");
    /// <summary>Description of /newevent.</summary>
    public static readonly TextKey CommandNewEvent = new("youth.command_newevent");
    /// <summary>Description of /events.</summary>
    public static readonly TextKey CommandEvents = new("youth.command_events");
    /// <summary>Description of /registrants.</summary>
    public static readonly TextKey CommandRegistrants = new("youth.command_registrants");
    /// <summary>Description of /exportregs.</summary>
    public static readonly TextKey CommandExportRegs = new("youth.command_exportregs");
    /// <summary>Description of /checkin.</summary>
    public static readonly TextKey CommandCheckIn = new("youth.command_checkin");
    /// <summary>Main-menu entry for editors.</summary>
    public static readonly TextKey StaffMenuEntry = new("youth.staff_menu_entry");
    /// <summary>A flow cannot run in a group chat.</summary>
    public static readonly TextKey StaffUsePrivateChat = new("youth.staff_use_private_chat");
    /// <summary>The event creation flow's name.</summary>
    public static readonly TextKey NewEventFlowTitle = new("youth.new_event_flow_title");
    /// <summary>The event editing flow's name.</summary>
    public static readonly TextKey EditEventFlowTitle = new("youth.edit_event_flow_title");
    /// <summary>Asks for the programme.</summary>
    public static readonly TextKey AskProgramme = new("youth.ask_programme");
    /// <summary>Asks for the Kazakh title: {current} the current value.</summary>
    public static readonly TextKey AskTitleKk = new("youth.ask_title_kk");
    /// <summary>Asks for the Russian title: {current} the current value.</summary>
    public static readonly TextKey AskTitleRu = new("youth.ask_title_ru");
    /// <summary>Asks for the English title: {current} the current value.</summary>
    public static readonly TextKey AskTitleEn = new("youth.ask_title_en");
    /// <summary>The current value of a field being edited: {value}.</summary>
    public static readonly TextKey CurrentValue = new("youth.current_value");
    /// <summary>Button: no title in this language.</summary>
    public static readonly TextKey SkipLanguageButton = new("youth.skip_language_button");
    /// <summary>Button: keep the current value.</summary>
    public static readonly TextKey KeepButton = new("youth.keep_button");
    /// <summary>A title longer than {max}.</summary>
    public static readonly TextKey TitleInvalid = new("youth.title_invalid");
    /// <summary>All three titles were skipped.</summary>
    public static readonly TextKey TitleNeeded = new("youth.title_needed");
    /// <summary>Asks for the start: {example} an example date, {current} the current value.</summary>
    public static readonly TextKey AskStart = new("youth.ask_start");
    /// <summary>A date that cannot be read.</summary>
    public static readonly TextKey DateInvalid = new("youth.date_invalid");
    /// <summary>A start in the past.</summary>
    public static readonly TextKey StartInPast = new("youth.start_in_past");
    /// <summary>Asks for the place or link: {current} the current value.</summary>
    public static readonly TextKey AskPlace = new("youth.ask_place");
    /// <summary>Explains the place step.</summary>
    public static readonly TextKey PlaceInvalid = new("youth.place_invalid");
    /// <summary>Asks for the capacity: {max} the maximum, {current} the current value.</summary>
    public static readonly TextKey AskCapacity = new("youth.ask_capacity");
    /// <summary>Explains the capacity: 1 to {max}.</summary>
    public static readonly TextKey CapacityInvalid = new("youth.capacity_invalid");
    /// <summary>Asks for the age range: {current} the current value.</summary>
    public static readonly TextKey AskAges = new("youth.ask_ages");
    /// <summary>Explains the age range.</summary>
    public static readonly TextKey AgesInvalid = new("youth.ages_invalid");
    /// <summary>Asks for the registration deadline: {start} the start, {current} the current value.</summary>
    public static readonly TextKey AskDeadline = new("youth.ask_deadline");
    /// <summary>Button: registration closes at the start.</summary>
    public static readonly TextKey DeadlineAtStartButton = new("youth.deadline_at_start_button");
    /// <summary>A deadline in the past or after the start ({start}).</summary>
    public static readonly TextKey DeadlineInvalid = new("youth.deadline_invalid");
    /// <summary>The deadline was moved to the new start {start}.</summary>
    public static readonly TextKey DeadlineMovedToStart = new("youth.deadline_moved_to_start");
    /// <summary>The event review: {programme} programme, {kk}–{en} titles kk/ru/en, {start} start, {where} place, {capacity} seats, {ages} ages, {deadline} deadline.</summary>
    public static readonly TextKey EventReview = new("youth.event_review");
    /// <summary>Button: change the programme.</summary>
    public static readonly TextKey ChangeProgrammeButton = new("youth.change_programme_button");
    /// <summary>Button: change the titles.</summary>
    public static readonly TextKey ChangeTitleButton = new("youth.change_title_button");
    /// <summary>Button: change the start.</summary>
    public static readonly TextKey ChangeStartButton = new("youth.change_start_button");
    /// <summary>Button: change the place.</summary>
    public static readonly TextKey ChangePlaceButton = new("youth.change_place_button");
    /// <summary>Button: change the capacity.</summary>
    public static readonly TextKey ChangeCapacityButton = new("youth.change_capacity_button");
    /// <summary>Button: change the age range.</summary>
    public static readonly TextKey ChangeAgesButton = new("youth.change_ages_button");
    /// <summary>Button: change the deadline.</summary>
    public static readonly TextKey ChangeDeadlineButton = new("youth.change_deadline_button");
    /// <summary>Button: create the event.</summary>
    public static readonly TextKey CreateEventButton = new("youth.create_event_button");
    /// <summary>Button: save the changes.</summary>
    public static readonly TextKey SaveEventButton = new("youth.save_event_button");
    /// <summary>The start or deadline passed while the draft waited.</summary>
    public static readonly TextKey DatesPassed = new("youth.dates_passed");
    /// <summary>The event was created: {id} id, {link} the participants' link.</summary>
    public static readonly TextKey EventCreated = new("youth.event_created");
    /// <summary>The changes were saved: {id} id, {told} registrants told of a new time or place, {promoted} promoted from the waitlist.</summary>
    public static readonly TextKey EventSaved = new("youth.event_saved");
    /// <summary>The event is cancelled or has started.</summary>
    public static readonly TextKey EventNotEditable = new("youth.event_not_editable");
    /// <summary>More confirmed ({confirmed}) than the new capacity ({capacity}).</summary>
    public static readonly TextKey CapacityBelowConfirmed = new("youth.capacity_below_confirmed");
    /// <summary>Heading of the staff list of events.</summary>
    public static readonly TextKey StaffEventsTitle = new("youth.staff_events_title");
    /// <summary>No events yet.</summary>
    public static readonly TextKey StaffEventsEmpty = new("youth.staff_events_empty");
    /// <summary>An event in the staff list: {id} id, {start} start, {title} title, {confirmed} confirmed of {capacity}, {icon} status icon.</summary>
    public static readonly TextKey StaffEventButton = new("youth.staff_event_button");
    /// <summary>Status icon: open.</summary>
    public static readonly TextKey IconOpen = new("youth.icon_open");
    /// <summary>Status icon: registration closed.</summary>
    public static readonly TextKey IconClosed = new("youth.icon_closed");
    /// <summary>Status icon: cancelled.</summary>
    public static readonly TextKey IconCancelled = new("youth.icon_cancelled");
    /// <summary>Status icon: past.</summary>
    public static readonly TextKey IconPast = new("youth.icon_past");
    /// <summary>The staff card: {id} id, {programme} programme, {titles} titles, {start} start, {where} place, {capacity} capacity, {ages} ages, {deadline} deadline, {status} status, {counts} counts, {link} link.</summary>
    public static readonly TextKey StaffEventCard = new("youth.staff_event_card");
    /// <summary>Staff status: open.</summary>
    public static readonly TextKey EventStatusOpen = new("youth.event_status_open");
    /// <summary>Staff status: closed by staff.</summary>
    public static readonly TextKey EventStatusClosed = new("youth.event_status_closed");
    /// <summary>Staff status: deadline passed.</summary>
    public static readonly TextKey EventStatusDeadlinePassed = new("youth.event_status_deadline_passed");
    /// <summary>Staff status: cancelled.</summary>
    public static readonly TextKey EventStatusCancelled = new("youth.event_status_cancelled");
    /// <summary>Staff status: has taken place.</summary>
    public static readonly TextKey EventStatusPast = new("youth.event_status_past");
    /// <summary>Counts: {confirmed} confirmed of {capacity}, {waitlisted} waitlist, {cancelled} cancelled, {attended} attended.</summary>
    public static readonly TextKey RosterCounts = new("youth.roster_counts");
    /// <summary>Button: edit the event.</summary>
    public static readonly TextKey EditEventButton = new("youth.edit_event_button");
    /// <summary>Button: close registration.</summary>
    public static readonly TextKey CloseRegistrationButton = new("youth.close_registration_button");
    /// <summary>Button: reopen registration.</summary>
    public static readonly TextKey ReopenRegistrationButton = new("youth.reopen_registration_button");
    /// <summary>Button: cancel the event.</summary>
    public static readonly TextKey CancelEventButton = new("youth.cancel_event_button");
    /// <summary>Button: registrants.</summary>
    public static readonly TextKey RegistrantsButton = new("youth.registrants_button");
    /// <summary>Button: CSV export.</summary>
    public static readonly TextKey ExportButton = new("youth.export_button");
    /// <summary>Button: the staff list of events.</summary>
    public static readonly TextKey StaffEventsButton = new("youth.staff_events_button");
    /// <summary>Button: the staff card of an event.</summary>
    public static readonly TextKey StaffEventCardButton = new("youth.staff_event_card_button");
    /// <summary>Asks to confirm cancelling event {id} «{title}»; {registrants} registrants will be told.</summary>
    public static readonly TextKey CancelEventAsk = new("youth.cancel_event_ask");
    /// <summary>Button: yes, cancel the event.</summary>
    public static readonly TextKey CancelEventYes = new("youth.cancel_event_yes");
    /// <summary>Event {id} was cancelled; {told} registrants told.</summary>
    public static readonly TextKey EventCancelledDone = new("youth.event_cancelled_done");
    /// <summary>Event {id} is already cancelled.</summary>
    public static readonly TextKey EventAlreadyCancelled = new("youth.event_already_cancelled");
    /// <summary>Registration for event {id} was closed.</summary>
    public static readonly TextKey RegistrationClosedDone = new("youth.registration_closed_done");
    /// <summary>Registration for event {id} was reopened.</summary>
    public static readonly TextKey RegistrationReopened = new("youth.registration_reopened");
    /// <summary>Registration for event {id} cannot reopen: deadline or start passed.</summary>
    public static readonly TextKey CannotReopen = new("youth.cannot_reopen");
    /// <summary>Registrants: {id} id, {title} title, {counts} counts, {lines} lines.</summary>
    public static readonly TextKey Registrants = new("youth.registrants");
    /// <summary>A confirmed registrant: {number} number, {name} name, {code} code, {attended} attended mark.</summary>
    public static readonly TextKey RegistrantLine = new("youth.registrant_line");
    /// <summary>Marks a registrant who was checked in.</summary>
    public static readonly TextKey AttendedMark = new("youth.attended_mark");
    /// <summary>A waitlisted registrant: {position} position, {name} name.</summary>
    public static readonly TextKey WaitlistLine = new("youth.waitlist_line");
    /// <summary>{count} more lines not shown; {id} event id.</summary>
    public static readonly TextKey RegistrantsMore = new("youth.registrants_more");
    /// <summary>Nobody registered yet.</summary>
    public static readonly TextKey RegistrantsNone = new("youth.registrants_none");
    /// <summary>How to use /registrants.</summary>
    public static readonly TextKey RegistrantsUsage = new("youth.registrants_usage");
    /// <summary>How to use /exportregs.</summary>
    public static readonly TextKey ExportUsage = new("youth.export_usage");
    /// <summary>No event with the number {typed}.</summary>
    public static readonly TextKey EventNumberUnknown = new("youth.event_number_unknown");
    /// <summary>Caption of the CSV: {id} id, {title} title, {count} rows.</summary>
    public static readonly TextKey ExportCaption = new("youth.export_caption");
    /// <summary>CSV header: row number.</summary>
    public static readonly TextKey CsvNumber = new("youth.csv_number");
    /// <summary>CSV header: code.</summary>
    public static readonly TextKey CsvCode = new("youth.csv_code");
    /// <summary>CSV header: status.</summary>
    public static readonly TextKey CsvStatus = new("youth.csv_status");
    /// <summary>CSV header: waitlist position.</summary>
    public static readonly TextKey CsvWaitlistPosition = new("youth.csv_waitlist_position");
    /// <summary>CSV header: full name.</summary>
    public static readonly TextKey CsvFullName = new("youth.csv_full_name");
    /// <summary>CSV header: age.</summary>
    public static readonly TextKey CsvAge = new("youth.csv_age");
    /// <summary>CSV header: region.</summary>
    public static readonly TextKey CsvRegion = new("youth.csv_region");
    /// <summary>CSV header: study or work.</summary>
    public static readonly TextKey CsvStudyOrWork = new("youth.csv_study_or_work");
    /// <summary>CSV header: phone.</summary>
    public static readonly TextKey CsvPhone = new("youth.csv_phone");
    /// <summary>CSV header: motivation.</summary>
    public static readonly TextKey CsvMotivation = new("youth.csv_motivation");
    /// <summary>CSV header: registration time.</summary>
    public static readonly TextKey CsvRegistered = new("youth.csv_registered");
    /// <summary>CSV header: check-in time.</summary>
    public static readonly TextKey CsvAttended = new("youth.csv_attended");
    /// <summary>Status word: confirmed.</summary>
    public static readonly TextKey WordConfirmed = new("youth.word_confirmed");
    /// <summary>Status word: waitlisted.</summary>
    public static readonly TextKey WordWaitlisted = new("youth.word_waitlisted");
    /// <summary>Status word: cancelled.</summary>
    public static readonly TextKey WordCancelled = new("youth.word_cancelled");
    /// <summary>Status word: checked in.</summary>
    public static readonly TextKey WordAttended = new("youth.word_attended");
    /// <summary>The check-in flow's name.</summary>
    public static readonly TextKey CheckInFlowTitle = new("youth.check_in_flow_title");
    /// <summary>Asks for codes one by one.</summary>
    public static readonly TextKey CheckInAsk = new("youth.check_in_ask");
    /// <summary>Button: finish checking in.</summary>
    public static readonly TextKey CheckInStopButton = new("youth.check_in_stop_button");
    /// <summary>Check-in finished.</summary>
    public static readonly TextKey CheckInStopped = new("youth.check_in_stopped");
    /// <summary>Checked in: {name} name, {age} age, {region} region, {event} event, {code} code.</summary>
    public static readonly TextKey CheckedIn = new("youth.checked_in");
    /// <summary>Already checked in: {name} name, {code} code, {at} when.</summary>
    public static readonly TextKey AlreadyCheckedIn = new("youth.already_checked_in");
    /// <summary>No registration with code {code}.</summary>
    public static readonly TextKey CodeUnknown = new("youth.code_unknown");
    /// <summary>The text {typed} cannot be a code.</summary>
    public static readonly TextKey CodeInvalid = new("youth.code_invalid");
    /// <summary>Code {code} of {name} is on the waitlist of {event}: no seat.</summary>
    public static readonly TextKey CodeWaitlisted = new("youth.code_waitlisted");
    /// <summary>Code {code} of {name} for {event} was cancelled.</summary>
    public static readonly TextKey CodeCancelled = new("youth.code_cancelled");
    /// <summary>Code {code} is for the cancelled event {event}.</summary>
    public static readonly TextKey CodeEventCancelled = new("youth.code_event_cancelled");

    /// <summary>A language's name as the title note uses it ("only in Russian").</summary>
    public static TextKey InLanguageName(Language language) => language switch
    {
        Language.Kk => LanguageKk,
        Language.Ru => LanguageRu,
        _ => LanguageEn,
    };
}
