using Telegram.Bot.Types;

namespace Senate.Bot.LocalBotApi;

/// <summary>Forum topics.</summary>
internal sealed partial class BotApiEndpoint
{
    private ValueTask<string> CreateForumTopic(ApiArgs args, CancellationToken ct)
    {
        var chatId = KnownChat(args);
        var name = args.String("name");
        if (string.IsNullOrWhiteSpace(name) || name.Length > 128)
        {
            throw BotApiException.BadRequest("TOPIC_TITLE_EMPTY");
        }

        var id = _world.CreateTopic(chatId, name);
        return new(LocalWorld.Serialize(new ForumTopic { MessageThreadId = id, Name = name, IconColor = 0x6FB9F0 }));
    }
}
