using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// The citizen's side: starting a report, "My concerns", a concern's card, adding information, withdrawing. The
/// screens are one message navigated in place: the list, a card, the withdrawal question and back.
/// </summary>
public sealed partial class ConcernsFeature
{
    private void StartReport(Turn turn)
    {
        if (_desk.DailyLimitReached(turn.User.Id, turn.Now))
        {
            turn.Say(ConcernTexts.LimitReached.With(new { limit = _context.Settings.DailyLimit }));
            return;
        }

        turn.Begin(new ConcernFlow(turn.Conversation, _context, _desk));
    }

    private void ShowMine(Turn turn, int page)
    {
        var mine = _context.Store.ByAuthor(turn.User.Id).OrderByDescending(c => c.RegisteredUtc).ToList();
        if (mine.Count == 0)
        {
            Show(turn, ConcernTexts.MineEmpty, [[new Button(ConcernTexts.MenuReport, ConcernCards.Data.Report)], [new Button(CommonTexts.MenuBack, "menu")]]);
            return;
        }

        var size = _context.Settings.PageSize;
        var pages = (mine.Count + size - 1) / size;
        page = Math.Min(page, pages - 1);
        var shown = mine.Skip(page * size).Take(size).ToList();
        var lines = shown.Select(c => ConcernTexts.MineLine.With(new
        {
            number = c.Number,
            status = ConcernFormat.Status(c.Status),
            category = _context.CategoryName(c.CategoryId),
            received = c.RegisteredUtc,
        }));
        var rows = shown
            .Select(c => (IReadOnlyList<Button>)[new Button(ConcernTexts.MineButton.With(new { number = c.Number, status = ConcernFormat.Status(c.Status) }), ConcernCards.Data.View(c.Id))])
            .ToList();
        rows.Add(Paging(page, pages, ConcernCards.Data.MinePage));
        rows.Add([new Button(CommonTexts.MenuBack, "menu")]);
        Show(turn, ConcernTexts.MineTitle.With(new { count = mine.Count, page = page + 1, pages, lines = Text.Paragraphs(lines) }), [.. rows.Where(r => r.Count > 0)]);
    }

    private void ShowCard(Turn turn, long id)
    {
        if (Own(turn, id) is not { } concern)
        {
            return;
        }

        var rows = new List<IReadOnlyList<Button>>();
        if (ConcernLifecycle.IsOpen(concern.Status) && concern.OpenQuestion is not null)
        {
            rows.Add([new Button(ConcernTexts.ReplyToQuestion, ConcernCards.Data.Reply(id))]);
        }

        if (ConcernLifecycle.IsOpen(concern.Status))
        {
            rows.Add([new Button(ConcernTexts.AddInfo, ConcernCards.Data.Add(id)), new Button(ConcernTexts.Withdraw, ConcernCards.Data.Withdraw(id))]);
        }

        rows.Add([new Button(ConcernTexts.BackToList, ConcernCards.Data.Mine)]);
        Show(turn, _cards.CitizenCard(concern), rows);
    }

    private void StartAddition(Turn turn, long id, bool answersQuestion)
    {
        if (OwnOpen(turn, id) is { } concern)
        {
            turn.Begin(new ConcernAdditionFlow(turn.Conversation, _context, _desk).For(id, answersQuestion && concern.OpenQuestion is not null));
        }
    }

    private void AskWithdraw(Turn turn, long id)
    {
        if (OwnOpen(turn, id) is { } concern)
        {
            Show(
                turn,
                ConcernTexts.WithdrawConfirm.With(new { number = concern.Number }),
                [[new Button(ConcernTexts.WithdrawYes, ConcernCards.Data.WithdrawYes(id)), new Button(ConcernTexts.WithdrawNo, ConcernCards.Data.View(id))]]);
        }
    }

    private void Withdraw(Turn turn, long id)
    {
        if (OwnOpen(turn, id) is { } concern && _desk.Apply(turn, concern, ConcernAction.Withdraw))
        {
            Show(turn, ConcernTexts.Withdrawn.With(new { number = concern.Number }), [[new Button(ConcernTexts.BackToList, ConcernCards.Data.Mine)]]);
        }
    }

    /// <summary>A screen of "My concerns": in place of the pressed message, or new when typed.</summary>
    private static void Show(Turn turn, Text text, IReadOnlyList<IReadOnlyList<Button>> buttons) =>
        turn.Send(new Reply { Text = text, Buttons = buttons, EditPressedMessage = turn.PressedMessageId is not null });

    /// <summary>
    /// The concern if it is the presser's; otherwise the same polite refusal on the button whether it exists or not,
    /// so nothing about other people's concerns leaks.
    /// </summary>
    private Concern? Own(Turn turn, long id)
    {
        var concern = _context.Store.Get(id);
        if (concern is null || concern.AuthorId != turn.User.Id)
        {
            turn.Toast = ConcernTexts.NotYours;
            return null;
        }

        return concern;
    }

    private Concern? OwnOpen(Turn turn, long id)
    {
        var concern = Own(turn, id);
        if (concern is not null && !ConcernLifecycle.IsOpen(concern.Status))
        {
            turn.Toast = ConcernTexts.NotOpen.With(new { number = concern.Number, status = ConcernFormat.Status(concern.Status) });
            return null;
        }

        return concern;
    }

    private static List<Button> Paging(int page, int pages, Func<int, string> data)
    {
        var row = new List<Button>();
        if (page > 0)
        {
            row.Add(new Button(CommonTexts.PreviousPage, data(page - 1)));
        }

        if (page < pages - 1)
        {
            row.Add(new Button(CommonTexts.NextPage, data(page + 1)));
        }

        return row;
    }
}
