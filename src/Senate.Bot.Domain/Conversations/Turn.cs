using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Conversations;

/// <summary>
/// Everything one input is handled with: who, where, when, the chat's conversation record, and the replies
/// collected so far. A turn lives for one update and is not shared between threads.
/// </summary>
public sealed class Turn
{
    private readonly List<Reply> _replies = [];

    /// <summary>Creates a turn.</summary>
    public Turn(BotUser user, long chatId, bool isPrivate, DateTimeOffset now, ConversationRecord conversation, StaffRole role)
    {
        User = user;
        ChatId = chatId;
        IsPrivate = isPrivate;
        Now = now;
        Conversation = conversation;
        Role = role;
    }

    /// <summary>The person who sent the input.</summary>
    public BotUser User { get; }

    /// <summary>The user's language.</summary>
    public Language Language => User.Language;

    /// <summary>The chat the input came from.</summary>
    public long ChatId { get; }

    /// <summary>True in the private chat with the user; false in a group (the staff chat).</summary>
    public bool IsPrivate { get; }

    /// <summary>The moment of handling, from the host's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The chat's conversation record.</summary>
    public ConversationRecord Conversation { get; }

    /// <summary>The sender's staff role, checked for every update.</summary>
    public StaffRole Role { get; }

    /// <summary>True if the sender has every right in <paramref name="role"/>.</summary>
    public bool Can(StaffRole role) => role != StaffRole.None && (Role & role) == role;

    /// <summary>The message the pressed button was on, for button inputs.</summary>
    public int? PressedMessageId { get; init; }

    /// <summary>A short notice shown on the pressed button (answerCallbackQuery text).</summary>
    public Text? Toast { get; set; }

    /// <summary>The flow active at the end of the turn, if any (the engine saves it).</summary>
    internal Conversation? ActiveFlow { get; set; }

    internal BotEngine? Engine { get; set; }

    /// <summary>The replies to send, in order.</summary>
    public IReadOnlyList<Reply> Replies => _replies;

    /// <summary>Adds a reply.</summary>
    public void Send(Reply reply) => _replies.Add(reply);

    /// <summary>Makes the replies from <paramref name="index"/> on that would edit the pressed message new messages.</summary>
    internal void SendEditsAsNew(int index)
    {
        for (var i = index; i < _replies.Count; i++)
        {
            if (_replies[i].EditPressedMessage)
            {
                _replies[i] = _replies[i] with { EditPressedMessage = false };
            }
        }
    }

    /// <summary>Puts a reply before those added since <paramref name="index"/> (a form shows the pressed answer first).</summary>
    internal void Insert(int index, Reply reply) => _replies.Insert(index, reply);

    /// <summary>Adds a text reply to the current chat.</summary>
    public void Say(Text text) => _replies.Add(Reply.Of(text));

    /// <summary>Adds a text reply with inline buttons.</summary>
    public void Say(Text text, IReadOnlyList<IReadOnlyList<Button>> buttons) => _replies.Add(new Reply { Text = text, Buttons = buttons });

    /// <summary>Starts a flow, discarding (and telling about) a different one in progress.</summary>
    public void Begin(Conversation flow) => BotEngine.Begin(this, flow);

    /// <summary>Ends the active flow (after it submits, or is abandoned).</summary>
    public void End()
    {
        Conversation.Clear();
        ActiveFlow = null;
    }

    /// <summary>Shows the main menu, with <paramref name="heading"/> above it in the same message.</summary>
    public void ShowMenu(Text? heading = null) => EngineOrThrow().ShowMenu(this, heading);

    /// <summary>Leaves the active flow as /cancel does: says so, removes a reply keyboard, shows the menu.</summary>
    public void CancelFlow() => BotEngine.Cancel(this);

    /// <summary>Answers a button whose data the bot cannot use (or no longer can) with a toast on the button only.</summary>
    public void UnknownButton() => Toast = CommonTexts.ButtonUnknown;

    private BotEngine EngineOrThrow() => Engine ?? throw new InvalidOperationException("The turn is not being handled by an engine.");
}
