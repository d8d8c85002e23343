using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Conversations;

/// <summary>
/// Routes an input to what owns it: the engine's own commands (/start, /menu, /help, /cancel, /language, /settings),
/// the chat's active flow, or a feature's commands, buttons and deep links. Pure: it reads and changes the turn's
/// user and conversation record and collects replies; the host persists them in one transaction.
/// Thread-safe as long as features are (the engine itself holds no mutable state).
/// </summary>
public sealed class BotEngine
{
    private const string LanguagePrefix = "lang:";
    private const string MenuData = "menu";
    private const string ContinueData = "continue";
    private const string SettingsData = "settings";

    private readonly IReadOnlyList<Feature> _features;
    private readonly Dictionary<string, Feature> _byButtonPrefix;
    private readonly Dictionary<string, Feature> _byCommand;
    private readonly TimeSpan _draftIdleTimeout;

    /// <summary>Creates the engine over the features that exist, in menu order.</summary>
    /// <exception cref="ArgumentException">Two features claim the same button prefix or command.</exception>
    public BotEngine(IEnumerable<Feature> features, TimeSpan draftIdleTimeout)
    {
        _features = [.. features];
        _draftIdleTimeout = draftIdleTimeout;
        _byButtonPrefix = new(StringComparer.Ordinal);
        _byCommand = new(StringComparer.Ordinal);
        foreach (var feature in _features)
        {
            if (feature.ButtonPrefix is { } prefix && !_byButtonPrefix.TryAdd(prefix, feature))
            {
                throw new ArgumentException($"Button prefix '{prefix}' is claimed twice.", nameof(features));
            }

            foreach (var command in feature.Commands)
            {
                if (EngineCommands.Any(c => c.Name == command.Name) || !_byCommand.TryAdd(command.Name, feature))
                {
                    throw new ArgumentException($"Command '/{command.Name}' is claimed twice.", nameof(features));
                }
            }
        }
    }

    /// <summary>The engine's own commands.</summary>
    public static IReadOnlyList<CommandInfo> EngineCommands { get; } =
    [
        new("start", CommonTexts.CommandStart),
        new("menu", CommonTexts.CommandMenu),
        new("help", CommonTexts.CommandHelp),
        new("cancel", CommonTexts.CommandCancel),
        new("language", CommonTexts.CommandLanguage),
        new("settings", CommonTexts.CommandSettings),
    ];

    /// <summary>Every command the bot answers: the engine's and the features'.</summary>
    public IEnumerable<CommandInfo> AllCommands => EngineCommands.Concat(_features.SelectMany(f => f.Commands));

    /// <summary>Handles one input.</summary>
    public void Handle(Turn turn, Input input)
    {
        turn.Engine = this;
        if (turn.User.Banned)
        {
            if (turn.IsPrivate)
            {
                turn.Say(CommonTexts.Banned);
            }

            return;
        }

        if (!turn.IsPrivate)
        {
            HandleGroup(turn, input);
            return;
        }

        turn.ActiveFlow = RestoreFlow(turn);
        if (!turn.User.LanguageChosen && !(input is ButtonInput { Data: var data } && data.StartsWith(LanguagePrefix, StringComparison.Ordinal)))
        {
            // What a new user asked for is done right after they choose a language, not lost to the picker.
            turn.User.PendingAction = PendingAction.Of(input) ?? turn.User.PendingAction;
            OfferLanguages(turn);
        }
        else
        {
            Dispatch(turn, input);
        }

        if (turn.ActiveFlow is { } last && turn.Conversation.IsActive)
        {
            last.Save();
            turn.Conversation.UpdatedUtc = turn.Now.UtcDateTime;
        }
    }

    /// <summary>Starts a flow (see <see cref="Turn.Begin"/>).</summary>
    internal static void Begin(Turn turn, Conversation flow)
    {
        var record = turn.Conversation;
        if (turn.ActiveFlow is { } previous && record.IsActive && previous != flow)
        {
            turn.Say(CommonTexts.FlowReplaced.With(new { title = previous.Title }));
        }

        record.Clear();
        record.Flow = flow.Flow;
        record.StartedUtc = turn.Now.UtcDateTime;
        record.UpdatedUtc = turn.Now.UtcDateTime;
        turn.ActiveFlow = flow;
        flow.Start(turn);
    }

    /// <summary>Leaves the active flow (see <see cref="Turn.CancelFlow"/>): one behaviour for /cancel and every Cancel button.</summary>
    internal static void Cancel(Turn turn)
    {
        if (turn.ActiveFlow is { } flow && turn.Conversation.IsActive)
        {
            turn.End();
            turn.ShowMenu(CommonTexts.Cancelled.With(new { title = flow.Title }));
        }
        else
        {
            turn.ShowMenu(CommonTexts.NothingToCancel);
        }
    }

    /// <summary>
    /// Shows the main menu in one message: <paramref name="heading"/> (or the menu's own), each feature's entries, a
    /// continue button for an unfinished flow, settings. A reply keyboard left by a form is removed.
    /// </summary>
    internal void ShowMenu(Turn turn, Text? heading = null)
    {
        var rows = new List<IReadOnlyList<Button>>();
        var unfinished = turn.ActiveFlow is { } flow && turn.Conversation.IsActive ? flow : null;
        if (unfinished is not null)
        {
            rows.Add([new Button(CommonTexts.MenuContinue, ContinueData)]);
        }

        var entries = _features.SelectMany(f => f.MenuEntries(turn)).ToList();
        rows.AddRange(entries.Select(e => (IReadOnlyList<Button>)[new Button(e.Label, e.Data)]));
        rows.Add([new Button(CommonTexts.MenuSettings, SettingsData)]);
        Text title = unfinished is not null
            ? CommonTexts.MenuUnfinished.With(new { title = unfinished.Title })
            : entries.Count == 0 ? CommonTexts.MenuEmpty : CommonTexts.MenuTitle;
        turn.Send(new Reply { Text = Text.Paragraphs(heading, title), Buttons = rows, RemoveKeyboard = true });
    }

    private void Dispatch(Turn turn, Input input)
    {
        switch (input)
        {
            case CommandInput command:
                HandleCommand(turn, command);
                break;
            case ButtonInput button:
                HandleButton(turn, button.Data);
                break;
            case var _ when turn.ActiveFlow is { } active:
                active.Handle(turn, input);
                break;
            default:
                ShowMenu(turn, CommonTexts.UseMenu);
                break;
        }
    }

    private void HandleCommand(Turn turn, CommandInput command)
    {
        switch (command.Name)
        {
            case "start":
                Start(turn, command.Argument);
                return;
            case "language":
                OfferLanguages(turn);
                return;
            case "settings":
                ShowSettings(turn, edit: false);
                return;
            case "help":
                Help(turn);
                return;
            case "menu":
                ShowMenu(turn);
                return;
            case "cancel":
                Cancel(turn);
                return;
        }

        if (!_byCommand.TryGetValue(command.Name, out var feature))
        {
            turn.Say(CommonTexts.CommandUnknown);
            return;
        }

        var info = feature.Commands.First(c => c.Name == command.Name);
        if (info.RequiredRole != StaffRole.None && !turn.Can(info.RequiredRole))
        {
            turn.Say(CommonTexts.CommandUnknown);
            return;
        }

        feature.OnCommand(turn, command);
    }

    private void Start(Turn turn, string payload)
    {
        if (payload.Length > 0)
        {
            OpenDeepLink(turn, payload);
            return;
        }

        ShowMenu(turn, CommonTexts.Welcome);
    }

    private void OpenDeepLink(Turn turn, string payload)
    {
        foreach (var feature in _features)
        {
            var prefix = feature.DeepLinkPrefixes.FirstOrDefault(p => payload.StartsWith(p, StringComparison.Ordinal));
            if (prefix is not null)
            {
                feature.OnDeepLink(turn, payload);
                return;
            }
        }

        ShowMenu(turn, CommonTexts.DeepLinkUnknown);
    }

    /// <summary>/help in one message: how the bot works and, for staff, the commands they may use.</summary>
    private void Help(Turn turn)
    {
        var staff = _features.SelectMany(f => f.Commands)
            .Where(c => c.RequiredRole != StaffRole.None && turn.Can(c.RequiredRole))
            .Select(c => Text.Join(" — ", [Text.Plain("/" + c.Name), c.Description]))
            .ToList();
        turn.Say(staff.Count == 0 ? CommonTexts.Help : Text.Paragraphs(CommonTexts.Help, Text.Lines([CommonTexts.HelpStaff, .. staff])));
    }

    /// <summary>/settings: the language and each feature's settings, every one with a button to change it.</summary>
    private void ShowSettings(Turn turn, bool edit)
    {
        var entries = _features.SelectMany(f => f.SettingsEntries(turn)).ToList();
        var lines = entries.Select(e => e.Summary).Prepend(CommonTexts.SettingsLanguage.With(new { language = LanguageLabel(turn.Language) }));
        var rows = entries.Select(e => (IReadOnlyList<Button>)[new Button(e.Change.Label, e.Change.Data)])
            .Prepend([new Button(CommonTexts.MenuLanguage, LanguagePrefix)])
            .Append([new Button(CommonTexts.MenuBack, MenuData)]);
        turn.Send(new Reply { Text = Text.Paragraphs(CommonTexts.SettingsTitle, Text.Lines(lines)), Buttons = [.. rows], EditPressedMessage = edit });
    }

    private void HandleButton(Turn turn, string data)
    {
        if (data.StartsWith(LanguagePrefix, StringComparison.Ordinal))
        {
            ChooseLanguage(turn, data[LanguagePrefix.Length..]);
            return;
        }

        if (data.StartsWith(Conversation.ButtonPrefix, StringComparison.Ordinal))
        {
            StepButton(turn, data);
            return;
        }

        switch (data)
        {
            case MenuData:
                ShowMenu(turn);
                return;
            case SettingsData:
                ShowSettings(turn, edit: true);
                return;
            case ContinueData when turn.ActiveFlow is { } flow && turn.Conversation.IsActive:
                flow.Prompt(turn);
                return;
            case ContinueData:
                ShowMenu(turn);
                return;
        }

        var colon = data.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && _byButtonPrefix.TryGetValue(data[..colon], out var feature))
        {
            feature.OnButton(turn, data[(colon + 1)..]);
            return;
        }

        turn.UnknownButton();
    }

    /// <summary>A button of a flow's step: handled by the flow when it is the current step's; otherwise only a toast.</summary>
    private static void StepButton(Turn turn, string data)
    {
        var colon = data.IndexOf(':', StringComparison.Ordinal);
        var nonce = colon > 0 ? data[Conversation.ButtonPrefix.Length..colon] : string.Empty;
        if (turn.ActiveFlow is not { } flow || !turn.Conversation.IsActive)
        {
            turn.UnknownButton();
            return;
        }

        if (colon < 0 || nonce != turn.Conversation.Nonce)
        {
            // An older step's button, or one pressed twice: the step the user is on is still on screen.
            turn.Toast = CommonTexts.ButtonStale;
            return;
        }

        flow.Handle(turn, new ButtonInput(data[(colon + 1)..]));
    }

    private static void OfferLanguages(Turn turn)
    {
        var marked = turn.User.Language;
        var buttons = Languages.All
            .Select(l => new Button(
                l == marked ? CommonTexts.LanguageSuggested.With(new { language = LanguageLabel(l) }) : LanguageLabel(l),
                LanguagePrefix + l.Code()))
            .ToList();
        turn.Send(new Reply { Text = CommonTexts.ChooseLanguage, Buttons = [buttons], Language = marked });
    }

    /// <summary>A language's name in that language itself, whatever the reader's language.</summary>
    private static Text LanguageLabel(Language language) => Text.In(language, CommonTexts.LanguageName);

    private void ChooseLanguage(Turn turn, string code)
    {
        if (!Languages.TryParse(code, out var language))
        {
            if (code.Length == 0)
            {
                OfferLanguages(turn);
            }
            else
            {
                turn.UnknownButton();
            }

            return;
        }

        var first = !turn.User.LanguageChosen;
        turn.User.Language = language;
        turn.User.LanguageChosen = true;
        turn.Send(new Reply { Text = CommonTexts.LanguageSet, EditPressedMessage = turn.PressedMessageId is not null });
        if (first)
        {
            var pending = PendingAction.Parse(turn.User.PendingAction);
            turn.User.PendingAction = null;
            if (pending is not null)
            {
                // The pressed message is the language picker, now the confirmation: what was asked for comes as a new
                // message, so a screen that would edit the pressed one is sent instead.
                var start = turn.Replies.Count;
                Dispatch(turn, pending);
                turn.SendEditsAsNew(start);
                return;
            }

            ShowMenu(turn, CommonTexts.Welcome);
            return;
        }

        if (turn.ActiveFlow is { } flow && turn.Conversation.IsActive)
        {
            flow.Prompt(turn);
        }
        else
        {
            ShowMenu(turn);
        }
    }

    private Conversation? RestoreFlow(Turn turn)
    {
        var record = turn.Conversation;
        if (!record.IsActive)
        {
            return null;
        }

        var flow = _features.Select(f => f.Restore(record)).FirstOrDefault(c => c is not null);
        if (flow is null)
        {
            // A flow this version no longer knows: nothing can continue it.
            record.Clear();
            return null;
        }

        if (turn.Now.UtcDateTime - record.UpdatedUtc > _draftIdleTimeout)
        {
            record.Clear();
            turn.Say(CommonTexts.DraftExpired.With(new { title = flow.Title }));
            return null;
        }

        return flow;
    }

    private void HandleGroup(Turn turn, Input input)
    {
        switch (input)
        {
            case ButtonInput button:
                var colon = button.Data.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && _byButtonPrefix.TryGetValue(button.Data[..colon], out var owner))
                {
                    owner.OnButton(turn, button.Data[(colon + 1)..]);
                }
                else
                {
                    turn.Toast = CommonTexts.ButtonUnknown;
                }

                return;
            case CommandInput command when _byCommand.TryGetValue(command.Name, out var feature):
                var info = feature.Commands.First(c => c.Name == command.Name);
                if (info.RequiredRole != StaffRole.None && turn.Can(info.RequiredRole))
                {
                    feature.OnCommand(turn, command);
                }

                return;
            case ReplyToBotInput reply:
                _ = _features.Any(f => f.OnGroupInput(turn, reply));
                return;
        }
    }
}
