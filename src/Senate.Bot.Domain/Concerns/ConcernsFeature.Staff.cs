using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// The staff side: the buttons of a concern's post (accept, forward, answer, reject, duplicate, close, note, ask the
/// author, ban the author; send or edit a previewed answer) and the texts they need. In a group (the staff chat) the
/// text is a Telegram reply to the bot's post or prompt, so the whole team sees it and nobody needs a private chat
/// with the bot; in a private chat (a card opened with <c>/concern</c>) a small flow asks for it. Every press and
/// reply is checked for the role and the concern's region; a refusal is a toast on the button only.
/// </summary>
public sealed partial class ConcernsFeature
{
    private void OnStaffButton(Turn turn, string[] parts)
    {
        if (!turn.Can(StaffRole.Moderator))
        {
            Refuse(turn);
            return;
        }

        if (parts is [var action, ..] && action is "q" or "qr" or "qc" or "qs" or "b")
        {
            OnQueueButton(turn, parts);
            return;
        }

        if (parts is not [var code, var idText, ..] || !long.TryParse(idText, out var id) || _context.Store.Get(id) is not { } concern)
        {
            turn.UnknownButton();
            return;
        }

        if (!ConcernDesk.Allowed(turn, concern))
        {
            // Another region's concern: the same refusal whatever it is, and nothing else.
            Refuse(turn);
            return;
        }

        switch (code)
        {
            case "v":
                turn.Send(new Reply { Text = _cards.StaffCard(concern), Buttons = _cards.StaffButtons(concern), Language = _desk.ChatLanguage(turn) });
                return;
            case "vb":
                turn.Send(new Reply { Text = _cards.StaffCard(concern), Buttons = _cards.StaffButtons(concern), EditPressedMessage = true, Language = _desk.ChatLanguage(turn) });
                return;
            case "a":
                Acted(turn, concern, _desk.Apply(turn, concern, ConcernAction.Accept));
                return;
            case "x":
                Acted(turn, concern, _desk.Apply(turn, concern, ConcernAction.Close));
                return;
            case "f":
                AskStaffText(turn, concern, StaffTextKind.Forward, ConcernAction.Forward);
                return;
            case "n":
                AskStaffText(turn, concern, StaffTextKind.Answer, ConcernAction.Answer);
                return;
            case "d":
                AskStaffText(turn, concern, StaffTextKind.Duplicate, ConcernAction.MarkDuplicate);
                return;
            case "t":
                AskStaffText(turn, concern, StaffTextKind.Note, action: null);
                return;
            case "k" when ConcernLifecycle.IsOpen(concern.Status) && concern.AuthorId is not null:
                AskStaffText(turn, concern, StaffTextKind.Question, action: null);
                return;
            case "k":
                _desk.Report(turn, concern, done: false, say: false);
                return;
            case "bn" when _cards.CanBan(concern):
                AskStaffText(turn, concern, StaffTextKind.Ban, action: null);
                return;
            case "as" when parts is [_, _, var version]:
                _desk.SendDraft(turn, concern, version);
                return;
            case "ae" when parts is [_, _, var version] && concern.AnswerDraft?.Version == version:
                AskStaffText(turn, concern, StaffTextKind.Answer, ConcernAction.Answer);
                return;
            case "ae":
                turn.Toast = ConcernTexts.AnswerDraftStale;
                return;
            case "r":
                ChooseReason(turn, concern);
                return;
            case "rr" when parts is [_, _, var reasonCode] && ConcernFormat.ParseReason(reasonCode) is { } reason:
                if (reason == RejectReason.Duplicate)
                {
                    AskStaffText(turn, concern, StaffTextKind.Duplicate, ConcernAction.MarkDuplicate);
                }
                else
                {
                    Acted(turn, concern, _desk.Apply(turn, concern, ConcernAction.Reject, reason: reason));
                }

                return;
            default:
                turn.UnknownButton();
                return;
        }
    }

    /// <summary>
    /// A staff member's reply, in a group, to a concern's post or to one of the bot's prompts. A reply that starts with
    /// <c>//</c> is an internal note whatever it replies to. Someone who may not act on the concern (not a moderator,
    /// or a moderator of other regions) is told so in one short line, since a typed reply has no button to answer on.
    /// </summary>
    /// <inheritdoc />
    public override bool OnGroupInput(Turn turn, ReplyToBotInput reply)
    {
        if (reply.Tag is not { } tag || ParseTag(tag) is not { } target)
        {
            return false;
        }

        if (_context.Store.Get(target.Id) is not { } concern || !ConcernDesk.Allowed(turn, concern))
        {
            _desk.TellStaff(turn, CommonTexts.NotAllowed);
            return true;
        }

        _desk.StaffText(turn, concern, target.Kind, reply.Text);
        return true;
    }

    private static (long Id, StaffTextKind Kind)? ParseTag(string tag)
    {
        var colon = tag.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !long.TryParse(tag.AsSpan(colon + 1), out var id))
        {
            return null;
        }

        StaffTextKind? kind = tag[..colon] switch
        {
            "concern" or "concern-ans" => StaffTextKind.Answer,
            "concern-fwd" => StaffTextKind.Forward,
            "concern-dup" => StaffTextKind.Duplicate,
            "concern-note" => StaffTextKind.Note,
            "concern-ask" => StaffTextKind.Question,
            "concern-ban" => StaffTextKind.Ban,
            _ => null,
        };
        return kind is { } k ? (id, k) : null;
    }

    /// <summary>
    /// Asks for the text an action needs: in a private chat with a small flow, in the staff chat with a prompt to
    /// reply to. <paramref name="action"/>, when given, must be possible in the concern's status.
    /// </summary>
    private void AskStaffText(Turn turn, Concern concern, StaffTextKind kind, ConcernAction? action)
    {
        if (action is { } needed && !new ConcernLifecycle(concern).CanFire(needed))
        {
            _desk.Report(turn, concern, done: false, say: false);
            return;
        }

        if (turn.IsPrivate)
        {
            turn.Begin(new ConcernStaffFlow(turn.Conversation, _context, _desk).For(concern.Id, kind));
            return;
        }

        var language = Text.In(concern.AuthorLanguage, CommonTexts.LanguageName);
        var (min, _) = ConcernDesk.Window(kind);
        var (text, tag) = kind switch
        {
            StaffTextKind.Answer => (ConcernTexts.AskAnswerReply.With(new { number = concern.Number, language, min }), ConcernCards.AnswerTag(concern.Id)),
            StaffTextKind.Forward => (ConcernTexts.AskForwardReply.With(new { number = concern.Number }), ConcernCards.ForwardTag(concern.Id)),
            StaffTextKind.Note => (ConcernTexts.AskNoteReply.With(new { number = concern.Number }), ConcernCards.NoteTag(concern.Id)),
            StaffTextKind.Question => (ConcernTexts.AskQuestionReply.With(new { number = concern.Number, language }), ConcernCards.QuestionTag(concern.Id)),
            StaffTextKind.Ban => (ConcernTexts.AskBanReply.With(new { number = concern.Number }), ConcernCards.BanTag(concern.Id)),
            _ => (ConcernTexts.AskDuplicateReply.With(new { number = concern.Number }), ConcernCards.DuplicateTag(concern.Id)),
        };
        turn.Send(new Reply { Text = text, Tag = tag, Language = _desk.ChatLanguage(turn) });
    }

    private void ChooseReason(Turn turn, Concern concern)
    {
        if (!new ConcernLifecycle(concern).CanFire(ConcernAction.Reject))
        {
            _desk.Report(turn, concern, done: false, say: false);
            return;
        }

        var rows = Enum.GetValues<RejectReason>()
            .Select(r => (IReadOnlyList<Button>)[new Button(ConcernFormat.Reason(r), ConcernCards.Data.Staff("rr", concern.Id) + ":" + ConcernFormat.ReasonCode(r))])
            .Append([new Button(CommonTexts.Back, ConcernCards.Data.Staff("vb", concern.Id))]);
        // The card stays as it is, with the question under it, so an abandoned choice leaves a readable post.
        var text = Text.Paragraphs(_cards.StaffCard(concern), ConcernTexts.ChooseReason.With(new { number = concern.Number }));
        turn.Send(new Reply { Text = text, Buttons = [.. rows], EditPressedMessage = true, Language = _desk.ChatLanguage(turn) });
    }

    /// <summary>
    /// After a staff button acted: a toast; outside the staff chat (whose post the desk has already updated) the
    /// pressed card is refreshed too.
    /// </summary>
    private void Acted(Turn turn, Concern concern, bool done)
    {
        var inStaffChat = turn.ChatId == _context.Settings.StaffChatId;
        _desk.Report(turn, concern, done, say: false);
        if (done && !inStaffChat)
        {
            turn.Send(new Reply { Text = _cards.StaffCard(concern), Buttons = _cards.StaffButtons(concern), EditPressedMessage = true });
        }
    }

    private static void Refuse(Turn turn) => turn.Toast = CommonTexts.NotAllowed;
}
