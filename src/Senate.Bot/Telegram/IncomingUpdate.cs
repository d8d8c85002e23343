using Senate.Bot.Domain.Conversations;
using Telegram.Bot.Types;

namespace Senate.Bot.Telegram;

/// <summary>An update reduced to what the engine needs: who, where, and the input.</summary>
/// <param name="UpdateId">Telegram's update id.</param>
/// <param name="ChatId">The chat.</param>
/// <param name="IsPrivate">True for the private chat with the user.</param>
/// <param name="From">The sender.</param>
/// <param name="Input">The input.</param>
/// <param name="CallbackQueryId">For a button press, the query to answer.</param>
/// <param name="PressedMessageId">For a button press, the message the button was on.</param>
/// <param name="MessageThreadId">The forum topic the message (or the pressed message) is in; replies go there too.</param>
public sealed record IncomingUpdate(
    int UpdateId,
    long ChatId,
    bool IsPrivate,
    User From,
    Input Input,
    string? CallbackQueryId,
    int? PressedMessageId,
    int? MessageThreadId = null);
