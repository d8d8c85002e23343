using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// The staff side: the buttons of a concern's post (accept, forward, answer, reject, duplicate, close) and the
/// texts they need. In a group (the staff chat) the text is a Telegram reply to the bot's post or prompt, so the
/// whole team sees it and nobody needs a private chat with the bot; in a private chat (a card opened with
/// <c>/concern</c>) a small flow asks for it.
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
            if (!turn.Can(StaffRole.Admin))
            {
                Refuse(turn);
                return;
            }

            OnAdminButton(turn, parts);
            return;
        }

        if (parts is not [var code, var idText, ..] || !long.TryParse(idText, out var id) || _context.Store.Get(id) is not { } concern)
        {
            turn.UnknownButton();
            return;
        }

        switch (code)
        {
            case "v":
                turn.Send(new Reply { Text = _cards.StaffCard(concern), Buttons = ConcernCards.StaffButtons(concern), Language = _desk.ChatLanguage(turn) });
                return;
            case "vb":
                turn.Send(new Reply { Text = _cards.StaffCard(concern), Buttons = ConcernCards.StaffButtons(concern), EditPressedMessage = true, Language = _desk.ChatLanguage(turn) });
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

    /// <summary>A staff member's reply, in a group, to a concern's post or to one of the bot's prompts.</summary>
    /// <inheritdoc />
    public override bool OnGroupInput(Turn turn, ReplyToBotInput reply)
    {
        if (reply.Tag is not { } tag || ParseTag(tag) is not { } target)
        {
            return false;
        }

        if (!turn.Can(StaffRole.Moderator))
        {
            _desk.TellStaff(turn, CommonTexts.NotAllowed);
            return true;
        }

        if (_context.Store.Get(target.Id) is { } concern)
        {
            _desk.StaffText(turn, concern, target.Kind, reply.Text);
        }

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
            _ => null,
        };
        return kind is { } k ? (id, k) : null;
    }

    private void AskStaffText(Turn turn, Concern concern, StaffTextKind kind, ConcernAction action)
    {
        if (!new ConcernLifecycle(concern).CanFire(action))
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
        var (text, tag) = kind switch
        {
            StaffTextKind.Answer => (ConcernTexts.AskAnswerReply.With(new { number = concern.Number, language = language }), ConcernCards.AnswerTag(concern.Id)),
            StaffTextKind.Forward => (ConcernTexts.AskForwardReply.With(new { number = concern.Number }), ConcernCards.ForwardTag(concern.Id)),
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
            turn.Send(new Reply { Text = _cards.StaffCard(concern), Buttons = ConcernCards.StaffButtons(concern), EditPressedMessage = true });
        }
    }

    private static void Refuse(Turn turn) => turn.Toast = CommonTexts.NotAllowed;
}
