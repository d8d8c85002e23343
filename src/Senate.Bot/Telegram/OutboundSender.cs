using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Senate.Bot.Staff;
using Senate.Bot.Storage;
using Senate.Bot.Telemetry;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Senate.Bot.Telegram;

/// <summary>
/// The one path every outgoing Telegram call takes. It keeps Telegram's limits (<see cref="SendLimits"/>: per chat
/// for both lanes, the overall budget for the bulk lane only), waits out a 429's <c>retry_after</c> for that chat
/// (and, for a bulk message, the bulk lane), retries transient failures (5xx, network) with doubling delays on
/// <see cref="TimeProvider"/>, and reports a 403 so the user is marked as having blocked the bot.
/// Thread-safe; callers send one message of a chat at a time so the chat's order is kept.
/// </summary>
public sealed partial class OutboundSender(
    ITelegramBotClient bot,
    SendLimits limits,
    OutboxStore outbox,
    IOptions<BotOptions> options,
    [FromKeyedServices(TransportClock.Key)] TimeProvider time,
    ILogger<OutboundSender> logger,
    ForumTopics topics,
    BotMetrics metrics)
{
    private readonly SendingOptions _options = options.Value.Sending;

    /// <summary>Makes the calls of one outbox entry; returns how it ended and the id of the message sent or edited.</summary>
    public async Task<(SendOutcome Outcome, int? MessageId)> Send(OutboxMessage message, Func<string, int?> resolveTag, CancellationToken cancellationToken)
    {
        var result = await Attempt(message, resolveTag, cancellationToken).ConfigureAwait(false);
        metrics.Sent(message.Lane, result.Outcome);
        return result;
    }

    private async Task<(SendOutcome Outcome, int? MessageId)> Attempt(OutboxMessage message, Func<string, int?> resolveTag, CancellationToken cancellationToken)
    {
        var step = 0;
        int? messageId = null;
        var failures = 0;
        while (true)
        {
            try
            {
                message.ThreadId = await topics.ThreadFor(message, cancellationToken).ConfigureAwait(false);
                while (step < Steps)
                {
                    var id = await SendStep(message, step, messageId, resolveTag, cancellationToken).ConfigureAwait(false);
                    messageId ??= id;
                    step++;
                }

                return (SendOutcome.Sent, messageId);
            }
            catch (ApiRequestException e) when (e.ErrorCode == (int)HttpStatusCode.TooManyRequests)
            {
                var wait = TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1));
                metrics.SendFailed(message.Lane, e.ErrorCode, wait);
                limits.Pause(message.ChatId, message.Lane, wait, message.PaidBroadcast);
                LogRetryAfter(message.ChatId, wait.TotalSeconds);
            }
            catch (ApiRequestException e) when (e.ErrorCode == (int)HttpStatusCode.Forbidden)
            {
                metrics.SendFailed(message.Lane, e.ErrorCode);
                LogBlocked(message.ChatId);
                return (SendOutcome.Blocked, messageId);
            }
            catch (ApiRequestException e) when (e.ErrorCode == (int)HttpStatusCode.BadRequest && e.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase))
            {
                step++;
            }
            catch (ApiRequestException e) when (e.ErrorCode == (int)HttpStatusCode.BadRequest && message.Topic is not null && ForumTopics.IsGone(e))
            {
                // The region's topic was deleted in the chat: it is created again for this message.
                await topics.Forget(message).ConfigureAwait(false);
            }
            catch (ApiRequestException e) when (e.ErrorCode == (int)HttpStatusCode.BadRequest && step == 1 && IsEdit(message))
            {
                // The message cannot be edited (deleted, too old, a photo without text): send the text as a new one.
                LogEditFellBack(message.ChatId, e.Message);
                message.EditMessageId = null;
                message.EditTag = null;
            }
            catch (ApiRequestException e) when (e.ErrorCode is >= 400 and < 500)
            {
                metrics.SendFailed(message.Lane, e.ErrorCode);
                LogRefused(e, message.ChatId, e.ErrorCode);
                message.Failure = e.Message;
                return (SendOutcome.Dropped, messageId);
            }
            catch (Exception e) when (e is RequestException or HttpRequestException or ApiRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                metrics.SendFailed(message.Lane, (e as ApiRequestException)?.ErrorCode);
                if (++failures >= _options.MaxAttempts)
                {
                    LogGaveUp(e, message.ChatId, failures);
                    message.Failure = e.Message;
                    return (SendOutcome.Dropped, messageId);
                }

                var delay = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, _options.RetryDelay.Ticks << Math.Min(failures - 1, 20)));
                LogTransient(message.ChatId, failures, delay.TotalSeconds);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsEdit(OutboxMessage message) => message.EditMessageId is not null || message.EditTag is not null;

    /// <summary>Album, main message, markup fix-up, location, pin: the calls one entry may make.</summary>
    private const int Steps = 5;

    private async Task<int?> SendStep(OutboxMessage message, int step, int? mainId, Func<string, int?> resolveTag, CancellationToken ct)
    {
        switch (step)
        {
            case 0 when message.Kind == OutboxKind.AnswerCallback:
                // Not a message: no limit applies to it.
                await bot.AnswerCallbackQuery(message.CallbackQueryId!, message.Text.Length == 0 ? null : message.Text, cancellationToken: ct).ConfigureAwait(false);
                return null;
            case 0 when message.Album is { Count: 1 } single:
                // Telegram's albums take 2 to 10 items: one photo goes on its own.
                await Limited(message, () => bot.SendPhoto(message.ChatId, InputFile.FromFileId(single[0]), messageThreadId: message.ThreadId, cancellationToken: ct), ct).ConfigureAwait(false);
                return null;
            case 0 when message.Album is { Count: > 1 } album:
                await Limited(message, () => bot.SendMediaGroup(message.ChatId, album.Take(10).Select(id => new InputMediaPhoto(InputFile.FromFileId(id))), messageThreadId: message.ThreadId, cancellationToken: ct), ct).ConfigureAwait(false);
                return null;
            case 1 when message.Kind == OutboxKind.Message:
                return await SendMain(message, resolveTag, ct).ConfigureAwait(false);
            case 1 when message is { Kind: OutboxKind.Delete, DeleteMessageIds: { Count: > 0 } deleted }:
                await Limited(message, () => bot.DeleteMessages(message.ChatId, deleted, ct), ct).ConfigureAwait(false);
                return null;
            case 2 when NeedsInlineByEdit(message) && mainId is { } sentId:
                // One message cannot carry both a reply keyboard (or its removal) and inline buttons: the main
                // message takes the reply keyboard, and the inline buttons are added to it by an edit.
                await Limited(message, () => bot.EditMessageReplyMarkup(message.ChatId, sentId, Inline(message), cancellationToken: ct), ct).ConfigureAwait(false);
                return null;
            case 3 when message is { Kind: OutboxKind.Message, Latitude: { } latitude, Longitude: { } longitude }:
                await Limited(message, () => bot.SendLocation(message.ChatId, latitude, longitude, messageThreadId: message.ThreadId, cancellationToken: ct), ct).ConfigureAwait(false);
                return null;
            case 4 when message is { Kind: OutboxKind.Message, Pin: true } && mainId is { } pinned:
                await Limited(message, () => bot.PinChatMessage(message.ChatId, pinned, disableNotification: true, cancellationToken: ct), ct).ConfigureAwait(false);
                return null;
            default:
                return null;
        }
    }

    /// <summary>One call of the entry under the limits, its permit released once the call is answered or fails.</summary>
    private async Task Limited(OutboxMessage message, Func<Task> call, CancellationToken ct)
    {
        using var permit = await limits.Wait(message.ChatId, message.Lane, ct, message.PaidBroadcast).ConfigureAwait(false);
        await call().ConfigureAwait(false);
    }

    private async Task<int?> SendMain(OutboxMessage message, Func<string, int?> resolveTag, CancellationToken ct)
    {
        using var permit = await limits.Wait(message.ChatId, message.Lane, ct, message.PaidBroadcast).ConfigureAwait(false);
        var editId = message.EditMessageId ?? (message.EditTag is { } tag ? resolveTag(tag) : null);
        var replyTo = message.ReplyToTag is { } replyTag && resolveTag(replyTag) is { } repliedId
            ? new ReplyParameters { MessageId = repliedId, AllowSendingWithoutReply = true }
            : null;
        if (editId is { } buttonsOf && message.ButtonsOnly)
        {
            return await SendForId(new EditMessageReplyMarkupRequest { ChatId = message.ChatId, MessageId = buttonsOf, ReplyMarkup = Inline(message) }, ct).ConfigureAwait(false);
        }

        if (editId is { } id && message.Attachment is null)
        {
            return await SendForId(
                new EditMessageTextRequest { ChatId = message.ChatId, MessageId = id, Text = message.Text, ParseMode = ParseMode.Html, ReplyMarkup = Inline(message) },
                ct).ConfigureAwait(false);
        }

        if (message.Media is { Count: > 0 } media)
        {
            return await SendAlbum(message, media, ct).ConfigureAwait(false);
        }

        if (message.Attachment is { } attachment)
        {
            InputFile file = attachment.FileId is { } fileId
                ? InputFile.FromFileId(fileId)
                : InputFile.FromStream(new MemoryStream(attachment.StoredId is { } stored ? outbox.Content(stored) : attachment.Content ?? []), attachment.FileName);
            var paid = message.PaidBroadcast;
            var sent = attachment.IsPhoto
                ? await bot.SendPhoto(message.ChatId, file, Caption(message), ParseMode.Html, replyTo, Markup(message), messageThreadId: message.ThreadId, allowPaidBroadcast: paid, cancellationToken: ct).ConfigureAwait(false)
                : attachment.IsVideo
                    ? await bot.SendVideo(message.ChatId, file, Caption(message), ParseMode.Html, replyTo, Markup(message), messageThreadId: message.ThreadId, allowPaidBroadcast: paid, cancellationToken: ct).ConfigureAwait(false)
                    : await bot.SendDocument(message.ChatId, file, Caption(message), ParseMode.Html, replyTo, Markup(message), messageThreadId: message.ThreadId, allowPaidBroadcast: paid, cancellationToken: ct).ConfigureAwait(false);
            return sent.MessageId;
        }

        return await SendForId(
            new SendMessageRequest
            {
                ChatId = message.ChatId,
                Text = message.Text,
                ParseMode = ParseMode.Html,
                ReplyParameters = replyTo,
                ReplyMarkup = Markup(message),
                LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
                MessageThreadId = message.ThreadId,
                AllowPaidBroadcast = message.PaidBroadcast,
            },
            ct).ConfigureAwait(false);
    }

    /// <summary>Sends or edits a text message and reads back only its id (<see cref="MessageIdOf"/>).</summary>
    private async Task<int?> SendForId(IRequest<Message> request, CancellationToken ct) =>
        (await bot.SendRequest(new MessageIdOf(request), ct).ConfigureAwait(false)).MessageId;

    /// <summary>An album of photos, videos and documents with the text as the first one's caption; every message id is kept.</summary>
    private async Task<int?> SendAlbum(OutboxMessage message, List<OutboxAttachment> media, CancellationToken ct)
    {
        var items = media.Take(10).Select((item, i) =>
        {
            var file = InputFile.FromFileId(item.FileId!);
            var caption = i == 0 ? Caption(message) : null;
            return item.IsPhoto ? new InputMediaPhoto(file) { Caption = caption, ParseMode = ParseMode.Html }
                : item.IsVideo ? new InputMediaVideo(file) { Caption = caption, ParseMode = ParseMode.Html }
                : (IAlbumInputMedia)new InputMediaDocument(file) { Caption = caption, ParseMode = ParseMode.Html };
        });
        var sent = await bot.SendMediaGroup(message.ChatId, items, messageThreadId: message.ThreadId, allowPaidBroadcast: message.PaidBroadcast, cancellationToken: ct).ConfigureAwait(false);
        message.SentMessageIds = [.. sent.Select(m => m.MessageId)];
        return sent.Length > 0 ? sent[0].MessageId : null;
    }

    private static bool NeedsInlineByEdit(OutboxMessage message) =>
        message is { Kind: OutboxKind.Message, Buttons.Count: > 0, EditMessageId: null, EditTag: null }
        && (message.RemoveKeyboard || message.Keyboard is { Count: > 0 });

    private static string? Caption(OutboxMessage message) => message.Text.Length == 0 ? null : message.Text;

    private static ReplyMarkup? Markup(OutboxMessage message)
    {
        if (message.RemoveKeyboard)
        {
            return new ReplyKeyboardRemove();
        }

        if (message.Keyboard is { Count: > 0 } rows)
        {
            return new ReplyKeyboardMarkup(rows.Select(row => row.Select(k => new KeyboardButton(k.Label)
            {
                RequestContact = k.RequestContact,
                RequestLocation = k.RequestLocation,
            })))
            {
                ResizeKeyboard = true,
                OneTimeKeyboard = true,
            };
        }

        return Inline(message);
    }

    private static InlineKeyboardMarkup? Inline(OutboxMessage message) =>
        message.Buttons is { Count: > 0 } rows
            ? new InlineKeyboardMarkup(rows.Select(row => row.Select(b => b.Url is { } url
                ? InlineKeyboardButton.WithUrl(b.Label, url)
                : InlineKeyboardButton.WithCallbackData(b.Label, b.Data ?? string.Empty))))
            : null;

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Telegram asked to wait {Seconds} s before sending to chat {ChatId} again.")]
    private partial void LogRetryAfter(long chatId, double seconds);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Chat {ChatId} has blocked the bot; its messages are dropped.")]
    private partial void LogBlocked(long chatId);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Telegram refused a message to chat {ChatId} with {ErrorCode}; it is dropped.")]
    private partial void LogRefused(Exception exception, long chatId, int errorCode);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Sending to chat {ChatId} failed ({Failures} so far); retrying in {Seconds} s.")]
    private partial void LogTransient(long chatId, int failures, double seconds);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Editing a message in chat {ChatId} was refused ({Reason}); it is sent as a new message.")]
    private partial void LogEditFellBack(long chatId, string reason);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Error, Message = "Sending to chat {ChatId} failed {Failures} times; the message is dropped.")]
    private partial void LogGaveUp(Exception exception, long chatId, int failures);
}
