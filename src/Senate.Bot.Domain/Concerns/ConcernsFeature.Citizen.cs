using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>The citizen's side: starting a report, "My concerns", a concern's card, adding information, withdrawing.</summary>
public sealed partial class ConcernsFeature
{
    private void StartReport(Turn turn)
    {
        if (_desk.DailyLimitReached(turn.User.Id, turn.Now))
        {
            turn.Say(ConcernTexts.LimitReached.With(_context.Settings.DailyLimit));
            return;
        }

        turn.Begin(new ConcernFlow(turn.Conversation, _context, _desk));
    }

    private void ShowMine(Turn turn, int page, bool edit)
    {
        var mine = _context.Store.ByAuthor(turn.User.Id).OrderByDescending(c => c.RegisteredUtc).ToList();
        if (mine.Count == 0)
        {
            turn.Say(ConcernTexts.MineEmpty);
            return;
        }

        var size = _context.Settings.PageSize;
        var pages = (mine.Count + size - 1) / size;
        page = Math.Min(page, pages - 1);
        var shown = mine.Skip(page * size).Take(size).ToList();
        var lines = shown.Select(c => (Text)ConcernTexts.MineLine.With(
            c.Number, ConcernFormat.Status(c.Status), _context.CategoryName(c.CategoryId), c.RegisteredUtc));
        var rows = shown
            .Select(c => (IReadOnlyList<Button>)[new Button(ConcernTexts.MineButton.With(c.Number, ConcernFormat.Status(c.Status)), ConcernCards.Data.View(c.Id))])
            .ToList();
        rows.Add(Paging(page, pages, ConcernCards.Data.MinePage));
        turn.Send(new Reply
        {
            Text = ConcernTexts.MineTitle.With(mine.Count, page + 1, pages, ConcernFormat.Join(lines)),
            Buttons = [.. rows.Where(r => r.Count > 0)],
            EditPressedMessage = edit,
        });
    }

    private void ShowCard(Turn turn, long id)
    {
        if (Own(turn, id) is not { } concern)
        {
            return;
        }

        var rows = new List<IReadOnlyList<Button>>();
        if (ConcernLifecycle.IsOpen(concern.Status))
        {
            rows.Add([new Button(ConcernTexts.AddInfo, ConcernCards.Data.Add(id)), new Button(ConcernTexts.Withdraw, ConcernCards.Data.Withdraw(id))]);
        }

        rows.Add([new Button(ConcernTexts.BackToList, ConcernCards.Data.Mine)]);
        turn.Say(_cards.CitizenCard(concern), rows);
    }

    private void StartAddition(Turn turn, long id)
    {
        if (OwnOpen(turn, id) is not null)
        {
            turn.Begin(new ConcernAdditionFlow(turn.Conversation, _context, _desk).For(id));
        }
    }

    private void AskWithdraw(Turn turn, long id)
    {
        if (OwnOpen(turn, id) is { } concern)
        {
            turn.Say(
                ConcernTexts.WithdrawConfirm.With(concern.Number),
                [[new Button(ConcernTexts.WithdrawYes, ConcernCards.Data.WithdrawYes(id)), new Button(ConcernTexts.WithdrawNo, ConcernCards.Data.View(id))]]);
        }
    }

    private void Withdraw(Turn turn, long id)
    {
        if (OwnOpen(turn, id) is { } concern && _desk.Apply(turn, concern, ConcernAction.Withdraw))
        {
            turn.Send(new Reply { Text = ConcernTexts.Withdrawn.With(concern.Number), EditPressedMessage = true });
        }
    }

    /// <summary>
    /// The concern if it is the presser's; otherwise the same polite refusal whether it exists or not, so nothing
    /// about other people's concerns leaks.
    /// </summary>
    private Concern? Own(Turn turn, long id)
    {
        var concern = _context.Store.Get(id);
        if (concern is null || concern.AuthorId != turn.User.Id)
        {
            turn.Toast = ConcernTexts.NotYours;
            turn.Say(ConcernTexts.NotYours);
            return null;
        }

        return concern;
    }

    private Concern? OwnOpen(Turn turn, long id)
    {
        var concern = Own(turn, id);
        if (concern is not null && !ConcernLifecycle.IsOpen(concern.Status))
        {
            turn.Say(ConcernTexts.NotOpen.With(concern.Number, ConcernFormat.Status(concern.Status)));
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
