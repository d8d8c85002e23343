using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Privacy;

/// <summary>
/// A citizen's control over their data (Law No. 94-V): <c>/mydata</c> sends one readable JSON file with everything
/// stored about them, <c>/forget</c> erases it after a plain confirmation, and the privacy screen (from
/// <c>/settings</c>) lists their consents and withdraws one, saying first what that does. What each feature keeps is
/// one <see cref="IPersonalData"/> part; the profile and the consents are parts of this feature. Buttons carry
/// <c>pd:…</c> and act only on the presser's own consents.
/// </summary>
public sealed class PrivacyFeature : Feature
{
    private const string Prefix = "pd";
    private const string ScreenData = Prefix + ":s";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private readonly IReadOnlyList<IPersonalData> _parts;
    private readonly IConsentStore _consents;
    private readonly IErasureLog _erasures;

    /// <summary>Creates the feature over the other features' parts of personal data.</summary>
    public PrivacyFeature(IEnumerable<IPersonalData> parts, IConsentStore consents, IErasureLog erasures)
    {
        _consents = consents;
        _erasures = erasures;
        _parts = [new ProfileData(), new ConsentData(consents), .. parts];
    }

    /// <inheritdoc />
    public override string Name => "privacy";

    /// <inheritdoc />
    public override string? ButtonPrefix => Prefix;

    /// <inheritdoc />
    public override IEnumerable<CommandInfo> Commands =>
    [
        new("mydata", PrivacyTexts.CommandMyData),
        new("forget", PrivacyTexts.CommandForget),
    ];

    /// <inheritdoc />
    public override IEnumerable<SettingsEntry> SettingsEntries(Turn turn) =>
    [
        new(PrivacyTexts.SettingsLine.With(new { active = Active(turn).Count }), new MenuEntry(PrivacyTexts.SettingsButton, ScreenData)),
    ];

    /// <inheritdoc />
    public override void OnCommand(Turn turn, CommandInput command)
    {
        if (!turn.IsPrivate)
        {
            return;
        }

        if (command.Name == "mydata")
        {
            SendMyData(turn);
        }
        else
        {
            StartForget(turn);
        }
    }

    /// <inheritdoc />
    public override void OnButton(Turn turn, string data)
    {
        if (!turn.IsPrivate)
        {
            turn.UnknownButton();
            return;
        }

        switch (data.Split(':'))
        {
            case ["s"]:
                ShowScreen(turn);
                return;
            case ["x"]:
                SendMyData(turn);
                return;
            case ["f"]:
                StartForget(turn);
                return;
            case ["w", var id] when long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var consentId) && Own(turn, consentId) is { IsActive: true }:
                turn.Begin(new WithdrawFlow(turn.Conversation, this).For(consentId));
                return;
            default:
                turn.UnknownButton();
                return;
        }
    }

    /// <inheritdoc />
    public override Conversation? Restore(ConversationRecord record) => record.Flow switch
    {
        ForgetFlow.Name => new ForgetFlow(record, this),
        WithdrawFlow.Name => new WithdrawFlow(record, this),
        _ => null,
    };

    /// <summary>The user's consent with an id, or null when there is none or it is someone else's.</summary>
    internal ConsentRecord? Own(Turn turn, long consentId) => _consents.ByUser(turn.User.Id).FirstOrDefault(c => c.Id == consentId);

    /// <summary>
    /// Erases the user's personal data, part by part, after collecting their names and numbers so every part can take
    /// them out of free text; keeps an erasure record with the counts, and nothing else findable by the user's id.
    /// </summary>
    internal void Forget(Turn turn)
    {
        var redactor = new Redactor([.. _parts.SelectMany(p => p.Identifiers(turn))]);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in _parts)
        {
            counts[part.Section] = part.Erase(turn, redactor);
        }

        _erasures.Add(new ErasureRecord { UserId = turn.User.Id, AtUtc = turn.Now.UtcDateTime, Counts = counts });
        turn.Send(new Reply { Text = PrivacyTexts.Forgotten, RemoveKeyboard = true });
    }

    /// <summary>Withdraws a consent through the part it belongs to and marks it withdrawn.</summary>
    internal void Withdraw(Turn turn, ConsentRecord consent)
    {
        _ = _parts.Any(p => p.Withdraw(turn, consent));
        consent.WithdrawnUtc = turn.Now.UtcDateTime;
        _consents.Update(consent);
        turn.Say(PrivacyTexts.Withdrawn.With(new { subject = consent.Subject }), [[new Button(PrivacyTexts.SettingsButton, ScreenData)]]);
    }

    private List<ConsentRecord> Active(Turn turn) => [.. _consents.ByUser(turn.User.Id).Where(c => c.IsActive)];

    private void ShowScreen(Turn turn)
    {
        var consents = _consents.ByUser(turn.User.Id);
        var lines = consents.Select(c => c.WithdrawnUtc is { } withdrawn
            ? PrivacyTexts.ConsentWithdrawn.With(new { subject = c.Subject, scope = PrivacyTexts.Scope(c.Scope), given = c.GivenUtc, withdrawn })
            : PrivacyTexts.ConsentActive.With(new { subject = c.Subject, scope = PrivacyTexts.Scope(c.Scope), given = c.GivenUtc, version = c.Version }));
        var rows = consents.Where(c => c.IsActive)
            .Select(c => (IReadOnlyList<Button>)[new Button(PrivacyTexts.WithdrawButton.With(new { subject = c.Subject }), Prefix + ":w:" + c.Id.ToString(CultureInfo.InvariantCulture))])
            .Append([new Button(PrivacyTexts.MyDataButton, Prefix + ":x")])
            .Append([new Button(PrivacyTexts.ForgetButton, Prefix + ":f")])
            .Append([new Button(CommonTexts.MenuSettings, "settings")]);
        turn.Send(new Reply
        {
            Text = PrivacyTexts.Screen.With(new { consents = consents.Count == 0 ? PrivacyTexts.NoConsents : Text.Lines(lines) }),
            Buttons = [.. rows],
            EditPressedMessage = turn.PressedMessageId is not null,
        });
    }

    /// <summary>One JSON file with every part of the user's data, in the words the bot stores them in.</summary>
    private void SendMyData(Turn turn)
    {
        var document = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["generated_at"] = turn.Now.UtcDateTime,
            ["user_id"] = turn.User.Id,
        };
        foreach (var part in _parts)
        {
            document[part.Section] = part.Export(turn);
        }

        turn.Send(new Reply
        {
            Text = PrivacyTexts.MyDataCaption,
            Attachment = new Attachment
            {
                Kind = AttachmentKind.Document,
                Content = JsonSerializer.SerializeToUtf8Bytes(document, Json),
                FileName = string.Create(CultureInfo.InvariantCulture, $"my-data-{turn.Now.UtcDateTime:yyyy-MM-dd}.json"),
            },
        });
    }

    private void StartForget(Turn turn)
    {
        if (turn.Access.IsStaff)
        {
            turn.Say(PrivacyTexts.ForgetStaff);
            return;
        }

        turn.Begin(new ForgetFlow(turn.Conversation, this));
    }
}
