using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Senate.Bot.Storage;
using Senate.Bot.Telemetry;

namespace Senate.Bot.Telegram;

/// <summary>
/// Takes a received update into the <see cref="ChatScheduler"/>, whichever way it came (getUpdates or the webhook):
/// a decoded update goes to its chat's queue, one without anything for the bot finishes at once, and one that cannot
/// be decoded or mapped is kept in <c>rejected_updates</c>, logged once and finished, so the offset never stops.
/// </summary>
public sealed partial class UpdateIntake(
    ChatScheduler scheduler,
    BotIdentity identity,
    Lazy<DatabaseWriter> writer,
    Lazy<RejectedUpdateStore> rejected,
    BotMetrics metrics,
    [FromKeyedServices(TransportClock.Key)] TimeProvider time,
    ILogger<UpdateIntake> logger)
{
    /// <summary>Takes an update the scheduler has accepted (<see cref="ChatScheduler.Accept"/>); getMe must be resolved.</summary>
    public void Take(UpdateSource.Received received)
    {
        if (received.Update is null)
        {
            _ = Reject(received);
            return;
        }

        IncomingUpdate? incoming;
        try
        {
            incoming = InputMapper.Map(received.Update, identity.Username, identity.Id);
        }
        catch (Exception e)
        {
            _ = Reject(received with { Json = System.Text.Json.JsonSerializer.Serialize(received.Update, global::Telegram.Bot.JsonBotAPI.Options), Error = e.Message });
            return;
        }

        if (incoming is null)
        {
            scheduler.Finish(received.Id);
            return;
        }

        scheduler.Schedule(incoming);
    }

    /// <summary>Keeps an update that cannot be used, then lets the offset pass it whatever happens.</summary>
    private async Task Reject(UpdateSource.Received received)
    {
        metrics.Undecodable();
        LogRejected(received.Id, received.Kind, received.Error ?? string.Empty);
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            await writer.Value.Run(() => rejected.Value.Add(new RejectedUpdate
            {
                UpdateId = received.Id,
                Kind = received.Kind,
                Json = received.Json ?? string.Empty,
                Error = received.Error ?? string.Empty,
                ReceivedUtc = now,
            })).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            LogRejectNotKept(e, received.Id);
        }
        finally
        {
            scheduler.Finish(received.Id);
        }
    }

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Update {UpdateId} ({Kind}) cannot be decoded ({Reason}); it is kept in rejected_updates and confirmed.")]
    private partial void LogRejected(int updateId, string kind, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Update {UpdateId} could not be kept in rejected_updates; it is confirmed all the same.")]
    private partial void LogRejectNotKept(Exception exception, int updateId);
}
