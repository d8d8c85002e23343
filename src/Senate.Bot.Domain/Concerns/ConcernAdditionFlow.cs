using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Stateless;

namespace Senate.Bot.Domain.Concerns;

/// <summary>The draft of an addition: the concern and what the citizen wants to add.</summary>
internal sealed class ConcernAdditionDraft
{
    public long ConcernId { get; set; }

    public string? Text { get; set; }

    public string? PhotoFileId { get; set; }
}

/// <summary>
/// "Add information" to one's open concern: a text or a photo (with an optional caption), shown back for
/// confirmation, then added and passed on to staff. Ownership and openness are checked again when sending.
/// </summary>
internal sealed class ConcernAdditionFlow : Conversation<ConcernAdditionDraft>
{
    public const string Name = "concern-add";

    private readonly StateMachine<State, Trigger> _machine;
    private readonly ConcernContext _context;
    private readonly ConcernDesk _desk;

    public ConcernAdditionFlow(ConversationRecord record, ConcernContext context, ConcernDesk desk)
        : base(record)
    {
        _context = context;
        _desk = desk;
        _machine = CreateMachine<State, Trigger>(State.Ask);
        _machine.Configure(State.Ask).Permit(Trigger.Next, State.Confirm);
        _machine.Configure(State.Confirm).Permit(Trigger.Back, State.Ask);
    }

    private enum State
    {
        Ask,
        Confirm,
    }

    private enum Trigger
    {
        Next,
        Back,
    }

    public override string Flow => Name;

    public override TextKey Title => ConcernTexts.AdditionTitle;

    /// <summary>Sets the concern before <see cref="Start"/>.</summary>
    public ConcernAdditionFlow For(long concernId)
    {
        Draft.ConcernId = concernId;
        return this;
    }

    public override void Start(Turn turn)
    {
        SetState(nameof(State.Ask));
        Prompt(turn);
    }

    public override void Handle(Turn turn, Input input)
    {
        if (input is ButtonInput { Data: "cancel" })
        {
            turn.End();
            turn.Say(CommonTexts.Cancelled.With(Title));
            return;
        }

        if (Concern(turn) is not { } concern)
        {
            return;
        }

        if (_machine.State == State.Ask)
        {
            Ask(turn, input);
        }
        else if (input is ButtonInput { Data: "send" })
        {
            _desk.AddInformation(turn, concern, Draft.Text, Draft.PhotoFileId);
            turn.End();
            return;
        }
        else if (input is ButtonInput { Data: "back" })
        {
            _machine.Fire(Trigger.Back);
        }
        else
        {
            turn.Say(ConcernTexts.UseButtons);
        }

        Prompt(turn);
    }

    public override void Prompt(Turn turn)
    {
        var number = _context.Store.Get(Draft.ConcernId)?.Number ?? string.Empty;
        if (_machine.State == State.Ask)
        {
            turn.Say(
                ConcernTexts.AddAsk.With(number, ConcernDesk.AdditionMinLength, ConcernDesk.AdditionMaxLength),
                [[StepButton(CommonTexts.CancelButton, "cancel")]]);
            return;
        }

        var what = ConcernFormat.Join([
            Draft.Text is { } text ? CommonTexts.Plain.With(text) : ConcernTexts.Empty,
            Draft.PhotoFileId is null ? ConcernTexts.Empty : ConcernTexts.PhotoMarker]);
        turn.Say(
            ConcernTexts.AddConfirm.With(number, what),
            [[StepButton(ConcernTexts.AddSend, "send")], [StepButton(CommonTexts.Back, "back"), StepButton(CommonTexts.CancelButton, "cancel")]]);
    }

    private void Ask(Turn turn, Input input)
    {
        switch (input)
        {
            case TextInput { Text: var raw }:
                var text = raw.Trim();
                if (text.Length < ConcernDesk.AdditionMinLength)
                {
                    turn.Say(ConcernTexts.DescriptionTooShort.With(text.Length, ConcernDesk.AdditionMinLength, ConcernDesk.AdditionMaxLength));
                    return;
                }

                if (text.Length > ConcernDesk.AdditionMaxLength)
                {
                    turn.Say(ConcernTexts.DescriptionTooLong.With(text.Length, ConcernDesk.AdditionMinLength, ConcernDesk.AdditionMaxLength));
                    return;
                }

                Draft.Text = text;
                Draft.PhotoFileId = null;
                _machine.Fire(Trigger.Next);
                return;
            case PhotoInput photo:
                var caption = photo.Caption?.Trim();
                Draft.Text = string.IsNullOrEmpty(caption) ? null : TextMatching.Shorten(caption, ConcernDesk.AdditionMaxLength, keepLines: true);
                Draft.PhotoFileId = photo.FileId;
                _machine.Fire(Trigger.Next);
                return;
            case DocumentInput { MimeType: { } mime } when mime.StartsWith("image/", StringComparison.OrdinalIgnoreCase):
                turn.Say(ConcernTexts.PhotoAsFile);
                return;
            default:
                turn.Say(ConcernTexts.WantText);
                return;
        }
    }

    /// <summary>The concern, if it is still the user's and open; otherwise says why and ends the flow.</summary>
    private Concern? Concern(Turn turn)
    {
        var concern = _context.Store.Get(Draft.ConcernId);
        if (concern is null || concern.AuthorId != turn.User.Id)
        {
            turn.End();
            turn.Say(ConcernTexts.NotYours);
            return null;
        }

        if (!ConcernLifecycle.IsOpen(concern.Status))
        {
            turn.End();
            turn.Say(ConcernTexts.NotOpen.With(concern.Number, ConcernFormat.Status(concern.Status)));
            return null;
        }

        return concern;
    }
}
