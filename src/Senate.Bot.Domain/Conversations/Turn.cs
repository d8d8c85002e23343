using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Privacy;
using Senate.Bot.Domain.Staff;
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
    private readonly List<AuditEntry> _audit = [];
    private readonly List<ConsentRecord> _consents = [];

    /// <summary>Creates a turn for a sender with a role in every region.</summary>
    public Turn(BotUser user, long chatId, bool isPrivate, DateTimeOffset now, ConversationRecord conversation, StaffRole role)
        : this(user, chatId, isPrivate, now, conversation, new StaffAccess(role))
    {
    }

    /// <summary>Creates a turn for a sender with the staff access the host looked up for this update.</summary>
    public Turn(BotUser user, long chatId, bool isPrivate, DateTimeOffset now, ConversationRecord conversation, StaffAccess access)
    {
        User = user;
        ChatId = chatId;
        IsPrivate = isPrivate;
        Now = now;
        Conversation = conversation;
        Access = access;
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

    /// <summary>The sender's staff access (role and regions), looked up for every update.</summary>
    public StaffAccess Access { get; }

    /// <summary>The sender's staff role, checked for every update.</summary>
    public StaffRole Role => Access.Role;

    /// <summary>True if the sender has every right in <paramref name="role"/>.</summary>
    public bool Can(StaffRole role) => Access.Can(role);

    /// <summary>True if the sender may see and act on concerns of the region.</summary>
    public bool CanModerate(string regionId) => Access.CanModerate(regionId);

    /// <summary>The audit entries of the staff actions done in this turn, written by the host with the turn's other changes.</summary>
    public IReadOnlyList<AuditEntry> AuditEntries => _audit;

    /// <summary>The consents given in this turn, recorded by the host with the turn's other changes.</summary>
    public IReadOnlyList<ConsentRecord> ConsentsGiven => _consents;

    /// <summary>True once the sender's data has been erased: the host deletes their user record instead of saving it.</summary>
    public bool UserErased { get; private set; }

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

    /// <summary>
    /// Records a staff action done in this turn. Call it only once the action has been done: a refused action leaves
    /// no entry. <paramref name="subject"/> names the object (a concern's number, <c>event 12</c>); details are neutral words.
    /// </summary>
    public void Audit(AuditAction action, string subject, string? details = null) => _audit.Add(new AuditEntry
    {
        AtUtc = Now.UtcDateTime,
        ActorId = User.Id,
        ActorName = User.FirstName,
        Action = action,
        Subject = subject,
        Details = details,
        ChatId = ChatId,
    });

    /// <summary>Records a consent the sender gave (its time and text version come from the consent step).</summary>
    public void RecordConsent(string scope, Consent consent, IReadOnlyList<string> covers, string subject, long subjectId) => _consents.Add(new ConsentRecord
    {
        UserId = User.Id,
        Scope = scope,
        Version = consent.Version,
        GivenUtc = consent.AtUtc,
        Covers = [.. covers],
        Subject = subject,
        SubjectId = subjectId,
    });

    /// <summary>Marks the sender's data as erased (<c>/forget</c>): their user record is deleted with this turn's changes.</summary>
    public void EraseUser() => UserErased = true;

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
