using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;

namespace Senate.Bot.Telegram;

/// <summary>
/// A Bot API call that returns a message, read for the message's id only. Telegram.Bot would map the whole message
/// Telegram echoes back (its chat, sender, text, entities and keyboard) for every reply and edit, and the sender
/// keeps nothing of it but the id. The request is Telegram.Bot's own, sent exactly as it sends it.
/// </summary>
internal sealed class MessageIdOf(IRequest<Message> request) : IRequest<SentMessage>
{
    /// <inheritdoc />
    public HttpMethod HttpMethod => request.HttpMethod;

    /// <inheritdoc />
    public string MethodName => request.MethodName;

    /// <inheritdoc />
    public bool IsWebhookResponse
    {
        get => request.IsWebhookResponse;
        set => request.IsWebhookResponse = value;
    }

    /// <inheritdoc />
    public HttpContent? ToHttpContent() => request.ToHttpContent();
}

/// <summary>The part of a sent or edited message the sender keeps.</summary>
internal sealed class SentMessage
{
    /// <summary>The message's id in its chat (<c>message_id</c>).</summary>
    public int MessageId { get; set; }
}
