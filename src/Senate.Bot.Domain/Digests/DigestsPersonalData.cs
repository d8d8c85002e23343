using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Privacy;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Digests;

/// <summary>
/// The digests' part of a person's data: their subscription (regions, how often, when it last changed). It holds no
/// names or phone numbers; <c>/forget</c> deletes it, so no digest or roll-up reaches the person again.
/// </summary>
internal sealed class DigestsPersonalData(DigestsContext context) : IPersonalData
{
    public string Section => "subscriptions";

    public object? Export(Turn turn) => context.Subscriptions.Get(turn.User.Id) is { IsActive: true } subscription
        ? new
        {
            Regions = subscription.RegionIds.Select(id => TextCatalog.Default.RenderPlain(context.RegionName(id), turn.Language, context.Settings.TimeZone)).ToList(),
            Frequency = subscription.Frequency.ToString(),
            Updated = subscription.UpdatedUtc,
        }
        : null;

    public int Erase(Turn turn, Redactor redactor)
    {
        if (context.Subscriptions.Get(turn.User.Id) is null)
        {
            return 0;
        }

        context.Subscriptions.Delete(turn.User.Id);
        return 1;
    }
}
