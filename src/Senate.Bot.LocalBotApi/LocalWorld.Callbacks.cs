using System.Globalization;
using Telegram.Bot.Types;

namespace Senate.Bot.LocalBotApi;

/// <summary>Pressed inline buttons (callback queries) and the bot's answers to them.</summary>
internal sealed partial class LocalWorld
{
    private readonly Dictionary<string, PressedButton> _callbacks = new(StringComparer.Ordinal);
    private long _callbackCounter = 4_611_686_018_427_387_000;
    private int _repeatedAnswers;

    /// <summary>A user presses a button of a message with this data; queues the callback_query update.</summary>
    public (string QueryId, int UpdateId) Press(long fromId, long chatId, int messageId, string data)
    {
        lock (_gate)
        {
            var chat = UserChat(chatId, fromId);
            var message = Slot(chat, messageId)?.Message;
            if (message is null || message.Deleted)
            {
                throw new ArgumentException($"Message {messageId} of chat {chatId} does not exist (or was deleted).", nameof(messageId));
            }

            var queryId = (++_callbackCounter).ToString(CultureInfo.InvariantCulture);
            _callbacks[queryId] = new PressedButton(chat);
            var query = new CallbackQuery
            {
                Id = queryId,
                From = ToTelegramUser(_users[fromId]),
                Message = ToTelegram(message, withReply: true),
                ChatInstance = "-" + Math.Abs(chatId * 7919 % 1_000_000_007).ToString(CultureInfo.InvariantCulture),
                Data = data,
            };
            var updateId = updates.Enqueue(id => ("callback_query", Serialize(new Update { Id = id, CallbackQuery = query })));
            return (queryId, updateId);
        }
    }

    /// <summary>answerCallbackQuery: records the answer, once; an unknown or answered query is a 400 as in Telegram.</summary>
    public CallbackAnswer Answer(string queryId, string? text, bool showAlert, string? url)
    {
        lock (_gate)
        {
            if (!_callbacks.TryGetValue(queryId, out var pressed) || pressed.Answer is not null)
            {
                if (pressed is not null)
                {
                    _repeatedAnswers++;
                }

                throw BotApiException.BadRequest("query is too old and response timeout expired or query ID is invalid");
            }

            pressed.Answer = new CallbackAnswer(queryId, text, showAlert, url, _time.GetUtcNow());
            _sequence++;
            Pulse(pressed.Chat);
            return pressed.Answer;
        }
    }

    public CallbackAnswer? AnswerOf(string queryId)
    {
        lock (_gate)
        {
            return _callbacks.TryGetValue(queryId, out var pressed)
                ? pressed.Answer
                : throw new ArgumentException($"No button press with id {queryId}.", nameof(queryId));
        }
    }

    /// <summary>How many presses the bot has not answered yet (every press must get answerCallbackQuery).</summary>
    public int UnansweredCallbacks
    {
        get
        {
            lock (_gate)
            {
                return _callbacks.Values.Count(c => c.Answer is null);
            }
        }
    }

    /// <summary>answerCallbackQuery calls for a press the bot had answered already (a callback answer sent twice).</summary>
    public int RepeatedCallbackAnswers
    {
        get
        {
            lock (_gate)
            {
                return _repeatedAnswers;
            }
        }
    }

    /// <summary>The chat a press was made in (its changes wake that chat's waiters).</summary>
    public long? ChatOfPress(string queryId)
    {
        lock (_gate)
        {
            return _callbacks.TryGetValue(queryId, out var pressed) ? pressed.Chat.Id : null;
        }
    }

    /// <summary>A press and, once it came, the bot's answer.</summary>
    private sealed class PressedButton(LocalChat chat)
    {
        public LocalChat Chat { get; } = chat;

        public CallbackAnswer? Answer { get; set; }
    }
}
