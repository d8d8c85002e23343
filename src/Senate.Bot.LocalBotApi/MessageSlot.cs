namespace Senate.Bot.LocalBotApi;

/// <summary>The current snapshot of a message and the change sequence numbers of its creation and last change.</summary>
internal sealed class MessageSlot(BotMessage message, long created)
{
    public BotMessage Message { get; set; } = message;

    public long Created { get; } = created;

    public long Changed { get; set; } = created;
}
