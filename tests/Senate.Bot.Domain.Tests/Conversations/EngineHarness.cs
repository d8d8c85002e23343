using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Tests.Conversations;

/// <summary>Drives a real <see cref="BotEngine"/> for one user, keeping the user and the record between inputs as the host does.</summary>
internal sealed class EngineHarness
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

    public EngineHarness(IEnumerable<Feature> features, string? languageCode = "ru", StaffRole role = StaffRole.None, TimeSpan? idle = null)
    {
        Engine = new BotEngine(features, idle ?? TimeSpan.FromHours(24));
        User = new BotUser { Id = 42, Language = Languages.FromTelegramTag(languageCode), FirstName = "Aigerim" };
        Role = role;
    }

    public BotEngine Engine { get; }

    public BotUser User { get; }

    public ConversationRecord Record { get; private set; } = new() { Id = 42 };

    public StaffRole Role { get; set; }

    public DateTimeOffset Now { get; set; } = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public Turn LastTurn { get; private set; } = null!;

    public IReadOnlyList<Reply> Send(Input input)
    {
        // Round-trip the record through a copy, as the store does, so nothing survives in memory by accident.
        Record = new ConversationRecord
        {
            Id = Record.Id,
            Flow = Record.Flow,
            State = Record.State,
            Draft = Record.Draft,
            Nonce = Record.Nonce,
            StartedUtc = Record.StartedUtc,
            UpdatedUtc = Record.UpdatedUtc,
        };
        LastTurn = new Turn(User, User.Id, isPrivate: true, Now, Record, Role) { PressedMessageId = input is ButtonInput ? 1 : null };
        Engine.Handle(LastTurn, input);
        return LastTurn.Replies;
    }

    public IReadOnlyList<Reply> Text(string text) => Send(new TextInput(text));

    public IReadOnlyList<Reply> Command(string name, string argument = "") => Send(new CommandInput(name, argument));

    public IReadOnlyList<Reply> Press(string data) => Send(new ButtonInput(data));

    /// <summary>Presses the button with <paramref name="label"/> (rendered in the user's language) among the last replies.</summary>
    public IReadOnlyList<Reply> PressLabel(string label)
    {
        var button = LastTurn.Replies.SelectMany(r => r.Buttons.SelectMany(row => row))
            .FirstOrDefault(b => Render(b.Label).Contains(label, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No button '{label}' in: {string.Join(" | ", LastTurn.Replies.SelectMany(r => r.Buttons.SelectMany(row => row)).Select(b => Render(b.Label)))}");
        return Press(button.Data);
    }

    public string Render(Text text) => TextCatalog.Default.RenderPlain(text, User.Language, Zone);

    /// <summary>The keys of the replies' pieces, in order: a heading sent with the menu gives both keys.</summary>
    public static IEnumerable<TextKey?> Keys(IEnumerable<Reply> replies) =>
        replies.SelectMany(r => r.Text is JoinedText joined ? joined.Parts.Select(p => p.Key) : [r.Text.Key]);
}
