using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Privacy;
using Senate.Bot.Domain.Staff;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// The operations on concerns that flows and buttons share: limits, similar concerns, submission, support, staff
/// actions through the lifecycle, additions. Each operation changes the store and adds the replies it causes —
/// to the person acting, to the author in the author's language, and to the staff chat.
/// </summary>
internal sealed class ConcernDesk(ConcernContext context, ConcernCards cards, UserBans? bans)
{
    /// <summary>The version of the consent text a citizen agrees to (change it when the consent text changes).</summary>
    public const string ConsentVersion = "concern.consent@2";

    /// <summary>An official answer says something: a bare "ok" or "done" is refused.</summary>
    public const int AnswerMinLength = 20;
    public const int AnswerMaxLength = 3500;
    public const int BodyMinLength = 2;
    public const int BodyMaxLength = 200;
    public const int NoteMaxLength = 1000;
    public const int QuestionMinLength = 10;
    public const int QuestionMaxLength = 1000;
    public const int BanReasonMinLength = 5;
    public const int BanReasonMaxLength = 300;
    public const int AdditionMinLength = 5;

    /// <summary>A staff-chat reply that starts with this stays in the staff chat as an internal note.</summary>
    public const string NoteMarker = "//";

    /// <summary>An addition goes to the staff chat as a photo caption, which Telegram limits to 1024 characters.</summary>
    public const int AdditionMaxLength = 900;

    private IConcernStore Store => context.Store;

    /// <summary>True when the user has already submitted the daily limit of concerns today.</summary>
    public bool DailyLimitReached(long userId, DateTimeOffset now)
    {
        var today = context.Deadlines.LocalDate(now);
        return Store.ByAuthor(userId).Count(c => context.Deadlines.LocalDate(c.RegisteredUtc) == today) >= context.Settings.DailyLimit;
    }

    /// <summary>The user's concern with the same text within the window, if any.</summary>
    public Concern? SameText(long userId, string text, DateTimeOffset now)
    {
        var normalized = TextMatching.Normalize(text);
        var since = now.UtcDateTime - context.Settings.RepeatedTextWindow;
        return Store.ByAuthor(userId)
            .Where(c => c.RegisteredUtc >= since && TextMatching.Normalize(c.Description) == normalized)
            .MaxBy(c => c.RegisteredUtc);
    }

    /// <summary>
    /// Open concerns of the same region and category that the user neither wrote nor supports, most relevant first:
    /// the most words shared with the description, then the most people affected, then the newest.
    /// </summary>
    public IReadOnlyList<long> Similar(string regionId, string categoryId, string description, long userId)
    {
        var stems = TextMatching.StemKeys(description);
        var shown = context.Settings.SimilarShown;

        // The best few so far, best first; a candidate goes ahead of one only when strictly better, so ties keep the
        // ascending id order the candidates come in. No list of every open concern is made and sorted.
        var best = new List<(OpenConcern Concern, int Score)>(shown + 1);
        foreach (var concern in Store.Open(regionId, categoryId))
        {
            if (concern.AuthorId == userId || Array.IndexOf(concern.SupporterIds, userId) >= 0)
            {
                continue;
            }

            var candidate = (concern, concern.Overlap(stems));
            var at = best.Count;
            while (at > 0 && Better(candidate, best[at - 1]))
            {
                at--;
            }

            if (at < shown)
            {
                best.Insert(at, candidate);
                if (best.Count > shown)
                {
                    best.RemoveAt(shown);
                }
            }
        }

        return [.. best.Select(x => x.Concern.Id)];
    }

    /// <summary>More shared words first, then more people behind it, then the newer.</summary>
    private static bool Better((OpenConcern Concern, int Score) a, (OpenConcern Concern, int Score) b) =>
        a.Score != b.Score ? a.Score > b.Score
        : a.Concern.SupportCount != b.Concern.SupportCount ? a.Concern.SupportCount > b.Concern.SupportCount
        : a.Concern.RegisteredUtc > b.Concern.RegisteredUtc;

    /// <summary>Registers a concern from a complete draft; sends the receipt and the staff post.</summary>
    public Concern Submit(Turn turn, ConcernDraft draft)
    {
        var now = turn.Now;
        var registration = context.Deadlines.RegistrationDate(now);
        var due = context.Deadlines.DueDate(registration);
        var anonymous = draft.Contact != ContactChoice.Contact || draft.ContactPhone is null;
        var concern = new Concern
        {
            AuthorId = turn.User.Id,
            AuthorLanguage = turn.Language,
            RegionId = draft.RegionId!,
            Settlement = draft.Settlement,
            CategoryId = draft.CategoryId!,
            Description = draft.Description!,
            PhotoFileIds = [.. draft.Photos],
            Latitude = draft.Latitude,
            Longitude = draft.Longitude,
            Anonymous = anonymous,
            ContactName = anonymous ? null : draft.ContactName,
            ContactPhone = anonymous ? null : draft.ContactPhone,
            ConsentUtc = anonymous ? null : draft.Consent?.AtUtc,
            ConsentVersion = anonymous ? null : draft.Consent?.Version,
            RegisteredUtc = now.UtcDateTime,
            RegistrationDate = ConcernDeadlines.Store(registration),
            DueDate = ConcernDeadlines.Store(due),
            Status = ConcernStatus.New,
            UpdatedUtc = now.UtcDateTime,
            Number = $"SB-{registration.Year}-{Store.NextNumber(registration.Year):D6}",
        };
        concern.History.Add(new ConcernHistoryEntry { AtUtc = now.UtcDateTime, Event = ConcernEvent.Submitted });
        Store.Insert(concern);
        if (!anonymous && draft.Consent is { } consent)
        {
            turn.RecordConsent(ConsentScopes.ConcernContact, consent, ConsentScopes.ConcernContactCovers, concern.Number, concern.Id);
        }

        turn.Send(new Reply
        {
            Text = Text.Paragraphs(
                Text.Lines(
                    ConcernTexts.Receipt.With(new { number = concern.Number, received = concern.RegisteredUtc, due, days = context.Settings.AnswerWorkingDays }),
                    registration != context.Deadlines.LocalDate(now) ? ConcernTexts.ReceiptNextWorkingDay.With(new { date = registration }) : null),
                concern.Anonymous ? ConcernTexts.ReceiptAnonymous : null,
                ConcernTexts.ReceiptKeep),
            Buttons = [[new Button(ConcernTexts.MenuMine, ConcernCards.Data.Mine)]],
            RemoveKeyboard = true,
        });
        if (context.Settings.StaffChatId is { } staffChat)
        {
            turn.Send(cards.NewPost(concern, staffChat));
        }

        return concern;
    }

    /// <summary>Adds the user's "me too" to an open concern; false if it is no longer open.</summary>
    public bool Support(Turn turn, Concern concern)
    {
        if (!ConcernLifecycle.IsOpen(concern.Status))
        {
            return false;
        }

        var userId = turn.User.Id;
        if (concern.AuthorId == userId || concern.SupporterIds.Contains(userId))
        {
            turn.Say(ConcernTexts.SupportAlready.With(new { number = concern.Number }));
            return true;
        }

        concern.SupporterIds.Add(userId);
        concern.SupportCount++;
        concern.UpdatedUtc = turn.Now.UtcDateTime;
        Store.Update(concern);
        turn.Send(new Reply
        {
            Text = ConcernTexts.SupportThanks.With(new { number = concern.Number, people = concern.SupportCount + 1 }),
            RemoveKeyboard = true,
        });
        Send(turn, cards.PostUpdate(concern));
        return true;
    }

    /// <summary>
    /// Applies a staff action (or the author's withdrawal) if the lifecycle permits it: records it in the history,
    /// saves, tells the author in their language and updates the staff post. False (and nothing changed) otherwise.
    /// </summary>
    public bool Apply(Turn turn, Concern concern, ConcernAction action, string? note = null, RejectReason? reason = null, Concern? original = null)
    {
        var lifecycle = new ConcernLifecycle(concern);
        if (!lifecycle.CanFire(action))
        {
            return false;
        }

        lifecycle.Fire(action);
        var nowUtc = turn.Now.UtcDateTime;
        var byStaff = action != ConcernAction.Withdraw;
        var entry = new ConcernHistoryEntry
        {
            AtUtc = nowUtc,
            StaffId = byStaff ? turn.User.Id : null,
            StaffName = byStaff ? turn.User.FirstName : null,
        };
        Text? notice = null;
        switch (action)
        {
            case ConcernAction.Accept:
                entry.Event = ConcernEvent.Accepted;
                notice = ConcernTexts.NotifyAccepted.With(new { number = concern.Number, due = ConcernDeadlines.Stored(concern.DueDate) });
                break;
            case ConcernAction.Forward:
                concern.ForwardedTo = note;
                entry.Event = ConcernEvent.Forwarded;
                entry.Note = note;
                notice = ConcernTexts.NotifyForwarded.With(new { number = concern.Number, body = note ?? string.Empty });
                break;
            case ConcernAction.Answer:
                var additional = concern.Answer is not null;
                concern.Answer = note;
                concern.AnsweredUtc = nowUtc;
                concern.AnswerDraft = null;
                entry.Event = additional ? ConcernEvent.AdditionalAnswer : ConcernEvent.Answered;
                entry.Note = note;
                notice = AnswerNotice(concern, note ?? string.Empty, additional);
                break;
            case ConcernAction.Reject:
                var why = reason ?? RejectReason.InsufficientDetails;
                concern.RejectReason = why;
                entry.Event = ConcernEvent.Rejected;
                entry.Note = why.ToString();
                notice = ConcernTexts.NotifyRejected.With(new { number = concern.Number, reason = ConcernFormat.Reason(why) });
                break;
            case ConcernAction.MarkDuplicate:
                concern.RejectReason = RejectReason.Duplicate;
                concern.DuplicateOfId = original?.Id;
                entry.Event = ConcernEvent.MarkedDuplicate;
                entry.Note = original?.Number;
                notice = ConcernTexts.NotifyDuplicate.With(new { number = concern.Number, original = original?.Number ?? string.Empty });
                if (original is not null)
                {
                    CountAuthorAsSupporter(turn, concern, original);
                }

                break;
            case ConcernAction.Close:
                entry.Event = ConcernEvent.Closed;
                notice = ConcernTexts.NotifyClosed.With(new { number = concern.Number });
                break;
            case ConcernAction.Withdraw:
                entry.Event = ConcernEvent.Withdrawn;
                Send(turn, cards.ToStaffChat(concern, ConcernTexts.WithdrawnToStaff.With(new { number = concern.Number })));
                break;
        }

        concern.History.Add(entry);
        concern.UpdatedUtc = nowUtc;
        Store.Update(concern);
        if (byStaff)
        {
            turn.Audit(action == ConcernAction.Answer ? AuditAction.Answered : AuditAction.StatusChanged, concern.Number, entry.Event.ToString());
        }

        if (notice is not null)
        {
            Send(turn, ConcernCards.ToAuthor(concern, notice));
        }

        Send(turn, cards.PostUpdate(concern));
        return true;
    }

    /// <summary>
    /// A staff member's text for a concern, from a reply in the staff chat: an internal note when it starts with
    /// <see cref="NoteMarker"/>; otherwise what <paramref name="kind"/> says (an answer is previewed first). Applied, or
    /// the reason it cannot be is said to staff. False when it could not be used.
    /// </summary>
    public bool StaffText(Turn turn, Concern concern, StaffTextKind kind, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith(NoteMarker, StringComparison.Ordinal))
        {
            (kind, trimmed) = (StaffTextKind.Note, trimmed[NoteMarker.Length..].Trim());
        }

        if (StaffTextProblem(concern, kind, trimmed) is { } problem)
        {
            TellStaff(turn, problem);
            return false;
        }

        if (kind == StaffTextKind.Answer)
        {
            PreviewAnswer(turn, concern, trimmed);
            return true;
        }

        ApplyStaffText(turn, concern, kind, trimmed);
        return true;
    }

    /// <summary>The length a staff text of a kind must have.</summary>
    public static (int Min, int Max) Window(StaffTextKind kind) => kind switch
    {
        StaffTextKind.Answer => (AnswerMinLength, AnswerMaxLength),
        StaffTextKind.Forward => (BodyMinLength, BodyMaxLength),
        StaffTextKind.Note => (1, NoteMaxLength),
        StaffTextKind.Question => (QuestionMinLength, QuestionMaxLength),
        StaffTextKind.Ban => (BanReasonMinLength, BanReasonMaxLength),
        _ => (1, BodyMaxLength),
    };

    /// <summary>Why a staff text cannot be used (its length, an unknown original, nobody to ask), or null.</summary>
    public Text? StaffTextProblem(Concern concern, StaffTextKind kind, string trimmed)
    {
        var (min, max) = Window(kind);
        return trimmed.Length switch
        {
            0 => ConcernTexts.AnswerEmpty,
            var length when length < min => CommonTexts.TextTooShort.With(new { length, min, max }),
            var length when length > max => CommonTexts.TextTooLong.With(new { length, max }),
            _ => kind switch
            {
                StaffTextKind.Duplicate when Store.GetByNumber(trimmed) is not { } original => ConcernTexts.DuplicateNotFound.With(new { typed = TextMatching.Shorten(trimmed, 40) }),
                StaffTextKind.Duplicate when Store.GetByNumber(trimmed)!.Id == concern.Id => ConcernTexts.DuplicateSelf,
                StaffTextKind.Question or StaffTextKind.Ban when concern.AuthorId is null => ConcernTexts.AuthorUnknown.With(new { number = concern.Number }),
                _ => null,
            },
        };
    }

    /// <summary>Applies a staff text that <see cref="StaffTextProblem"/> accepted, and tells the staff member how it went.</summary>
    public void ApplyStaffText(Turn turn, Concern concern, StaffTextKind kind, string trimmed)
    {
        switch (kind)
        {
            case StaffTextKind.Note:
                AddNote(turn, concern, trimmed);
                return;
            case StaffTextKind.Question:
                AskAuthor(turn, concern, trimmed);
                return;
            case StaffTextKind.Ban:
                BanAuthor(turn, concern, trimmed);
                return;
        }

        Report(turn, concern, kind switch
        {
            StaffTextKind.Answer => Apply(turn, concern, ConcernAction.Answer, trimmed),
            StaffTextKind.Forward => Apply(turn, concern, ConcernAction.Forward, trimmed),
            _ => Apply(turn, concern, ConcernAction.MarkDuplicate, original: Store.GetByNumber(trimmed)),
        }, say: true);
    }

    /// <summary>The notice the author gets with an answer, first or additional.</summary>
    public static Text AnswerNotice(Concern concern, string answer, bool additional) =>
        (additional ? ConcernTexts.NotifyAdditionalAnswer : ConcernTexts.NotifyAnswered).With(new { number = concern.Number, answer });

    /// <summary>The answer exactly as the citizen will get it, in their language, under a heading for staff.</summary>
    public static Text AnswerPreview(Concern concern, string text) => ConcernTexts.AnswerPreview.With(new
    {
        number = concern.Number,
        language = Text.In(concern.AuthorLanguage, CommonTexts.LanguageName),
        preview = Text.In(concern.AuthorLanguage, AnswerNotice(concern, text, concern.Answer is not null)),
    });

    /// <summary>
    /// Keeps an answer typed in the staff chat as the concern's draft and shows it there as the citizen will read it,
    /// with "Send" and "Edit". Nothing reaches the citizen until "Send" is pressed.
    /// </summary>
    public void PreviewAnswer(Turn turn, Concern concern, string text)
    {
        if (!new ConcernLifecycle(concern).CanFire(ConcernAction.Answer))
        {
            Report(turn, concern, done: false, say: true);
            return;
        }

        var draft = new AnswerDraft { Text = text, StaffId = turn.User.Id, StaffName = turn.User.FirstName, AtUtc = turn.Now.UtcDateTime, Version = Nonces.Next() };
        concern.AnswerDraft = draft;
        concern.UpdatedUtc = turn.Now.UtcDateTime;
        Store.Update(concern);
        turn.Send(new Reply
        {
            Text = AnswerPreview(concern, text),
            Buttons = [[
                new Button(ConcernTexts.AnswerSend, ConcernCards.Data.Staff("as", concern.Id) + ":" + draft.Version),
                new Button(ConcernTexts.AnswerEdit, ConcernCards.Data.Staff("ae", concern.Id) + ":" + draft.Version),
            ]],
            Language = ChatLanguage(turn),
        });
    }

    /// <summary>Sends the previewed draft if <paramref name="version"/> is still the concern's draft; otherwise only a toast.</summary>
    public void SendDraft(Turn turn, Concern concern, string version)
    {
        if (concern.AnswerDraft is not { } draft || draft.Version != version)
        {
            turn.Toast = ConcernTexts.AnswerDraftStale;
            return;
        }

        var text = draft.Text;
        var done = Apply(turn, concern, ConcernAction.Answer, text);
        Report(turn, concern, done, say: false);
        if (done && turn.PressedMessageId is not null)
        {
            turn.Send(new Reply
            {
                Text = ConcernTexts.AnswerSentPreview.With(new { number = concern.Number, staff = turn.User.FirstName, answer = text }),
                EditPressedMessage = true,
                Language = ChatLanguage(turn),
            });
        }
    }

    /// <summary>An internal note: in the history and the staff chat only, never sent to the citizen.</summary>
    public void AddNote(Turn turn, Concern concern, string note)
    {
        var nowUtc = turn.Now.UtcDateTime;
        concern.History.Add(new ConcernHistoryEntry { AtUtc = nowUtc, Event = ConcernEvent.Note, StaffId = turn.User.Id, StaffName = turn.User.FirstName, Note = note });
        concern.UpdatedUtc = nowUtc;
        Store.Update(concern);
        turn.Audit(AuditAction.Noted, concern.Number);
        TellStaff(turn, ConcernTexts.NoteAdded.With(new { number = concern.Number }));
        Send(turn, cards.PostUpdate(concern));
    }

    /// <summary>Sends the author a clarifying question with a button to answer it; the answer comes back under the concern's post.</summary>
    public void AskAuthor(Turn turn, Concern concern, string question)
    {
        if (!ConcernLifecycle.IsOpen(concern.Status) || concern.AuthorId is null)
        {
            Report(turn, concern, done: false, say: true);
            return;
        }

        var nowUtc = turn.Now.UtcDateTime;
        concern.OpenQuestion = question;
        concern.History.Add(new ConcernHistoryEntry { AtUtc = nowUtc, Event = ConcernEvent.QuestionAsked, StaffId = turn.User.Id, StaffName = turn.User.FirstName, Note = question });
        concern.UpdatedUtc = nowUtc;
        Store.Update(concern);
        turn.Audit(AuditAction.QuestionAsked, concern.Number);
        Send(turn, ConcernCards.ToAuthor(concern, ConcernTexts.NotifyQuestion.With(new { number = concern.Number, question }), ConcernCards.Data.Reply(concern.Id), ConcernTexts.ReplyToQuestion));
        TellStaff(turn, ConcernTexts.QuestionSent.With(new { number = concern.Number }));
        Send(turn, cards.PostUpdate(concern));
    }

    private void BanAuthor(Turn turn, Concern concern, string reason)
    {
        var outcome = concern.AuthorId is { } author && bans is not null
            ? bans.Ban(turn, author, reason, concern.Number, concern.RegionId)
            : BanOutcome.NotPossible;
        TellStaff(turn, outcome switch
        {
            BanOutcome.Banned => ConcernTexts.AuthorBanned.With(new { number = concern.Number }),
            BanOutcome.AlreadyBanned => ConcernTexts.AuthorAlreadyBanned.With(new { number = concern.Number }),
            _ => ConcernTexts.AuthorNotBannable.With(new { number = concern.Number }),
        });
    }

    /// <summary>True if the turn's sender may see and act on the concern (a moderator of its region, or an admin).</summary>
    public static bool Allowed(Turn turn, Concern concern) => turn.CanModerate(concern.RegionId);

    /// <summary>
    /// Tells the staff member whether an action was done: on the pressed button (a toast only the presser sees), and as
    /// a message when <paramref name="say"/> (after a typed text, which has no button to answer on).
    /// </summary>
    public void Report(Turn turn, Concern concern, bool done, bool say)
    {
        var status = ConcernFormat.Status(concern.Status);
        var text = done ? ConcernTexts.StaffDone.With(new { number = concern.Number, status }) : ConcernTexts.StaffNotPossible.With(new { number = concern.Number, status });
        turn.Toast = text;
        if (say)
        {
            TellStaff(turn, text);
        }
    }

    /// <summary>
    /// The language of the bot's messages in the chat of the turn: the staff chat has one language for all its
    /// posts, whoever pressed; elsewhere (a private chat) the reader's own.
    /// </summary>
    public Language? ChatLanguage(Turn turn) => turn.ChatId == context.Settings.StaffChatId ? context.Settings.StaffLanguage : null;

    /// <summary>Says something to staff in the chat of the turn, in that chat's language.</summary>
    public void TellStaff(Turn turn, Text text) => turn.Send(new Reply { Text = text, Language = ChatLanguage(turn) });

    /// <summary>
    /// Adds the citizen's information to an open concern and tells staff, under the concern's post. When it answers
    /// the open clarifying question, it is recorded and shown as that answer.
    /// </summary>
    public void AddInformation(Turn turn, Concern concern, string? text, string? photoFileId, bool answersQuestion = false)
    {
        var nowUtc = turn.Now.UtcDateTime;
        var question = answersQuestion ? concern.OpenQuestion : null;
        concern.Additions.Add(new ConcernAddition { AtUtc = nowUtc, Text = text, PhotoFileId = photoFileId, Question = question });
        concern.History.Add(new ConcernHistoryEntry { AtUtc = nowUtc, Event = question is null ? ConcernEvent.InformationAdded : ConcernEvent.QuestionAnswered });
        concern.OpenQuestion = question is null ? concern.OpenQuestion : null;
        concern.UpdatedUtc = nowUtc;
        Store.Update(concern);
        turn.Send(new Reply
        {
            Text = ConcernTexts.AddDone.With(new { number = concern.Number }),
            Buttons = [[new Button(ConcernTexts.OpenCard, ConcernCards.Data.View(concern.Id))]],
        });
        var what = text is null ? ConcernTexts.PhotoMarker : Text.Plain(text);
        var toStaff = cards.ToStaffChat(concern, question is null
            ? ConcernTexts.AdditionToStaff.With(new { number = concern.Number, text = what })
            : ConcernTexts.QuestionAnsweredToStaff.With(new { number = concern.Number, question = TextMatching.Shorten(question, 300), text = what }));
        if (toStaff is not null)
        {
            turn.Send(toStaff with { Attachment = photoFileId is null ? null : new Attachment { Kind = AttachmentKind.Photo, FileId = photoFileId } });
            Send(turn, cards.PostUpdate(concern));
        }
    }

    private void CountAuthorAsSupporter(Turn turn, Concern duplicate, Concern original)
    {
        if (duplicate.AuthorId is not { } author || original.AuthorId == author || original.SupporterIds.Contains(author))
        {
            return;
        }

        original.SupporterIds.Add(author);
        original.SupportCount++;
        original.UpdatedUtc = turn.Now.UtcDateTime;
        Store.Update(original);
        Send(turn, cards.PostUpdate(original));
    }

    private static void Send(Turn turn, Reply? reply)
    {
        if (reply is not null)
        {
            turn.Send(reply);
        }
    }
}

/// <summary>What a staff member's text is for.</summary>
internal enum StaffTextKind
{
    Answer,
    Forward,
    Duplicate,
    Note,
    Question,
    Ban,
}
